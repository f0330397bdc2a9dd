import type { Faker } from '@faker-js/faker';
import { strToU8, zipSync } from 'fflate';
import { HttpResponse, http } from 'msw';
import type { SoloReportStatus } from '@/api/solo/reports';
import { createFaker } from '../seed';
import { asRecord, readJson } from '../shared/http';
import { defineStore } from '../store';
import { soloCareStore } from './care-db';
import type { SoloMockAppointment } from './care-records';
import {
  atomUtc,
  badParameters,
  ENCOUNTER_REPORT_POLLS_UNTIL_DONE,
  SOLO_MOCK_STATUS,
  soloError,
} from './integration-config';

/*
 * Reports: the CSV data dump and encounter reports, both built from the care mock's appointments.
 * Encounter reports go pending → completed (or failed, for the failing preset) on the
 * ENCOUNTER_REPORT_POLLS_UNTIL_DONE-th status poll. The zip is NOT password-locked: the vendor's password lock
 * is out of scope for the mock (the password is only checked for presence).
 */

export interface EncounterReportPreset {
  id: string;
  name: string;
  /** Reports with this preset end `failed` (to exercise the failure path). */
  fails: boolean;
}

interface EncounterReport {
  id: string;
  from: string;
  to: string;
  presetId: string;
  status: SoloReportStatus;
  polls: number;
}

interface ReportState {
  faker: Faker;
  presets: EncounterReportPreset[];
  reports: Map<string, EncounterReport>;
}

export const soloReportStore = defineStore<ReportState>('solo-reports', () => {
  const faker = createFaker('solo-reports', 'en');
  const presets: EncounterReportPreset[] = [
    { id: faker.string.uuid(), name: 'All encounters', fails: false },
    { id: faker.string.uuid(), name: 'Radiology consults', fails: false },
    { id: faker.string.uuid(), name: 'Broken preset (always fails)', fails: true },
  ];
  return { faker, presets, reports: new Map() };
});

const CSV_COLUMNS = [
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

function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The care mock's appointments starting in [fromMs, toMs], as CSV (header + one line per appointment). */
export function appointmentsCsv(fromMs: number, toMs: number): string {
  const care = soloCareStore.get();
  const rows = [...care.appointments.values()]
    .filter((a: SoloMockAppointment) => a.startTime * 1000 >= fromMs && a.startTime * 1000 <= toMs)
    .sort((a, b) => a.startTime - b.startTime || a.id - b.id)
    .map((a) => {
      const patient = care.patients.get(a.patientId);
      const name = patient?.demographics.name?.[0];
      const room = care.waitingRooms.find((r) => r.id === a.waitingRoomId);
      return [
        a.id,
        a.patientId,
        patient?.id,
        patient?.demographics.mrn,
        name ? `${name.firstName ?? ''} ${name.lastName ?? ''}`.trim() : '',
        atomUtc(new Date(a.startTime * 1000)),
        a.duration,
        a.status,
        room?.name,
        a.reasons.join('; '),
      ]
        .map(csvCell)
        .join(',');
    });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const atom = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const blank = 'This value should not be blank.';
const reportNotFound = () => soloError(SOLO_MOCK_STATUS.notFound, 'Report not found');

function validDay(value: string): boolean {
  return isoDate.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

export const soloReportHandlers = [
  http.get('*/api/solo/qapi/v1/reports/csv-data-dump', ({ request }) => {
    const params = new URL(request.url).searchParams;
    const from = params.get('from') ?? '';
    const to = params.get('to') ?? '';
    const problems: { field: string; message: string }[] = [];
    for (const [field, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!value) problems.push({ field, message: blank });
      else if (!validDay(value)) problems.push({ field, message: 'This value is not a valid date.' });
    }
    if (!problems.length && from > to) {
      problems.push({ field: 'to', message: 'This value should be greater than or equal to "from".' });
    }
    if (problems.length) return badParameters(problems);
    const csv = appointmentsCsv(Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T23:59:59Z`));
    return new HttpResponse(strToU8(csv), {
      headers: {
        'Content-Type': 'application/octet-stream',
        'Content-Disposition': `attachment; filename="csv-data-dump_${from}_${to}.csv"`,
      },
    });
  }),

  http.post('*/api/solo/qapi/v1/encounter-report/create', async ({ request }) => {
    const body = await readJson(request);
    const state = soloReportStore.get();
    const b = asRecord(body);
    const problems: { field: string; message: string }[] = [];
    for (const field of ['from', 'to']) {
      const value = b[field];
      if (typeof value !== 'string' || !value) problems.push({ field, message: blank });
      else if (!atom.test(value) || Number.isNaN(Date.parse(value))) {
        problems.push({ field, message: 'This value is not a valid datetime.' });
      }
    }
    if (!problems.length && Date.parse(String(b.from)) > Date.parse(String(b.to))) {
      problems.push({ field: 'to', message: 'This value should be greater than or equal to "from".' });
    }
    if (typeof b.presetId !== 'string' || !b.presetId.trim())
      problems.push({ field: 'presetId', message: blank });
    else if (!state.presets.some((p) => p.id === b.presetId)) {
      problems.push({ field: 'presetId', message: 'Preset not found.' });
    }
    if (typeof b.password !== 'string' || !b.password) problems.push({ field: 'password', message: blank });
    if (problems.length) return badParameters(problems);
    const report: EncounterReport = {
      id: state.faker.string.uuid(),
      from: String(b.from),
      to: String(b.to),
      presetId: String(b.presetId),
      status: 'pending',
      polls: 0,
    };
    state.reports.set(report.id, report);
    return HttpResponse.json({ id: report.id, status: report.status }, { status: SOLO_MOCK_STATUS.created });
  }),

  http.get('*/api/solo/qapi/v1/encounter-report/status/:reportId', ({ params }) => {
    const state = soloReportStore.get();
    const report = state.reports.get(String(params.reportId));
    if (!report) return reportNotFound();
    report.polls += 1;
    if (report.status === 'pending' && report.polls >= ENCOUNTER_REPORT_POLLS_UNTIL_DONE) {
      const preset = state.presets.find((p) => p.id === report.presetId);
      report.status = preset?.fails ? 'failed' : 'completed';
    }
    return HttpResponse.json({ id: report.id, status: report.status });
  }),

  http.get('*/api/solo/qapi/v1/encounter-report/download/:reportId', ({ params }) => {
    const report = soloReportStore.get().reports.get(String(params.reportId));
    if (!report) return reportNotFound();
    if (report.status === 'pending') return soloError(SOLO_MOCK_STATUS.conflict, 'Report is not ready yet');
    if (report.status === 'failed') return soloError(SOLO_MOCK_STATUS.conflict, 'Report generation failed');
    const csv = appointmentsCsv(Date.parse(report.from), Date.parse(report.to));
    // Not password-locked: out of scope for the mock (see the top of this file).
    const zip = zipSync({ [`encounter-report-${report.id}.csv`]: strToU8(csv) });
    return new HttpResponse(zip, {
      headers: {
        'Content-Type': 'application/octet-stream',
        'Content-Disposition': `attachment; filename="encounter-report-${report.id}.zip"`,
      },
    });
  }),
];
