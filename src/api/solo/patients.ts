import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { soloAckSchema, soloCareKeyRoot } from './care-common';
import { soloClient } from './client';
import {
  refineDemographicsWrite,
  type SoloDemographicsInput,
  soloDemographicsInputSchema,
  soloDemographicsInputShape,
  soloDemographicsSchema,
} from './demographics';

/**
 * Solo patients: get and update by the caller's patient id or by SPID (Solo Patient ID), and create.
 * There is no patient search endpoint.
 */

interface CallOptions {
  signal?: AbortSignal;
}

/** GET answers (both by id and by SPID). */
export const soloPatientSchema = soloDemographicsSchema;
export type SoloPatient = z.infer<typeof soloPatientSchema>;

/** Create body: the demographics plus `id`, which is required. */
export const soloCreatePatientSchema = z
  .object({ id: z.string().trim().min(1, 'id is required'), ...soloDemographicsInputShape })
  .superRefine(refineDemographicsWrite);
export type SoloCreatePatientInput = z.input<typeof soloCreatePatientSchema>;

/** Update body: every field optional, same rules. */
export const soloUpdatePatientSchema = soloDemographicsInputSchema;
export type SoloUpdatePatientInput = SoloDemographicsInput;

/** Create answers the new Solo Patient ID, as a bare integer. */
export const soloCreatePatientResponseSchema = z.number().int().positive();
/** Update answers `[]`. */
export const soloUpdatePatientResponseSchema = soloAckSchema;

export const soloPatientKeys = {
  all: [...soloCareKeyRoot, 'patients'] as const,
  byId: (patientId: string) => [...soloPatientKeys.all, 'id', patientId] as const,
  bySpid: (spid: number) => [...soloPatientKeys.all, 'spid', spid] as const,
};

const enc = encodeURIComponent;

export async function getSoloPatient(patientId: string, options: CallOptions = {}): Promise<SoloPatient> {
  return soloClient.request({
    path: `/qapi/v1/patients/${enc(patientId)}`,
    endpoint: 'GET /qapi/v1/patients/{patient_id}',
    schema: soloPatientSchema,
    signal: options.signal,
  });
}

export async function getSoloPatientBySpid(spid: number, options: CallOptions = {}): Promise<SoloPatient> {
  return soloClient.request({
    path: `/qapi/v1/patients/id/type/SPID/value/${spid}`,
    endpoint: 'GET /qapi/v1/patients/id/type/SPID/value/{solo_patient_id}',
    schema: soloPatientSchema,
    signal: options.signal,
  });
}

/** Creates a patient; resolves to its SPID. */
export async function createSoloPatient(
  input: SoloCreatePatientInput,
  options: CallOptions = {},
): Promise<number> {
  const body = soloCreatePatientSchema.parse(input);
  return soloClient.request({
    method: 'POST',
    path: '/qapi/v1/patients',
    endpoint: 'POST /qapi/v1/patients',
    json: body,
    schema: soloCreatePatientResponseSchema,
    signal: options.signal,
  });
}

export async function updateSoloPatient(
  patientId: string,
  input: SoloUpdatePatientInput,
  options: CallOptions = {},
): Promise<void> {
  const body = soloUpdatePatientSchema.parse(input);
  await soloClient.request({
    method: 'PUT',
    path: `/qapi/v1/patients/${enc(patientId)}`,
    endpoint: 'PUT /qapi/v1/patients/{patient_id}',
    json: body,
    schema: soloUpdatePatientResponseSchema,
    signal: options.signal,
  });
}

export async function updateSoloPatientBySpid(
  spid: number,
  input: SoloUpdatePatientInput,
  options: CallOptions = {},
): Promise<void> {
  const body = soloUpdatePatientSchema.parse(input);
  await soloClient.request({
    method: 'PUT',
    path: `/qapi/v1/patients/id/type/SPID/value/${spid}`,
    endpoint: 'PUT /qapi/v1/patients/id/type/SPID/value/{solo_patient_id}',
    json: body,
    schema: soloUpdatePatientResponseSchema,
    signal: options.signal,
  });
}

export const soloPatientQuery = (patientId: string) =>
  queryOptions({
    queryKey: soloPatientKeys.byId(patientId),
    queryFn: ({ signal }) => getSoloPatient(patientId, { signal }),
  });

export const soloPatientBySpidQuery = (spid: number) =>
  queryOptions({
    queryKey: soloPatientKeys.bySpid(spid),
    queryFn: ({ signal }) => getSoloPatientBySpid(spid, { signal }),
  });

export function useSoloPatient(patientId: string | undefined) {
  return useQuery({ ...soloPatientQuery(patientId ?? ''), enabled: Boolean(patientId) });
}

export function useSoloPatientBySpid(spid: number | undefined) {
  return useQuery({ ...soloPatientBySpidQuery(spid ?? 0), enabled: spid !== undefined });
}

export function useCreateSoloPatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SoloCreatePatientInput) => createSoloPatient(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: soloPatientKeys.all }),
  });
}

/** Updates by patient id or by SPID. Both caches of the patient are invalidated (and appointments, which embed it). */
export function useUpdateSoloPatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      args:
        | { patientId: string; input: SoloUpdatePatientInput }
        | { spid: number; input: SoloUpdatePatientInput },
    ) =>
      'spid' in args
        ? updateSoloPatientBySpid(args.spid, args.input)
        : updateSoloPatient(args.patientId, args.input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: soloCareKeyRoot }),
  });
}
