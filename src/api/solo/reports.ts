import { z } from 'zod';
import { isIsoDate } from '@/lib/mappings/datetime';
import type { CallOptions } from '../http';
import { refineIsoDate } from '../iso-date';
import { parseAnswer, parseInput } from '../zod-issues';
import { soloClient } from './client';
import { type SoloDownloadedFile, soloBinaryAnswerSchema } from './common';
import { soloEndpoints } from './endpoints';
import { SoloReportTimeoutError } from './errors';

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

// ---- CSV data dump --------------------------------------------------------------------------------

export const soloCsvDataDumpRangeSchema = z
  .object({
    from: z.string().superRefine(refineIsoDate),
    to: z.string().superRefine(refineIsoDate),
  })
  .refine((range) => range.from <= range.to, { path: ['to'], message: 'validation.windowReversed' });
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
  options: CallOptions = {},
): Promise<SoloDownloadedFile> {
  const endpoint = soloEndpoints.csvDataDump.name;
  const query = parseInput('solo', endpoint, soloCsvDataDumpRangeSchema, range);
  const answer = await soloClient.requestBinary({
    ...soloEndpoints.csvDataDump.at(),
    query,
    ...options,
  });
  return parseAnswer('solo', endpoint, csvFileSchema, answer);
}

// ---- encounter report ----------------------------------------------------------------------------

const ATOM = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})$/;

/** PHP's DATE_ATOM (`Y-m-d\TH:i:sP`), e.g. `2024-08-15T15:52:01+00:00`. */
export const soloAtomDateTimeSchema = z
  .string()
  .regex(ATOM, 'validation.atomDateTime')
  .refine((value) => {
    const [, , , , h, mi, s, , oh, om] = ATOM.exec(value)?.map(Number) ?? [];
    return (
      isIsoDate(value.slice(0, 10)) &&
      (h ?? 99) < 24 &&
      (mi ?? 99) < 60 &&
      (s ?? 99) < 60 &&
      (oh ?? 99) <= 14 &&
      (om ?? 99) < 60
    );
  }, 'validation.noSuchDateTime');

/** A Date as ATOM in UTC: `2024-08-15T15:52:01+00:00`. */
export function toSoloAtom(date: Date): string {
  return `${date.toISOString().slice(0, 19)}+00:00`;
}

export const soloEncounterReportRequestSchema = z
  .object({
    from: soloAtomDateTimeSchema,
    to: soloAtomDateTimeSchema,
    presetId: z.string().trim().min(1),
    password: z.string().min(1),
  })
  .refine((value) => Date.parse(value.from) <= Date.parse(value.to), {
    path: ['to'],
    message: 'validation.windowReversed',
  });
export type SoloEncounterReportRequest = z.infer<typeof soloEncounterReportRequestSchema>;

export const soloEncounterReportStatusSchema = z.object({
  id: z.string().min(1),
  status: z.enum(soloReportStatuses),
});
export type SoloEncounterReport = z.infer<typeof soloEncounterReportStatusSchema>;

const reportIdSchema = z.string().trim().min(1);

/** `POST /qapi/v1/encounter-report/create` → `{ id, status: 'pending' }`. */
export async function createSoloEncounterReport(
  request: SoloEncounterReportRequest,
  options: CallOptions = {},
): Promise<SoloEncounterReport> {
  const body = parseInput(
    'solo',
    soloEndpoints.createEncounterReport.name,
    soloEncounterReportRequestSchema,
    request,
  );
  return soloClient.request({
    ...soloEndpoints.createEncounterReport.at(),
    json: body,
    schema: soloEncounterReportStatusSchema,
    ...options,
  });
}

/** `GET /qapi/v1/encounter-report/status/{reportId}` */
export async function getSoloEncounterReportStatus(
  reportId: string,
  options: CallOptions = {},
): Promise<SoloEncounterReport> {
  const endpoint = soloEndpoints.getEncounterReportStatus;
  const id = parseInput('solo', endpoint.name, reportIdSchema, reportId, { at: 'reportId' });
  return soloClient.request({
    ...endpoint.at({ reportId: id }),
    schema: soloEncounterReportStatusSchema,
    ...options,
  });
}

/** `GET /qapi/v1/encounter-report/download/{reportId}` → the zip (holding the CSV). */
export async function downloadSoloEncounterReport(
  reportId: string,
  options: CallOptions = {},
): Promise<SoloDownloadedFile> {
  const endpoint = soloEndpoints.downloadEncounterReport.name;
  const id = parseInput('solo', endpoint, reportIdSchema, reportId, { at: 'reportId' });
  const answer = await soloClient.requestBinary({
    ...soloEndpoints.downloadEncounterReport.at({ reportId: id }),
    ...options,
  });
  return parseAnswer('solo', endpoint, zipFileSchema, answer);
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
  /** `timeoutMs`: how long to keep polling (SOLO_REPORT_POLL_TIMEOUT_MS by default). */
  options: CallOptions & { intervalMs?: number } = {},
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
