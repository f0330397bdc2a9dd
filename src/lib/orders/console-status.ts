/**
 * One set of order statuses over every vendor, for the worklist's column and filter. Each vendor's own
 * status word is kept and shown next to it; this table is the only place that maps one to the other.
 */
export const consoleStatuses = [
  'requested',
  'in-progress',
  'reporting',
  'completed',
  'cancelled',
  'unknown',
] as const;
export type ConsoleStatus = (typeof consoleStatuses)[number];

const eden: Record<string, ConsoleStatus> = {
  NEW: 'requested',
  PATIENT_ARRIVED: 'in-progress',
  IN_PROCESS: 'in-progress',
  COMPLETED: 'reporting',
  READING_PENDING: 'reporting',
  SIGNED: 'completed',
  ADDENDUM_SIGNED: 'completed',
  CANCELLED: 'cancelled',
};

const impilo: Record<string, ConsoleStatus> = {
  RECEIVED: 'requested',
  PROCESSING: 'in-progress',
  SHIPPED: 'in-progress',
  DELIVERED: 'completed',
  CANCELLED: 'cancelled',
};

/** Eden's order status → the console's (a study done but not yet reported is "reporting"). */
export function edenConsoleStatus(status: string): ConsoleStatus {
  return eden[status] ?? 'unknown';
}

/** Impilo's order status → the console's (a kit on its way is still "in progress"; delivered is done). */
export function impiloConsoleStatus(status: string): ConsoleStatus {
  return impilo[status] ?? 'unknown';
}

/**
 * PostDICOM orders carry no status: an order with images is "reporting" (the study arrived), one without
 * is "requested". The vendor column says how many images it has.
 */
export function postDicomConsoleStatus(imageCount: number | undefined): ConsoleStatus {
  if (imageCount === undefined) return 'unknown';
  return imageCount > 0 ? 'reporting' : 'requested';
}

const scan: Record<string, ConsoleStatus> = {
  draft: 'requested',
  submitted: 'requested',
  confirmed: 'in-progress',
};

/**
 * Scan.com's referral status → the console's. A draft (created, not yet sent) and a submitted referral
 * (Scan.com emailed the patient, who still picks the provider and time) both wait on someone: "requested".
 * A confirmed referral is booked (provider, time blocks, GP and safety answers given): Scan.com has it in
 * hand, "in progress". Scan.com reports nothing after that (no scan done, no report) through this API.
 */
export function scanConsoleStatus(status: string): ConsoleStatus {
  return scan[status] ?? 'unknown';
}
