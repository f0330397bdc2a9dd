import type { EdenOrder } from '@/api/eden/orders';
import type { ImpiloOrder } from '@/api/impilo/orders';
import type { PostDicomOrderSummary } from '@/api/postdicom/common';
import type { ScanReferral } from '@/api/scan/referrals';
import {
  type ConsoleStatus,
  consoleStatuses,
  edenConsoleStatus,
  impiloConsoleStatus,
  postDicomConsoleStatus,
  scanConsoleStatus,
} from '@/lib/orders/console-status';

/**
 * The cross-vendor worklist: every vendor's orders read into one row shape, filtered and sorted by a view
 * that lives in the URL (`?vendor=eden&status=requested&q=garcía&from=…&to=…&sort=date&dir=desc`), and
 * exported as the rows on screen. Pure functions; the page fetches and renders.
 */
/**
 * The longest window the worklist asks for: Eden's (EDEN_MAX_WINDOW_DAYS, one month), written here so that
 * the first route does not load Eden's schemas for one number (a unit test keeps the two equal).
 */
export const ALL_ORDERS_MAX_WINDOW_DAYS = 31;

export const worklistVendors = ['eden', 'postdicom', 'impilo', 'scan'] as const;
export type WorklistVendor = (typeof worklistVendors)[number];

export interface WorklistRow {
  vendor: WorklistVendor;
  /** Unique over all rows: `<vendor>:<id>`. */
  key: string;
  /** The order's page. */
  href: string;
  /** The order's own reference as its vendor shows it (folio, accession number, external id, referral id). */
  reference: string;
  patient: string;
  patientId: string;
  /** Modality (imaging) or the kit and item names (Impilo). */
  what: string;
  status: ConsoleStatus;
  /** The vendor's own status, as it sent it. */
  vendorStatus: string;
  /** PostDICOM only (it has no status): the order's image count, which the console status is read from. */
  images?: number;
  /** ISO day or instant: the appointment, the order date, the creation. */
  date: string;
  priority: string;
}

export const sortKeys = ['date', 'vendor', 'patient', 'what', 'status', 'priority'] as const;
export type SortKey = (typeof sortKeys)[number];

export interface AllOrdersView {
  vendors: WorklistVendor[];
  statuses: ConsoleStatus[];
  /** Free text over patient, patient id and reference. */
  q: string;
  from: string;
  to: string;
  sort: SortKey;
  dir: 'asc' | 'desc';
}

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A week back and a week ahead of today, on the user's wall clock. */
export function defaultAllOrdersWindow(today = new Date()): { from: string; to: string } {
  const at = (days: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() + days, 12);
  return { from: isoDay(at(-7)), to: isoDay(at(7)) };
}

const isDay = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

export function readAllOrdersView(params: URLSearchParams, today = new Date()): AllOrdersView {
  const window = defaultAllOrdersWindow(today);
  const sort = params.get('sort');
  return {
    vendors: params
      .getAll('vendor')
      .filter((v): v is WorklistVendor => (worklistVendors as readonly string[]).includes(v)),
    statuses: params
      .getAll('status')
      .filter((s): s is ConsoleStatus => (consoleStatuses as readonly string[]).includes(s)),
    q: params.get('q') ?? '',
    from: isDay(params.get('from')) ? (params.get('from') as string) : window.from,
    to: isDay(params.get('to')) ? (params.get('to') as string) : window.to,
    sort: (sortKeys as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : 'date',
    dir: params.get('dir') === 'asc' ? 'asc' : 'desc',
  };
}

export function writeAllOrdersView(view: AllOrdersView): URLSearchParams {
  const params = new URLSearchParams();
  for (const v of view.vendors) params.append('vendor', v);
  for (const s of view.statuses) params.append('status', s);
  if (view.q.trim()) params.set('q', view.q.trim());
  params.set('from', view.from);
  params.set('to', view.to);
  if (view.sort !== 'date') params.set('sort', view.sort);
  if (view.dir !== 'desc') params.set('dir', view.dir);
  return params;
}

const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' ');

