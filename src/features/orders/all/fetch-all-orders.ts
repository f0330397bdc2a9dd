/**
 * Each vendor's orders of a window, read into worklist rows. Loaded on its own (a dynamic import from
 * ./use-all-orders.ts): the vendors' service modules stay out of the first route's JavaScript.
 */
import { listEdenOrders } from '@/api/eden/orders';
import type { CallOptions } from '@/api/http';
import { listImpiloItems, listImpiloKits } from '@/api/impilo/catalogue';
import { IMPILO_MAX_PAGE_SIZE } from '@/api/impilo/common';
import { listImpiloOrders } from '@/api/impilo/orders';
import { listImpiloPatients } from '@/api/impilo/patients';
import { listImpiloSites } from '@/api/impilo/sites';
import { initializePostDicom } from '@/api/postdicom/account';
import { getPostDicomPatientOrderListWithDateRange } from '@/api/postdicom/orders';
import {
  edenRow,
  type ImpiloNames,
  impiloRow,
  inWindow,
  postDicomRow,
  type WorklistRow,
  type WorklistVendor,
} from './all-orders-model';

/** At most this many pages of one vendor (Eden 100 a page, Impilo 250): a bound, not a target. */
const MAX_PAGES = 20;

async function edenRows(from: string, to: string, options: CallOptions): Promise<WorklistRow[]> {
  const rows: WorklistRow[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await listEdenOrders(
      { start_date: from, end_date: to, limit: 100, offset: page * 100 },
      options,
    );
    rows.push(...result.results.map(edenRow));
    if (result.results.length < 100 || rows.length >= result.count) break;
  }
  return rows;
}

async function postDicomRows(from: string, to: string, options: CallOptions): Promise<WorklistRow[]> {
  const account = await initializePostDicom(options);
  const user = account.UserList[0];
  if (!user) return [];
  const orders = await getPostDicomPatientOrderListWithDateRange(
    { userUuid: user.UserUuid, startDate: from, endDate: to },
    options,
  );
  return orders.map(postDicomRow);
}

async function allPages<T>(list: (page: number) => Promise<{ content: T[]; last: boolean }>): Promise<T[]> {
  const out: T[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await list(page);
    out.push(...result.content);
    if (result.last || result.content.length === 0) break;
  }
  return out;
}

async function impiloRows(from: string, to: string, options: CallOptions): Promise<WorklistRow[]> {
  const size = IMPILO_MAX_PAGE_SIZE;
  const [orders, patients, sites, items, kits] = await Promise.all([
    allPages((page) => listImpiloOrders({ page, size }, options)),
    allPages((page) => listImpiloPatients({ page, size }, options)),
    allPages((page) => listImpiloSites({ page, size }, options)),
    allPages((page) => listImpiloItems({ page, size }, options)),
    allPages((page) => listImpiloKits({ page, size }, options)),
  ]);
  const names: ImpiloNames = {
    patients: new Map(
      patients.map((p) => [p.id, { name: `${p.firstName} ${p.lastName}`, mrn: p.externalIdentifier ?? '' }]),
    ),
    sites: new Map(sites.map((s) => [s.id, s.name])),
    catalogue: new Map([...items, ...kits].map((x) => [x.id, x.name])),
  };
  return orders.map((order) => impiloRow(order, names)).filter((row) => inWindow(row, from, to));
}

/** One vendor's orders in the window, as worklist rows. */
export const allOrdersFetchers: Record<
  WorklistVendor,
  (from: string, to: string, options: CallOptions) => Promise<WorklistRow[]>
> = {
  eden: edenRows,
  postdicom: postDicomRows,
  impilo: impiloRows,
};
