import { faults } from '@mocks/faults';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recognizeQuery } from '@/lib/patients/query-recognition';
import { freshPostDicom } from '../../test/postdicom.test-helpers';
import { createQueryWrapper } from '../../test/query-wrapper';
import { createTestReferral, startTestScanUser } from '../../test/scan.test-helpers';
import { TimeoutError } from '../errors';
import { listScanReferrals } from '../scan/referrals';
import { planSearch, type VendorPlan } from './search-plan';
import { usePeopleSearch } from './search-queries';
import { streamVendorSearch, type VendorSearchChunk } from './search-run';

const asked = (text: string, vendor: VendorPlan['vendor']) => {
  const plan = planSearch(recognizeQuery(text, 'en'), { scanSession: true }).find((p) => p.vendor === vendor);
  if (!plan?.asked) throw new Error(`${vendor} is not asked for ${text}`);
  return plan;
};
const scanReferrals = () => listScanReferrals();

async function all(stream: AsyncGenerator<VendorSearchChunk>) {
  const chunks: VendorSearchChunk[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

describe('vendor searches', () => {
  it('looks Solo up by id and by SPID; an unknown id is no result, not a failure', async () => {
    const chunks = await all(streamVendorSearch(asked('100001', 'solo'), { scanReferrals }));
    // "100001" is no patient id, but it is an SPID.
    expect(chunks.flatMap((c) => c.people).map((p) => p.recordId)).toEqual(['spid:100001']);
    const byId = await all(streamVendorSearch(asked('EXT-100001', 'solo'), { scanReferrals }));
    expect(byId.flatMap((c) => c.people).map((p) => p.recordId)).toEqual(['EXT-100001']);
  });

  it('pages through Impilo, saying the total', async () => {
    const chunks = await all(streamVendorSearch(asked('a', 'impilo'), { scanReferrals }));
    const people = chunks.flatMap((c) => c.people);
    expect(chunks[0]?.total).toBe(people.length + chunks.flatMap((c) => c.failures).length);
    expect(people.length).toBeGreaterThan(0);
    expect(new Set(people.map((p) => p.recordId)).size).toBe(people.length);
  });

  it('searches PostDICOM by name', async () => {
    freshPostDicom();
    const chunks = await all(streamVendorSearch(asked('a', 'postdicom'), { scanReferrals }));
    expect(chunks.flatMap((c) => [...c.people, ...c.failures]).length).toBeGreaterThan(100);
  });

  it('filters the Scan.com user’s referrals in the console', async () => {
    await startTestScanUser();
    await createTestReferral();
    await createTestReferral({
      patient_information: {
        first_name: 'Ana',
        last_name: 'Ruiz',
        email: 'ana@example.com',
        date_of_birth: '1990-02-03',
      },
    });
    const byName = await all(streamVendorSearch(asked('ruiz', 'scan'), { scanReferrals }));
    expect(byName.flatMap((c) => c.people).map((p) => p.givenNames)).toEqual(['Ana']);
    const byDate = await all(streamVendorSearch(asked('1999-01-30', 'scan'), { scanReferrals }));
    expect(byDate.flatMap((c) => c.people).map((p) => p.givenNames)).toEqual(['John']);
  });

  it('a held vendor (Impilo over HTTP, PostDICOM in its library) answers only once the scenario lets it go', async () => {
    freshPostDicom();
    for (const vendor of ['impilo', 'postdicom'] as const) {
      faults.set({ heldVendor: vendor });
      let settled = false;
      const run = all(streamVendorSearch(asked('a', vendor), { scanReferrals })).finally(() => {
        settled = true;
      });
      // Other vendors answer meanwhile.
      const solo = await all(streamVendorSearch(asked('100001', 'solo'), { scanReferrals }));
      expect(solo.flatMap((c) => c.people)).toHaveLength(1);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(settled).toBe(false);
      faults.set({ heldVendor: null });
      expect((await run).flatMap((c) => c.people).length).toBeGreaterThan(0);
    }
  });

  it('stops with a TimeoutError past the vendor’s time limit', async () => {
    faults.set({ latency: 'slow' });
    await expect(
      all(streamVendorSearch(asked('a', 'impilo'), { scanReferrals, timeoutMs: 50 })),
    ).rejects.toBeInstanceOf(TimeoutError);
  });

  it('stops when aborted (a newer keystroke), without a TimeoutError', async () => {
    faults.set({ latency: 'slow' });
    const controller = new AbortController();
    const run = all(streamVendorSearch(asked('a', 'impilo'), { scanReferrals, signal: controller.signal }));
    controller.abort();
    const error = await run.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(error).toBeTruthy();
  });
});

describe('usePeopleSearch', () => {
  it('asks each vendor of the plan in its own query, with data as it streams in', async () => {
    freshPostDicom();
    const { wrapper } = createQueryWrapper();
    const { result } = renderHook(() => usePeopleSearch(recognizeQuery('a', 'en'), { scanSession: false }), {
      wrapper,
    });
    expect(result.current.map((s) => [s.vendor, s.plan.asked])).toEqual([
      ['solo', false],
      ['impilo', true],
      ['eden', false],
      ['postdicom', true],
      ['scan', false],
    ]);
    await waitFor(() => {
      for (const state of result.current) if (state.query) expect(state.query.fetchStatus).toBe('idle');
    });
    expect(result.current.find((s) => s.vendor === 'impilo')?.query?.data?.people.length).toBeGreaterThan(0);
    expect(
      result.current.find((s) => s.vendor === 'postdicom')?.query?.data?.failures.length,
    ).toBeGreaterThanOrEqual(0);
  });
});
