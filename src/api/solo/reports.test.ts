import { soloCareStore } from '@mocks/solo/care-db';
import { soloReportStore } from '@mocks/solo/integration-reports';
import { act, renderHook, waitFor } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createQueryWrapper } from '@/test/query-wrapper';
import type { VendorError } from '../errors';
import { InputError } from '../errors';
import { SoloReportTimeoutError } from './errors';
import {
  useCreateSoloEncounterReport,
  useDownloadSoloCsvDataDump,
  useDownloadSoloEncounterReport,
  useSoloEncounterReportStatus,
} from './integration-queries';
import {
  createSoloEncounterReport,
  downloadSoloCsvDataDump,
  downloadSoloEncounterReport,
  getSoloEncounterReportStatus,
  soloAtomDateTimeSchema,
  toSoloAtom,
  waitForSoloEncounterReport,
} from './reports';

const presets = () => soloReportStore.get().presets;
const okPreset = () => presets().find((p) => !p.fails)?.id ?? '';
const failingPreset = () => presets().find((p) => p.fails)?.id ?? '';

/** The whole range of the care mock's appointments, and how many there are. */
function careRange() {
  const starts = [...soloCareStore.get().appointments.values()].map((a) => a.startTime * 1000);
  return { min: Math.min(...starts), max: Math.max(...starts), count: starts.length };
}
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('Solo CSV data dump', () => {
  it('downloads a CSV file for a date range with every appointment in it', async () => {
    const { min, max, count } = careRange();
    const file = await downloadSoloCsvDataDump({ from: day(min), to: day(max) });
    expect(file.contentType).toBe('application/octet-stream');
    expect(file.fileName).toBe(`csv-data-dump_${day(min)}_${day(max)}.csv`);
    const lines = (await file.blob.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'appointment_id,patient_spid,patient_id,mrn,patient_name,start_time,duration_seconds,status,waiting_room,reasons',
    );
    expect(lines).toHaveLength(count + 1);
  });

  it('gives only a header for a range without appointments', async () => {
    const file = await downloadSoloCsvDataDump({ from: '2001-01-01', to: '2001-01-02' });
    expect((await file.blob.text()).trimEnd().split('\r\n')).toHaveLength(1);
  });

  it.each([
    ['a missing date', { from: '2024-01-01', to: '' }],
    ['a malformed date', { from: '2024-13-01', to: '2024-12-01' }],
    ['from after to', { from: '2024-02-11', to: '2024-02-10' }],
  ])('refuses %s before sending', async (_name, range) => {
    await expect(downloadSoloCsvDataDump(range)).rejects.toBeInstanceOf(InputError);
  });

  it('the mock answers Bad parameters when from/to are missing', async () => {
    const response = await fetch(
      new URL('/api/solo/qapi/v1/reports/csv-data-dump?from=2024-01-01', location.href),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { message: 'Bad parameters [to: This value should not be blank.]' },
    });
  });

  it('useDownloadSoloCsvDataDump downloads on demand', async () => {
    const { wrapper } = createQueryWrapper();
    const { result } = renderHook(() => useDownloadSoloCsvDataDump(), { wrapper });
    await act(() => result.current.mutateAsync({ from: '2020-02-10', to: '2020-02-11' }));
    await waitFor(() =>
      expect(result.current.data?.fileName).toBe('csv-data-dump_2020-02-10_2020-02-11.csv'),
    );
  });
});

