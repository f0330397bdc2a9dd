import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { type SoloDownloadedFile, soloBinaryAnswerSchema } from './attachments';
import { soloClient } from './client';

/*
 * Solo: reports.
 * - `GET /qapi/v1/reports/csv-data-dump{?from,to}`: a CSV file for a date range (both required).
 * - Encounter report: `POST /qapi/v1/encounter-report/create` (ATOM from/to, presetId, password) →
 *   `{ id, status }`; poll `GET /qapi/v1/encounter-report/status/{reportId}` (pending, completed, failed);
 *   then `GET /qapi/v1/encounter-report/download/{reportId}` → a zip holding the CSV (locked with the password).
 *
 * Assumptions (change them here):
 * - `from` must not be after `to`, for both reports; `to` is inclusive.
 * - All four encounter-report fields are required and non-empty; `presetId` is an opaque string (the page's
 *   example is a UUID, but it comes from the Solo web app's report settings).
 * - ATOM is PHP's `Y-m-d\TH:i:sP`: seconds, no fraction, a numeric offset (`+00:00`, not `Z`).
 * - Files may come as application/octet-stream (documented) or as text/csv / application/zip.
 * - Polling: every SOLO_REPORT_POLL_INTERVAL_MS, giving up after SOLO_REPORT_POLL_TIMEOUT_MS.
 */
export const SOLO_REPORT_POLL_INTERVAL_MS = 2000;
export const SOLO_REPORT_POLL_TIMEOUT_MS = 5 * 60 * 1000;

export const soloReportStatuses = ['pending', 'completed', 'failed'] as const;
export type SoloReportStatus = (typeof soloReportStatuses)[number];

type Options = { signal?: AbortSignal };

// ---- CSV data dump --------------------------------------------------------------------------------

export const soloCsvDataDumpRangeSchema = z
  .object({
    from: z.iso.date('A date (YYYY-MM-DD) is required.'),
    to: z.iso.date('A date (YYYY-MM-DD) is required.'),
  })
  .refine((range) => range.from <= range.to, { path: ['to'], message: '"to" must not be before "from".' });
export type SoloCsvDataDumpRange = z.infer<typeof soloCsvDataDumpRangeSchema>;

const csvFileSchema = soloBinaryAnswerSchema.extend({
  contentType: z
    .string()
    .refine((type) => /^(application\/octet-stream|text\/csv|text\/plain)\b/i.test(type), 'Not a CSV file.'),
});
const zipFileSchema = soloBinaryAnswerSchema.extend({
  contentType: z
    .string()
    .refine(
      (type) => /^(application\/octet-stream|application\/zip|application\/x-zip-compressed)\b/i.test(type),
      'Not a zip file.',
    ),
});

/** `GET /qapi/v1/reports/csv-data-dump{?from,to}` → the CSV file. */
export async function downloadSoloCsvDataDump(
  range: SoloCsvDataDumpRange,
  options: Options = {},
): Promise<SoloDownloadedFile> {
  const query = soloCsvDataDumpRangeSchema.parse(range);
  const answer = await soloClient.requestBinary({
    path: '/qapi/v1/reports/csv-data-dump',
    endpoint: 'GET /qapi/v1/reports/csv-data-dump',
    query,
    signal: options.signal,
  });
  return csvFileSchema.parse(answer);
}

// ---- encounter report ----------------------------------------------------------------------------

const ATOM = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})$/;

/** PHP's DATE_ATOM (`Y-m-d\TH:i:sP`), e.g. `2024-08-15T15:52:01+00:00`. */
export const soloAtomDateTimeSchema = z
  .string()
  .regex(ATOM, 'A date-time like 2024-08-15T15:52:01+00:00 is required.')
  .refine((value) => {
    const [, y, mo, d, h, mi, s, , oh, om] = ATOM.exec(value)?.map(Number) ?? [];
    if (y === undefined || mo === undefined || d === undefined) return false;
    const date = new Date(Date.UTC(y, mo - 1, d));
    return (
      date.getUTCMonth() === mo - 1 &&
      date.getUTCDate() === d &&
      (h ?? 99) < 24 &&
      (mi ?? 99) < 60 &&
      (s ?? 99) < 60 &&
      (oh ?? 99) <= 14 &&
      (om ?? 99) < 60
    );
  }, 'Not a real date-time.');

/** A Date as ATOM in UTC: `2024-08-15T15:52:01+00:00`. */
export function toSoloAtom(date: Date): string {
  return `${date.toISOString().slice(0, 19)}+00:00`;
}

export const soloEncounterReportRequestSchema = z
  .object({
    from: soloAtomDateTimeSchema,
    to: soloAtomDateTimeSchema,
    presetId: z.string().trim().min(1, 'The report preset is required.'),
    password: z.string().min(1, 'A password to lock the file is required.'),
  })
  .refine((value) => Date.parse(value.from) <= Date.parse(value.to), {
    path: ['to'],
    message: '"to" must not be before "from".',
  });
export type SoloEncounterReportRequest = z.infer<typeof soloEncounterReportRequestSchema>;

export const soloEncounterReportStatusSchema = z.object({
  id: z.string().min(1),
  status: z.enum(soloReportStatuses),
});
export type SoloEncounterReport = z.infer<typeof soloEncounterReportStatusSchema>;

