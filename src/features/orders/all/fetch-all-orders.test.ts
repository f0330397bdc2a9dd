import { server } from '@mocks/node';
import { describe, expect, it, onTestFinished } from 'vitest';
import { listImpiloItems } from '@/api/impilo/catalogue';
import { createImpiloOrder } from '@/api/impilo/orders';
import { listImpiloPatients } from '@/api/impilo/patients';
import { endScanSession } from '@/api/scan/client';
import { getScanSessionSnapshot } from '@/api/scan/session';
import { createTestReferral, startTestScanUser } from '@/test/scan.test-helpers';
import { defaultAllOrdersWindow } from './all-orders-model';
import { allOrdersFetchers } from './fetch-all-orders';

/** The paths of every request the mock back end receives during the test. */
function requestedPaths(): string[] {
  const paths: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    paths.push(new URL(request.url).pathname);
  };
  server.events.on('request:start', listener);
  onTestFinished(() => server.events.removeListener('request:start', listener));
  return paths;
}

describe('the all-orders worklist: Impilo rows', () => {
  it('names each order’s patient by one lookup per patient, never by reading every page of the patient list', async () => {
    const { content: patients } = await listImpiloPatients({ page: 0, size: 2 });
    const { content: items } = await listImpiloItems({ page: 0, size: 1 });
    const [first, second] = patients;
    const item = items[0];
    if (!first || !second || !item) throw new Error('The seeded Impilo data lack patients or items.');
    for (const patient of [first, first, second])
      await createImpiloOrder({ patient: { id: patient.id }, orderItems: [{ id: item.id, quantity: 1 }] });
    const { from, to } = defaultAllOrdersWindow();
    const paths = requestedPaths();

    const rows = await allOrdersFetchers.impilo(from, to, {});

    const mine = rows.filter((row) =>
      [first, second].some((p) => row.patient === `${p.firstName} ${p.lastName}`),
    );
    expect(mine.length).toBeGreaterThanOrEqual(3);
    expect(paths.filter((path) => path.endsWith('/api/v3/patient'))).toEqual([]);
    const lookups = paths.filter((path) => /\/api\/v3\/patient\/[^/]+$/.test(path));
    expect(new Set(lookups).size).toBe(lookups.length);
    expect(lookups).toContain(`/api/impilo/api/v3/patient/${first.id}`);
    expect(lookups).toContain(`/api/impilo/api/v3/patient/${second.id}`);
  });
});

describe('the all-orders worklist: Scan.com rows', () => {
  it('lists only the session’s own referrals, in the window; a new user sees none of the previous one’s', async () => {
    await startTestScanUser('Ward');
    const firstSession = getScanSessionSnapshot().sessionId;
    const mine = await createTestReferral({ modality: 'MRI' });
    const { from, to } = defaultAllOrdersWindow();

    const rows = await allOrdersFetchers.scan(from, to, {});
    expect(rows.map((row) => row.key)).toEqual([`scan:${mine.id}`]);
    expect(rows[0]).toMatchObject({
      vendor: 'scan',
      what: 'MRI',
      status: 'requested',
      vendorStatus: 'draft',
    });
    // Outside the window: a window that ended before the referral was made.
    expect(await allOrdersFetchers.scan('2000-01-01', '2000-01-31', {})).toEqual([]);

    await startTestScanUser('Other');
    expect(getScanSessionSnapshot().sessionId).not.toBe(firstSession);
    expect(await allOrdersFetchers.scan(from, to, {})).toEqual([]);
    endScanSession();
    expect(getScanSessionSnapshot().sessionId).toBeNull();
  });
});