export function edenRow(order: EdenOrder): WorklistRow {
  return {
    vendor: 'eden',
    key: `eden:${order.id}`,
    href: `/orders/${encodeURIComponent(order.id)}`,
    reference: order.folio,
    patient: join(order.patient_name, order.patient_first_surname, order.patient_last_surname),
    patientId: order.patient_identifier ?? '',
    what: order.modality,
    status: edenConsoleStatus(order.status),
    vendorStatus: order.status,
    date: order.appointment_date
      ? `${order.appointment_date}${order.appointment_time ? `T${order.appointment_time.slice(0, 5)}` : ''}`
      : order.created_at,
    priority: order.priority ?? 'NORMAL',
  };
}

/** A DICOM name `SURNAMES^GIVEN^MIDDLE` as people read it: "GIVEN MIDDLE SURNAMES". */
function readableDicomName(pn: string): string {
  const [family = '', given = '', middle = ''] = pn.split('=')[0]?.split('^') ?? [];
  return join(given, middle, family) || pn;
}

export function postDicomRow(order: PostDicomOrderSummary): WorklistRow {
  const images = order.ImageCount;
  return {
    vendor: 'postdicom',
    key: `postdicom:${order.PatientOrderUuid}`,
    href: `/orders/postdicom/${encodeURIComponent(order.PatientOrderUuid)}?institution=${encodeURIComponent(order.PatientOrderInstitutionUuid)}`,
    reference: order.AccessionNumber || order.PatientOrderUuid.slice(0, 8),
    patient: readableDicomName(order.PatientName),
    patientId: order.PatientId,
    what: order.OrderModality,
    status: postDicomConsoleStatus(images),
    vendorStatus: images === undefined ? '' : `images: ${images}`,
    ...(images === undefined ? {} : { images }),
    date: order.OrderTime ? `${order.OrderDate}T${order.OrderTime.slice(0, 5)}` : order.OrderDate,
    priority: '',
  };
}

export interface ImpiloNames {
  patients: Map<string, { name: string; mrn: string }>;
  sites: Map<string, string>;
  catalogue: Map<string, string>;
}

export function impiloRow(order: ImpiloOrder, names: ImpiloNames): WorklistRow {
  const patient = order.patient ? names.patients.get(order.patient.id) : undefined;
  const site = order.site ? names.sites.get(order.site.id) : undefined;
  const lines = [...order.orderKits, ...order.orderItems].map(
    (line) =>
      `${names.catalogue.get(line.id) ?? line.id}${line.quantity && line.quantity > 1 ? ` × ${line.quantity}` : ''}`,
  );
  return {
    vendor: 'impilo',
    key: `impilo:${order.id}`,
    href: `/orders/impilo/${encodeURIComponent(order.id)}`,
    reference: order.externalOrderIds[0] ?? order.id.slice(0, 8),
    patient: patient?.name ?? site ?? order.patient?.id ?? order.site?.id ?? '',
    patientId: patient?.mrn ?? '',
    what: lines.join(', '),
    status: impiloConsoleStatus(order.currentStatus),
    vendorStatus: order.currentStatus,
    date: order.createdAt ?? '',
    priority: '',
  };
}

/**
 * A Scan.com referral of the current user: its id is the reference, the modality in Scan.com's spelling
 * (`MRI`, `X-Ray`), dated by its creation (Scan.com has no order date; the booked blocks are time-slot ids).
 * Scan.com has no patient id and no priority.
 */
export function scanRow(referral: ScanReferral): WorklistRow {
  const patient = referral.patient_information;
  return {
    vendor: 'scan',
    key: `scan:${referral.id}`,
    href: `/orders/scan/${referral.id}`,
    reference: String(referral.id),
    patient: join(patient.first_name, patient.last_name),
    patientId: '',
    what: referral.modality ?? '',
    status: scanConsoleStatus(referral.status),
    vendorStatus: referral.status,
    date: referral.created_at,
    priority: '',
  };
}

