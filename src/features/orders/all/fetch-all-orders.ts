/**
 * Each vendor's orders of a window, read into worklist rows. Loaded on its own (a dynamic import from
 * ./use-all-orders.ts): the vendors' service modules stay out of the first route's JavaScript.
 */
import { listEdenOrders } from '@/api/eden/orders';
import { VendorError } from '@/api/errors';
import type { CallOptions } from '@/api/http';
import { listImpiloItems, listImpiloKits } from '@/api/impilo/catalogue';
import { IMPILO_MAX_PAGE_SIZE } from '@/api/impilo/common';
import { listImpiloOrders } from '@/api/impilo/orders';
import { getImpiloPatient } from '@/api/impilo/patients';
import { listImpiloSites } from '@/api/impilo/sites';
import { initializePostDicom } from '@/api/postdicom/account';
import { getPostDicomPatientOrderListWithDateRange } from '@/api/postdicom/orders';
import { listScanReferrals } from '@/api/scan/referrals';
import {
  edenRow,
  type ImpiloNames,
  impiloRow,
  inWindow,
  postDicomRow,
  scanRow,
  uniqueRows,
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

/** Patient lookups in flight at once (the browser allows six connections per origin over HTTP/1.1). */
const PATIENT_LOOKUPS = 4;

/**
 * The names of the patients the window's orders are for, one lookup per patient, a few at a time: the
 * window names dozens of patients while Impilo holds thousands (reading every page of the patient list was
 * about 2 MB for a two-week view). A patient Impilo no longer has (404) keeps its id in the row.
 */
async function impiloPatientNames(ids: string[], options: CallOptions): Promise<ImpiloNames['patients']> {
  const names: ImpiloNames['patients'] = new Map();
  const queue = [...new Set(ids)];
  const lookUp = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      try {
        const p = await getImpiloPatient(id, options);
        names.set(id, { name: `${p.firstName} ${p.lastName}`, mrn: p.externalIdentifier ?? '' });
      } catch (error) {
        if (!(error instanceof VendorError && error.status === 404)) throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PATIENT_LOOKUPS, queue.length) }, lookUp));
  return names;
}

async function impiloRows(from: string, to: string, options: CallOptions): Promise<WorklistRow[]> {
  const size = IMPILO_MAX_PAGE_SIZE;
  const [orders, sites, items, kits] = await Promise.all([
    allPages((page) => listImpiloOrders({ page, size }, options)),
    allPages((page) => listImpiloSites({ page, size }, options)),
    allPages((page) => listImpiloItems({ page, size }, options)),
    allPages((page) => listImpiloKits({ page, size }, options)),
  ]);
  const unnamed: ImpiloNames = { patients: new Map(), sites: new Map(), catalogue: new Map() };
  const inView = orders.filter((order) => inWindow(impiloRow(order, unnamed), from, to));
  const names: ImpiloNames = {
    patients: await impiloPatientNames(
      inView.flatMap((order) => (order.patient ? [order.patient.id] : [])),
      options,
    ),
    sites: new Map(sites.map((s) => [s.id, s.name])),
    catalogue: new Map([...items, ...kits].map((x) => [x.id, x.name])),
  };
  return inView.map((order) => impiloRow(order, names));
}

/**
 * The current Scan.com user's referrals in the window (Scan.com lists only the session's own referrals, all
 * at once). The caller asks only while the tab has a session (./use-all-orders.ts).
 */
async function scanRows(from: string, to: string, options: CallOptions): Promise<WorklistRow[]> {
  const referrals = await listScanReferrals(options);
  return referrals.map(scanRow).filter((row) => inWindow(row, from, to));
}

type Fetcher = (from: string, to: string, options: CallOptions) => Promise<WorklistRow[]>;
const once =
  (fetch: Fetcher): Fetcher =>
  async (from, to, options) =>
    uniqueRows(await fetch(from, to, options));

/** One vendor's orders in the window, as worklist rows, one per order. */
export const allOrdersFetchers: Record<WorklistVendor, Fetcher> = {
  eden: once(edenRows),
  postdicom: once(postDicomRows),
  impilo: once(impiloRows),
  scan: once(scanRows),
};
