import { z } from 'zod';
import { ContractError } from '../errors';
import type { CallOptions } from '../http';
import { toContractIssues } from '../zod-issues';
import { soloAppointmentStatusSchema } from './appointments';
import { downloadSoloCsvDataDump, type SoloCsvDataDumpRange } from './reports';

/*
 * The appointments of a date range, read from the CSV data dump (`GET /qapi/v1/reports/csv-data-dump`).
 * Solo has no "list appointments" endpoint; the dump is the one documented way to see a waiting room's day.
 *
 * Assumptions (change them here):
 * - The dump's columns are those the console's mock writes (the vendor page does not list them):
 *   appointment_id, patient_spid, patient_id, mrn, patient_name, start_time (ATOM, UTC), duration_seconds,
 *   status, waiting_room, reasons (joined with "; "). Extra columns are ignored; a missing one is a
 *   contract error.
 * - `from`/`to` are UTC calendar days, both included: the caller asks for the days around a local day and
 *   filters by instant.
 */

export const SOLO_AGENDA_COLUMNS = [
  'appointment_id',
  'patient_spid',
  'patient_id',
  'mrn',
  'patient_name',
  'start_time',
  'duration_seconds',
  'status',
  'waiting_room',
  'reasons',
] as const;

const ENDPOINT = 'GET /qapi/v1/reports/csv-data-dump';

const int = z.string().regex(/^\d+$/, 'Expected a whole number.').transform(Number);

export const soloAgendaEntrySchema = z.object({
  appointment_id: int,
  patient_spid: int,
  patient_id: z.string(),
  mrn: z.string(),
  patient_name: z.string(),
  start_time: z.iso.datetime({ offset: true }).transform((value) => Date.parse(value)),
  duration_seconds: int,
  status: soloAppointmentStatusSchema,
  waiting_room: z.string().min(1),
  reasons: z.string().transform((value) => (value ? value.split('; ') : [])),
});

/** One appointment of the dump. `start` is epoch milliseconds. */
export interface SoloAgendaEntry {
  id: number;
  patientSpid: number;
  patientId: string;
  mrn: string;
  patientName: string;
  start: number;
  duration: number;
  status: z.infer<typeof soloAppointmentStatusSchema>;
  waitingRoom: string;
  reasons: string[];
}

/** RFC 4180 CSV → rows of cells (quoted cells may hold commas, quotes and line breaks). */
export function parseSoloCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((value) => value !== ''));
}

/** The dump's text → its appointments, checked column by column (a malformed dump is a ContractError). */
export function readSoloAgendaCsv(text: string): SoloAgendaEntry[] {
  const [header = [], ...lines] = parseSoloCsv(text);
  const missing = SOLO_AGENDA_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new ContractError('solo', ENDPOINT, [
      { path: missing.join(', '), message: 'Column missing from the CSV data dump.' },
    ]);
  }
  return lines.map((cells, index) => {
    const record = Object.fromEntries(header.map((name, column) => [name, cells[column] ?? '']));
    const parsed = soloAgendaEntrySchema.safeParse(record);
    if (!parsed.success) {
      throw new ContractError(
        'solo',
        ENDPOINT,
        toContractIssues(parsed.error).map((issue) => ({ ...issue, path: `[${index + 1}].${issue.path}` })),
      );
    }
    const row = parsed.data;
    return {
      id: row.appointment_id,
      patientSpid: row.patient_spid,
      patientId: row.patient_id,
      mrn: row.mrn,
      patientName: row.patient_name,
      start: row.start_time,
      duration: row.duration_seconds,
      status: row.status,
      waitingRoom: row.waiting_room,
      reasons: row.reasons,
    };
  });
}

/** The appointments starting in the UTC days `from`…`to` (both included), earliest first. */
export async function listSoloAgenda(
  range: SoloCsvDataDumpRange,
  options: CallOptions = {},
): Promise<SoloAgendaEntry[]> {
  const file = await downloadSoloCsvDataDump(range, options);
  const entries = readSoloAgendaCsv(await file.blob.text());
  return entries.sort((a, b) => a.start - b.start || a.id - b.id);
}