/**
 * One row per order: a vendor read page by page while its list changes (an order created, or one whose
 * status the platform moves, between two page reads) can answer one order on two pages. The later read
 * wins, in the place of the first. Two rows with one key would also leave React unable to tell them apart
 * (rows of a filtered-out vendor stayed in the table).
 */
export function uniqueRows(rows: readonly WorklistRow[]): WorklistRow[] {
  const byKey = new Map<string, WorklistRow>();
  for (const row of rows) byKey.set(row.key, row);
  return [...byKey.values()];
}

/** Whether a row's day (its ISO date's first 10 characters, or the instant's local day) is in the window. */
export function inWindow(row: WorklistRow, from: string, to: string): boolean {
  const day = row.date.length > 16 ? isoDay(new Date(row.date)) : row.date.slice(0, 10);
  return day !== '' && (!from || day >= from) && (!to || day <= to);
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const statusOrder = new Map(consoleStatuses.map((s, i) => [s, i]));
const priorityOrder: Record<string, number> = { HIGHEST: 0, URGENT: 1, NORMAL: 2, '': 3 };

/** The rows of the view: its vendors, statuses, text and window, in its order (ties by date, newest first). */
export function applyAllOrdersView(rows: readonly WorklistRow[], view: AllOrdersView): WorklistRow[] {
  const q = fold(view.q.trim());
  const kept = rows.filter(
    (row) =>
      (view.vendors.length === 0 || view.vendors.includes(row.vendor)) &&
      (view.statuses.length === 0 || view.statuses.includes(row.status)) &&
      (!q || fold(`${row.patient} ${row.patientId} ${row.reference}`).includes(q)),
  );
  const sign = view.dir === 'asc' ? 1 : -1;
  const textSort = view.sort === 'vendor' || view.sort === 'patient' || view.sort === 'what';
  // Each row's sort keys are worked out once, not in every comparison (a few thousand for 500 rows).
  const keyed = kept.map((row) => ({
    row,
    at: instant(row.date),
    text: textSort ? fold(row[view.sort as 'vendor' | 'patient' | 'what']) : '',
  }));
  type Keyed = (typeof keyed)[number];
  const compare = (a: Keyed, b: Keyed): number => {
    switch (view.sort) {
      case 'status':
        return (statusOrder.get(a.row.status) ?? 99) - (statusOrder.get(b.row.status) ?? 99);
      case 'priority':
        return (priorityOrder[a.row.priority] ?? 3) - (priorityOrder[b.row.priority] ?? 3);
      case 'vendor':
      case 'patient':
      case 'what':
        return textCollator().compare(a.text, b.text);
      default:
        return a.at - b.at;
    }
  };
  // Ties: the newest first, then the key (plain code-unit order: keys are ASCII ids).
  return keyed
    .sort(
      (a, b) =>
        sign * compare(a, b) || b.at - a.at || (a.row.key < b.row.key ? -1 : a.row.key > b.row.key ? 1 : 0),
    )
    .map(({ row }) => row);
}

let collator: Intl.Collator | null = null;
/** The browser's collation for names and kits (built on first use: it loads the locale's collation data). */
function textCollator(): Intl.Collator {
  collator ??= new Intl.Collator();
  return collator;
}

/** A row's date as a number to sort by (a day alone counts as its start, local time). */
function instant(date: string): number {
  if (!date) return 0;
  const value = date.length <= 16 ? new Date(date.length === 10 ? `${date}T00:00` : date) : new Date(date);
  return Number.isNaN(value.getTime()) ? 0 : value.getTime();
}

/** The rows as the CSV's cells: the header first (translated by the caller). */
export function allOrdersCsvRows(
  rows: readonly WorklistRow[],
  header: readonly string[],
  vendorName: (v: WorklistVendor) => string,
  statusName: (s: ConsoleStatus) => string,
): string[][] {
  return [
    [...header],
    ...rows.map((row) => [
      vendorName(row.vendor),
      row.reference,
      row.patient,
      row.patientId,
      row.what,
      statusName(row.status),
      row.vendorStatus,
      row.date,
      row.priority,
    ]),
  ];
}