const reportIdSchema = z.string().trim().min(1, 'The report id is required.');

/** `POST /qapi/v1/encounter-report/create` → `{ id, status: 'pending' }`. */
export async function createSoloEncounterReport(
  request: SoloEncounterReportRequest,
  options: Options = {},
): Promise<SoloEncounterReport> {
  const body = soloEncounterReportRequestSchema.parse(request);
  return soloClient.request({
    method: 'POST',
    path: '/qapi/v1/encounter-report/create',
    endpoint: 'POST /qapi/v1/encounter-report/create',
    json: body,
    schema: soloEncounterReportStatusSchema,
    signal: options.signal,
  });
}

/** `GET /qapi/v1/encounter-report/status/{reportId}` */
export async function getSoloEncounterReportStatus(
  reportId: string,
  options: Options = {},
): Promise<SoloEncounterReport> {
  const id = reportIdSchema.parse(reportId);
  return soloClient.request({
    path: `/qapi/v1/encounter-report/status/${encodeURIComponent(id)}`,
    endpoint: 'GET /qapi/v1/encounter-report/status/{reportId}',
    schema: soloEncounterReportStatusSchema,
    signal: options.signal,
  });
}

/** `GET /qapi/v1/encounter-report/download/{reportId}` → the zip (holding the CSV). */
export async function downloadSoloEncounterReport(
  reportId: string,
  options: Options = {},
): Promise<SoloDownloadedFile> {
  const id = reportIdSchema.parse(reportId);
  const answer = await soloClient.requestBinary({
    path: `/qapi/v1/encounter-report/download/${encodeURIComponent(id)}`,
    endpoint: 'GET /qapi/v1/encounter-report/download/{reportId}',
    signal: options.signal,
  });
  return zipFileSchema.parse(answer);
}

export class SoloReportTimeoutError extends Error {
  constructor(
    readonly reportId: string,
    readonly timeoutMs: number,
  ) {
    super(`Solo encounter report ${reportId} was still pending after ${Math.round(timeoutMs / 1000)} s.`);
    this.name = 'SoloReportTimeoutError';
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Polls the status until the report is `completed` or `failed` (returned, not thrown: the caller decides).
 * Throws SoloReportTimeoutError after `timeoutMs`, and the abort reason when `signal` aborts.
 */
export async function waitForSoloEncounterReport(
  reportId: string,
  options: Options & { intervalMs?: number; timeoutMs?: number } = {},
): Promise<SoloEncounterReport> {
  const intervalMs = options.intervalMs ?? SOLO_REPORT_POLL_INTERVAL_MS;
  const timeoutMs = options.timeoutMs ?? SOLO_REPORT_POLL_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const report = await getSoloEncounterReportStatus(reportId, { signal: options.signal });
    if (report.status !== 'pending') return report;
    if (Date.now() + intervalMs > deadline) throw new SoloReportTimeoutError(reportId, timeoutMs);
    await sleep(intervalMs, options.signal);
  }
}

// ---- query layer ---------------------------------------------------------------------------------

export const soloReportKeys = {
  all: ['solo', 'reports'] as const,
  csvDataDump: (range: SoloCsvDataDumpRange) => [...soloReportKeys.all, 'csv-data-dump', range] as const,
  encounterStatus: (reportId: string) => [...soloReportKeys.all, 'encounter', reportId, 'status'] as const,
};

/** Reading the dump as a query (e.g. for a preview); `gcTime: 0` so files are not kept in memory. */
export const soloCsvDataDumpQueryOptions = (range: SoloCsvDataDumpRange) =>
  queryOptions({
    queryKey: soloReportKeys.csvDataDump(range),
    queryFn: ({ signal }) => downloadSoloCsvDataDump(range, { signal }),
    staleTime: 0,
    gcTime: 0,
  });

/**
 * The report's status, polled every `intervalMs` while it is `pending`; polling stops by itself once it is
 * `completed` or `failed`.
 */
export const soloEncounterReportStatusQueryOptions = (
  reportId: string,
  intervalMs: number = SOLO_REPORT_POLL_INTERVAL_MS,
) =>
  queryOptions({
    queryKey: soloReportKeys.encounterStatus(reportId),
    queryFn: ({ signal }) => getSoloEncounterReportStatus(reportId, { signal }),
    enabled: reportId.trim() !== '',
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? intervalMs : false),
    refetchIntervalInBackground: true,
  });

export function useSoloEncounterReportStatus(reportId: string, intervalMs?: number) {
  return useQuery(soloEncounterReportStatusQueryOptions(reportId, intervalMs));
}

/** On-demand download of the CSV dump (a click); mutations never retry. */
export function useDownloadSoloCsvDataDump() {
  return useMutation({
    mutationFn: (range: SoloCsvDataDumpRange) => downloadSoloCsvDataDump(range),
    retry: false,
  });
}

export function useCreateSoloEncounterReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SoloEncounterReportRequest) => createSoloEncounterReport(request),
    retry: false,
    // Seeds the status query; `useSoloEncounterReportStatus(report.id)` then polls from there.
    onSuccess: (report) => queryClient.setQueryData(soloReportKeys.encounterStatus(report.id), report),
  });
}

export function useDownloadSoloEncounterReport() {
  return useMutation({
    mutationFn: (reportId: string) => downloadSoloEncounterReport(reportId),
    retry: false,
  });
}
