import { queryOptions, type UseQueryResult, useQueries, useQuery } from '@tanstack/react-query';
import { encodePatientKey, type IdentitySource, type PatientIdentity } from '@/lib/patients/patient-key';
import { peopleKeys } from './keys';
import {
  fetchPatientDocuments,
  fetchPatientOrders,
  fetchSoloCare,
  type PatientDocument,
  type PatientOrder,
} from './record';

/** The record page's queries: one per vendor and section (see ./record.ts), each loading and failing alone. */
const keyOf = (identities: readonly PatientIdentity[], source: IdentitySource) => {
  const own = identities.filter((identity) => identity.source === source);
  return own.length ? encodePatientKey(own) : '';
};

export const ORDER_SOURCES = [
  'eden',
  'postdicom',
  'impilo',
  'scan',
] as const satisfies readonly IdentitySource[];
export const DOCUMENT_SOURCES = ['solo', 'postdicom', 'scan'] as const satisfies readonly IdentitySource[];

const has = (identities: readonly PatientIdentity[], source: IdentitySource) =>
  identities.some((identity) => identity.source === source);

export const patientOrdersQuery = (source: IdentitySource, identities: readonly PatientIdentity[]) =>
  queryOptions({
    queryKey: [...peopleKeys.all, 'record', 'orders', source, keyOf(identities, source)] as const,
    queryFn: ({ signal }) => fetchPatientOrders(source, identities, { signal }),
  });

export interface SourceQuery<T> {
  source: IdentitySource;
  query: UseQueryResult<T>;
}

/** The patient's orders, one query per vendor that takes orders and that the key names. */
export function usePatientOrders(identities: readonly PatientIdentity[]): SourceQuery<PatientOrder[]>[] {
  const sources = ORDER_SOURCES.filter((source) => has(identities, source));
  const queries = useQueries({ queries: sources.map((source) => patientOrdersQuery(source, identities)) });
  return sources.map((source, i) => ({ source, query: queries[i] as UseQueryResult<PatientOrder[]> }));
}

export const soloCareQuery = (identities: readonly PatientIdentity[]) =>
  queryOptions({
    queryKey: [...peopleKeys.all, 'record', 'solo-care', keyOf(identities, 'solo')] as const,
    queryFn: ({ signal }) => fetchSoloCare(identities, { signal }),
  });

/** The Solo episodes of care and their appointments (only when the key has a Solo patient id). */
export function useSoloCare(identities: readonly PatientIdentity[]) {
  const enabled = identities.some((identity) => identity.source === 'solo' && identity.kind === 'id');
  return useQuery({ ...soloCareQuery(identities), enabled });
}

export const patientDocumentsQuery = (
  source: IdentitySource,
  identities: readonly PatientIdentity[],
  soloAppointments: number[],
) =>
  queryOptions({
    queryKey: [
      ...peopleKeys.all,
      'record',
      'documents',
      source,
      keyOf(identities, source),
      source === 'solo' ? soloAppointments.join(',') : '',
    ] as const,
    queryFn: ({ signal }) => fetchPatientDocuments(source, identities, { signal, soloAppointments }),
  });

/**
 * Documents and attachments, one query per vendor. Solo's wait for the appointments (`soloAppointments`:
 * null while Solo care is loading).
 */
export function usePatientDocuments(
  identities: readonly PatientIdentity[],
  soloAppointments: number[] | null,
): SourceQuery<PatientDocument[]>[] {
  const sources = DOCUMENT_SOURCES.filter((source) => has(identities, source));
  const queries = useQueries({
    queries: sources.map((source) => ({
      ...patientDocumentsQuery(source, identities, soloAppointments ?? []),
      enabled: source !== 'solo' || soloAppointments !== null,
    })),
  });
  return sources.map((source, i) => ({ source, query: queries[i] as UseQueryResult<PatientDocument[]> }));
}
