import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { impiloClient, impiloId, isoDate, isoDateTime, page, pagingSchema } from './client';
import { impiloEndpoints, impiloPaths } from './paths';

/** ASSUMED address shape. */
export const impiloAddressSchema = z.object({
  line1: z.string().min(1),
  line2: z.string().nullish(),
  city: z.string().min(1),
  state: z.string().nullish(),
  postalCode: z.string().min(1),
  country: z.string().min(2),
});

/** CONFIRMED: firstName and lastName are required. Others ASSUMED from the list filters. */
export const createPatientSchema = z.object({
  firstName: z.string().trim().min(1).max(255),
  lastName: z.string().trim().min(1).max(255),
  email: z.email().optional(),
  phone: z.string().trim().min(1).max(50).optional(),
  dateOfBirth: isoDate.optional(),
  externalIdentifier: z.string().trim().min(1).max(255).optional(),
  siteId: impiloId.optional(),
  address: impiloAddressSchema.optional(),
});
export type CreateImpiloPatientInput = z.input<typeof createPatientSchema>;

export const patientSchema = z.object({
  id: impiloId,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  dateOfBirth: isoDate.nullish(),
  externalIdentifier: z.string().nullish(),
  siteId: impiloId.nullish(),
  address: impiloAddressSchema.nullish(),
  createdAt: isoDateTime.nullish(),
});
export type ImpiloPatient = z.infer<typeof patientSchema>;

/** CONFIRMED filters: page, size (≤ 250), name, email, externalIdentifier, siteId, dateOfBirthMin/Max, postalCode. */
export const patientFiltersSchema = pagingSchema
  .extend({
    name: z.string().trim().min(1).optional(),
    email: z.string().trim().min(1).optional(),
    externalIdentifier: z.string().trim().min(1).optional(),
    siteId: impiloId.optional(),
    dateOfBirthMin: isoDate.optional(),
    dateOfBirthMax: isoDate.optional(),
    postalCode: z.string().trim().min(1).optional(),
  })
  .refine((f) => !f.dateOfBirthMin || !f.dateOfBirthMax || f.dateOfBirthMin <= f.dateOfBirthMax, {
    message: 'dateOfBirthMin must not be after dateOfBirthMax.',
    path: ['dateOfBirthMin'],
  });
export type ImpiloPatientFilters = z.input<typeof patientFiltersSchema>;

export const patientPageSchema = page(patientSchema);

interface Opts {
  signal?: AbortSignal;
}

export async function createImpiloPatient(input: CreateImpiloPatientInput, options: Opts = {}) {
  return impiloClient.request({
    method: 'POST',
    path: impiloPaths.patients,
    endpoint: impiloEndpoints.createPatient,
    json: createPatientSchema.parse(input),
    schema: patientSchema,
    signal: options.signal,
  });
}

export async function listImpiloPatients(filters: ImpiloPatientFilters = {}, options: Opts = {}) {
  return impiloClient.request({
    path: impiloPaths.patients,
    endpoint: impiloEndpoints.listPatients,
    query: patientFiltersSchema.parse(filters),
    schema: patientPageSchema,
    signal: options.signal,
  });
}

export async function getImpiloPatient(patientId: string, options: Opts = {}) {
  return impiloClient.request({
    path: impiloPaths.patient(impiloId.parse(patientId)),
    endpoint: impiloEndpoints.getPatient,
    schema: patientSchema,
    signal: options.signal,
  });
}

export const impiloPatientKeys = {
  all: ['impilo', 'patients'] as const,
  list: (filters: ImpiloPatientFilters) => [...impiloPatientKeys.all, 'list', filters] as const,
  detail: (patientId: string) => [...impiloPatientKeys.all, 'detail', patientId] as const,
};

export const impiloPatientsQuery = (filters: ImpiloPatientFilters = {}) =>
  queryOptions({
    queryKey: impiloPatientKeys.list(filters),
    queryFn: ({ signal }) => listImpiloPatients(filters, { signal }),
    placeholderData: keepPreviousData,
  });

export const impiloPatientQuery = (patientId: string) =>
  queryOptions({
    queryKey: impiloPatientKeys.detail(patientId),
    queryFn: ({ signal }) => getImpiloPatient(patientId, { signal }),
  });

export function useImpiloPatients(filters: ImpiloPatientFilters = {}) {
  return useQuery(impiloPatientsQuery(filters));
}

export function useImpiloPatient(patientId: string | undefined) {
  return useQuery({ ...impiloPatientQuery(patientId ?? ''), enabled: !!patientId });
}

export function useCreateImpiloPatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateImpiloPatientInput) => createImpiloPatient(input),
    onSuccess: (patient) => {
      queryClient.setQueryData(impiloPatientKeys.detail(patient.id), patient);
      return queryClient.invalidateQueries({ queryKey: [...impiloPatientKeys.all, 'list'] });
    },
  });
}