describe('Solo encounter report', () => {
  const range = () => {
    const { min, max } = careRange();
    return { from: toSoloAtom(new Date(min)), to: toSoloAtom(new Date(max)) };
  };

  it('creates (pending), polls until completed, then downloads a zip holding the CSV', async () => {
    const created = await createSoloEncounterReport({
      ...range(),
      presetId: okPreset(),
      password: 'IK5adv2N5V-gr£9v6',
    });
    expect(created.status).toBe('pending');
    const early = await rejection(downloadSoloEncounterReport(created.id));
    expect((early as VendorError).status).toBe(409);
    const done = await waitForSoloEncounterReport(created.id, { intervalMs: 10 });
    expect(done).toEqual({ id: created.id, status: 'completed' });

    const file = await downloadSoloEncounterReport(created.id);
    expect(file.fileName).toBe(`encounter-report-${created.id}.zip`);
    const entries = unzipSync(new Uint8Array(await file.blob.arrayBuffer()));
    const names = Object.keys(entries);
    expect(names).toEqual([`encounter-report-${created.id}.csv`]);
    const csv = strFromU8(entries[names[0] ?? ''] ?? new Uint8Array());
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]?.startsWith('appointment_id,')).toBe(true);
    expect(lines).toHaveLength(careRange().count + 1);
  });

  it('reports `failed` for the failing preset, and refuses its download', async () => {
    const created = await createSoloEncounterReport({ ...range(), presetId: failingPreset(), password: 'x' });
    expect((await waitForSoloEncounterReport(created.id, { intervalMs: 1 })).status).toBe('failed');
    const error = await rejection(downloadSoloEncounterReport(created.id));
    expect((error as VendorError).vendorMessage).toBe('Report generation failed');
  });

  it('stays pending on the first poll (deterministic counter)', async () => {
    const created = await createSoloEncounterReport({ ...range(), presetId: okPreset(), password: 'x' });
    expect((await getSoloEncounterReportStatus(created.id)).status).toBe('pending');
    expect((await getSoloEncounterReportStatus(created.id)).status).toBe('completed');
  });

  it('gives up polling after the time limit', async () => {
    const created = await createSoloEncounterReport({ ...range(), presetId: okPreset(), password: 'x' });
    await expect(
      waitForSoloEncounterReport(created.id, { intervalMs: 50, timeoutMs: 10 }),
    ).rejects.toBeInstanceOf(SoloReportTimeoutError);
  });

  it('404s an unknown report', async () => {
    const status = await rejection(getSoloEncounterReportStatus('no-such-report'));
    expect((status as VendorError).status).toBe(404);
    expect((status as VendorError).vendorMessage).toBe('Report not found');
    const download = await rejection(downloadSoloEncounterReport('no-such-report'));
    expect((download as VendorError).status).toBe(404);
  });

  it('answers 400 for an unknown preset', async () => {
    const error = await rejection(createSoloEncounterReport({ ...range(), presetId: 'nope', password: 'x' }));
    expect((error as VendorError).status).toBe(400);
    expect((error as VendorError).vendorMessage).toBe('Bad parameters [presetId: Preset not found.]');
  });

  it.each([
    ['a Z date-time (not ATOM)', { from: '2024-08-15T15:52:01Z' }],
    ['fractional seconds', { from: '2024-08-15T15:52:01.123+00:00' }],
    ['from after to', { from: '2024-08-16T00:00:00+00:00', to: '2024-08-15T00:00:00+00:00' }],
    ['an empty password', { password: '' }],
    ['an empty preset', { presetId: ' ' }],
  ])('refuses %s before sending', async (_name, overrides) => {
    await expect(
      createSoloEncounterReport({
        from: '2024-08-15T15:52:01+00:00',
        to: '2024-08-15T15:52:01+00:00',
        presetId: okPreset(),
        password: 'x',
        ...overrides,
      }),
    ).rejects.toBeInstanceOf(InputError);
  });

  it('reads and writes ATOM date-times', () => {
    expect(toSoloAtom(new Date('2024-08-15T15:52:01.999Z'))).toBe('2024-08-15T15:52:01+00:00');
    expect(soloAtomDateTimeSchema.safeParse('2024-08-15T15:52:01-05:00').success).toBe(true);
    expect(soloAtomDateTimeSchema.safeParse('2024-02-30T15:52:01+00:00').success).toBe(false);
    expect(soloAtomDateTimeSchema.safeParse('2024-08-15T24:00:00+00:00').success).toBe(false);
  });

  it('hooks: create, poll until completed (polling then stops), download', async () => {
    const { wrapper } = createQueryWrapper();
    const { result: create } = renderHook(() => useCreateSoloEncounterReport(), { wrapper });
    let id = '';
    await act(async () => {
      id = (await create.current.mutateAsync({ ...range(), presetId: okPreset(), password: 'x' })).id;
    });
    const { result: status } = renderHook(() => useSoloEncounterReportStatus(id, 20), { wrapper });
    await waitFor(() => expect(status.current.data?.status).toBe('completed'));
    const polls = soloReportStore.get().reports.get(id)?.polls ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(soloReportStore.get().reports.get(id)?.polls).toBe(polls);
    const { result: download } = renderHook(() => useDownloadSoloEncounterReport(), { wrapper });
    await act(() => download.current.mutateAsync(id));
    await waitFor(() => expect(download.current.data?.fileName).toBe(`encounter-report-${id}.zip`));
  });
});
