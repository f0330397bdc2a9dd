import { queryOptions, type UseQueryResult, useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  encodePatientKey,
  type IdentitySource,
  type PatientIdentity,
  tryDecodePatientKey,
} from '@/lib/patients/patient-key';
import { fetchPeopleFromSource, type PeopleFromSource, sourcesOfKey } from './fetch-people';
import { peopleKeys } from './keys';
import type { Person } from './model';

export { peopleKeys };

const bySourceKey = (source: IdentitySource, identities: readonly PatientIdentity[]) => {
  const own = identities.filter((i) => i.source === source);
  return [...peopleKeys.byKey(), source, own.length ? encodePatientKey(own) : ''] as const;
};

/** One vendor's records named by a key's identities. */
export const peopleFromSourceQuery = (source: IdentitySource, identities: readonly PatientIdentity[]) =>
  queryOptions({
    queryKey: bySourceKey(source, identities),
    queryFn: ({ signal }) => fetchPeopleFromSource(source, identities, { signal }),
  });

export interface PeopleByKey {
  /** The key's identities; null when the key is missing or not a key (a hand-edited URL). */
  identities: PatientIdentity[] | null;
  /** One query per vendor the key names, each loading and failing on its own. */
  sources: { source: IdentitySource; query: UseQueryResult<PeopleFromSource> }[];
  /** Every record read so far, from every vendor that answered. */
  people: Person[];
  /** Whether some vendor is still loading. */
  isPending: boolean;
}

/**
 * Demographics for `?patient=<key>` or `/patients/:key`: one query per vendor named by the key (see
 * `fetchPeopleFromSource` for how each is asked). Retry one vendor with `sources[i].query.refetch()`.
 */
export function usePeopleByKey(key: string | null | undefined): PeopleByKey {
  const identities = useMemo(() => tryDecodePatientKey(key), [key]);
  const sources = identities ? sourcesOfKey(identities) : [];
  const queries = useQueries({
    queries: sources.map((source) => peopleFromSourceQuery(source, identities ?? [])),
  });
  return {
    identities,
    sources: sources.map((source, index) => ({
      source,
      query: queries[index] as UseQueryResult<PeopleFromSource>,
    })),
    people: queries.flatMap((query) => query.data?.people ?? []),
    isPending: queries.some((query) => query.isPending),
  };
}
