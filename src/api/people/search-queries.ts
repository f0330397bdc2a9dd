import {
  queryOptions,
  experimental_streamedQuery as streamedQuery,
  type UseQueryResult,
  useQueries,
} from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { RecognizedQuery } from '@/lib/patients/query-recognition';
import { peopleKeys } from './keys';
import type { Person, PersonMappingFailure } from './model';
import { criteriaKey, planSearch, type SearchVendor, type VendorPlan } from './search-plan';

/**
 * The federated search's hook: one TanStack query per vendor asked, each with its own abort signal (a new
 * keystroke makes a new key; the old query loses its observer and is aborted, so answers to earlier
 * keystrokes never land) and its own time limit (./search-run.ts). Each query streams: its data grows as the
 * vendor's answers come, and a slow vendor holds back no other. No automatic retry: the user retries one
 * vendor from its chip (`refetch`).
 *
 * The vendor code itself (schemas, clients) is in ./search-adapters.ts, loaded on demand: `loadSearchAdapters`
 * starts the download (the page calls it after its first paint and when the box gets focus).
 */
type Adapters = typeof import('./search-adapters');

let adapters: Promise<Adapters> | null = null;
export function loadSearchAdapters(): Promise<Adapters> {
  if (!adapters) {
    const loading = import('./search-adapters');
    adapters = loading;
    loading.catch(() => {
      if (adapters === loading) adapters = null; // a failed chunk download is tried again next time
    });
  }
  return adapters;
}

/** The adapters module once loaded (null before). */
export function useSearchAdapters(): Adapters | null {
  const [loaded, setLoaded] = useState<Adapters | null>(null);
  useEffect(() => {
    let live = true;
    loadSearchAdapters().then(
      (module) => live && setLoaded(module),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return loaded;
}

const noSession = () => () => undefined;
const inactive = () => false;

/** Whether a Scan.com user is signed in in this tab (false until the adapters are loaded). */
export function useScanSearchSession(loaded: Adapters | null): boolean {
  return useSyncExternalStore(
    loaded ? loaded.subscribeScanSession : noSession,
    loaded ? () => loaded.getScanSessionSnapshot().active : inactive,
  );
}

export interface VendorSearchData {
  people: Person[];
  failures: PersonMappingFailure[];
  total: number | null;
  capped: boolean;
}

const emptyData: VendorSearchData = { people: [], failures: [], total: null, capped: false };

export const SCAN_REFERRALS_STALE_MS = 30_000;

export const peopleSearchQuery = (plan: Extract<VendorPlan, { asked: true }>) =>
  queryOptions({
    queryKey: [...peopleKeys.search(), plan.vendor, criteriaKey(plan)] as const,
    queryFn: streamedQuery<import('./search-run').VendorSearchChunk, VendorSearchData>({
      streamFn: async (context) => {
        const module = await loadSearchAdapters();
        return module.streamVendorSearch(plan, {
          signal: context.signal,
          // One list per SCAN_REFERRALS_STALE_MS, not one per keystroke; cleared with the query cache.
          scanReferrals: () =>
            context.client.fetchQuery({ ...module.scanReferralsQuery(), staleTime: SCAN_REFERRALS_STALE_MS }),
        });
      },
      reducer: (acc, chunk) => ({
        people: chunk.people.length ? acc.people.concat(chunk.people) : acc.people,
        failures: chunk.failures.length ? acc.failures.concat(chunk.failures) : acc.failures,
        total: chunk.total ?? acc.total,
        capped: acc.capped || chunk.capped,
      }),
      initialValue: emptyData,
    }),
    retry: false,
    staleTime: 60_000,
  });

export interface VendorSearchState {
  vendor: SearchVendor;
  plan: VendorPlan;
  /** Only for a vendor asked. */
  query: UseQueryResult<VendorSearchData> | null;
}

/**
 * Searches every vendor the plan asks for `query` (already debounced by the caller). Vendors left out by
 * `vendors` are not asked. `scanSession`: from `useScanSearchSession`.
 */
export function usePeopleSearch(
  query: RecognizedQuery,
  context: { vendors?: readonly SearchVendor[] | undefined; scanSession: boolean },
): VendorSearchState[] {
  const plans = planSearch(query, context);
  const asked = plans.filter((plan): plan is Extract<VendorPlan, { asked: true }> => plan.asked);
  const results = useQueries({ queries: asked.map((plan) => peopleSearchQuery(plan)) });
  return plans.map((plan) => {
    const index = asked.findIndex((candidate) => candidate.vendor === plan.vendor);
    return {
      vendor: plan.vendor,
      plan,
      query: index >= 0 ? (results[index] as UseQueryResult<VendorSearchData>) : null,
    };
  });
}
