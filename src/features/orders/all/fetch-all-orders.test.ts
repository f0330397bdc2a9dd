import { server } from '@mocks/node';
import { describe, expect, it, onTestFinished } from 'vitest';
import { listImpiloItems } from '@/api/impilo/catalogue';
import { createImpiloOrder } from '@/api/impilo/orders';
import { listImpiloPatients } from '@/api/impilo/patients';
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
