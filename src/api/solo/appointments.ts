import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  durationSecondsSchema,
  SOLO_APPOINTMENT_UPDATE_STATUSES,
  soloCareKeyRoot,
  unixSecondsSchema,
} from './care-common';
import { soloClient } from './client';
import { soloDemographicsSchema } from './demographics';

/**
 * Solo appointments: create (by patient id, HSID or SPID), get, update (reschedule, cancel, external id,
 * reasons, encounter), and the video-call links (provider, MS Teams provider, provider + patient).
 * Times are unix timestamps in seconds (UTC); durations are seconds.
 */

interface CallOptions {
  signal?: AbortSignal;
}

/** The documented appointment status list. */
export const soloAppointmentStatuses = [
  'scheduled',
  'arrived',
  'in progress.intake.ready',
  'in progress.intake.progress',
  'in progress.exam.ready',
  'in progress.exam.progress',
  'discharge.ready',
  'discharge.progress',
  'completed',
  'sign off',
  'cancelled',
  'not showed up',
] as const;
export const soloAppointmentStatusSchema = z.enum(soloAppointmentStatuses);
export type SoloAppointmentStatus = z.infer<typeof soloAppointmentStatusSchema>;

export const soloVideoCallStatuses = [
  'LWBS',
  'incomplete',
  'complete',
  'finalizing',
  'on hold',
  'on call',
  'waiting',
] as const;
export const soloVideoCallStatusSchema = z.enum(soloVideoCallStatuses);
export type SoloVideoCallStatus = z.infer<typeof soloVideoCallStatusSchema>;

// ---- create -------------------------------------------------------------------------------------

export const soloCreateAppointmentSchema = z.object({
  /** Appointment date (unix seconds); without it the visit is on demand. */
  date: unixSecondsSchema.optional(),
  reasons: z.array(z.string()).optional(),
  /** By default the waiting room's slot duration is used. */
  duration: durationSecondsSchema.optional(),
  /** Waiting room name: required. */
  waitingRoom: z.string({ error: 'waitingRoom is required' }).trim().min(1, 'waitingRoom is required'),
  externalId: z.string().min(1).optional(),
  episodeOfCareId: z.string().min(1).optional(),
  /** Encounter id. */
  accountNumber: z.string().min(1).optional(),
});
export type SoloCreateAppointmentInput = z.input<typeof soloCreateAppointmentSchema>;

export const soloAppointmentCreatedSchema = z.object({
  id: z.number().int().positive(),
  visitUrl: z.url(),
});
export type SoloAppointmentCreated = z.infer<typeof soloAppointmentCreatedSchema>;

/** Whom the appointment is for: the caller's patient id, the EHR's HSID or the Solo Patient ID. */
export type SoloPatientRef = { patientId: string } | { hsid: string } | { spid: number };

// ---- get ----------------------------------------------------------------------------------------

export const soloVideoCallSchema = z.object({ id: z.string(), status: soloVideoCallStatusSchema });

export const soloProviderSchema = z.object({
  id: z.string(),
  email: z.string(),
  firstName: z.string(),
  middleName: z.string().optional(),
  lastName: z.string(),
});
export type SoloProvider = z.infer<typeof soloProviderSchema>;

export const soloAppointmentSchema = z.object({
  id: z.number().int().positive(),
  date: unixSecondsSchema,
  duration: z.number().int().nonnegative(),
  reasons: z.array(z.string()),
  status: soloAppointmentStatusSchema,
  videoCall: soloVideoCallSchema.nullable(),
  externalId: z.string().nullable(),
  patient: z.object({ id: z.string(), demographics: soloDemographicsSchema }),
  providers: z.array(soloProviderSchema),
});
export type SoloAppointment = z.infer<typeof soloAppointmentSchema>;

// ---- update -------------------------------------------------------------------------------------

export const soloUpdateAppointmentSchema = z
  .object({
    date: unixSecondsSchema.optional(),
    duration: durationSecondsSchema.optional(),
    /** Only `cancelled` may be set through the API (assumption 2 in care-common.ts). */
    status: z.enum(SOLO_APPOINTMENT_UPDATE_STATUSES).optional(),
    externalId: z.string().min(1).optional(),
    reasons: z.array(z.string()).optional(),
    accountNumber: z.string().min(1).optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'nothing to update');
export type SoloUpdateAppointmentInput = z.input<typeof soloUpdateAppointmentSchema>;

// ---- links --------------------------------------------------------------------------------------

export const soloProviderLinkSchema = z.object({
  id: z.number().int().positive(),
  providerVisitUrl: z.url(),
});
export type SoloProviderLink = z.infer<typeof soloProviderLinkSchema>;

export const soloMsTeamsProviderLinkSchema = z.object({
  id: z.number().int().positive(),
  msTeamsProviderVisitUrl: z.url(),
});
export type SoloMsTeamsProviderLink = z.infer<typeof soloMsTeamsProviderLinkSchema>;

export const soloVideoCallLinksSchema = z.object({
  /** Null when the appointment (fetched by SAID) has no external id. */
  appointmentExternalId: z.string().nullable(),
  providerVisitUrl: z.url(),
  patientVisitUrl: z.url(),
});
export type SoloVideoCallLinks = z.infer<typeof soloVideoCallLinksSchema>;

// ---- keys ---------------------------------------------------------------------------------------

export const soloAppointmentKeys = {
  all: [...soloCareKeyRoot, 'appointments'] as const,
  detail: (id: number) => [...soloAppointmentKeys.all, id] as const,
  providerLink: (id: number) => [...soloAppointmentKeys.all, id, 'provider-link'] as const,
  msTeamsLink: (id: number) => [...soloAppointmentKeys.all, id, 'msteams-provider-link'] as const,
  videoCallLinksBySaid: (id: number) => [...soloAppointmentKeys.all, id, 'video-call-links'] as const,
  videoCallLinksByExternalId: (externalId: string) =>
    [...soloAppointmentKeys.all, 'external', externalId, 'video-call-links'] as const,
};

const enc = encodeURIComponent;

// ---- functions ----------------------------------------------------------------------------------

function createPath(patient: SoloPatientRef): { path: string; endpoint: string } {
  if ('spid' in patient) {
    return {
      path: `/qapi/v1/patients/id/type/SPID/value/${patient.spid}/appointments`,
      endpoint: 'POST /qapi/v1/patients/id/type/SPID/value/{solo_patient_id}/appointments',
    };
  }
  if ('hsid' in patient) {
    return {
      path: `/qapi/v1/patients/HSID/${enc(patient.hsid)}/appointments`,
      endpoint: 'POST /qapi/v1/patients/HSID/{hsid}/appointments',
    };
  }
  return {
    path: `/qapi/v1/patients/${enc(patient.patientId)}/appointments`,
    endpoint: 'POST /qapi/v1/patients/{patient_id}/appointments',
  };
}

/** Books an appointment. A slot taken in the meantime answers 409 (VendorError). */
export async function createSoloAppointment(
  patient: SoloPatientRef,
  input: SoloCreateAppointmentInput,
  options: CallOptions = {},
): Promise<SoloAppointmentCreated> {
  const body = soloCreateAppointmentSchema.parse(input);
  return soloClient.request({
    method: 'POST',
    ...createPath(patient),
    json: body,
    schema: soloAppointmentCreatedSchema,
    signal: options.signal,
  });
}

export async function getSoloAppointment(id: number, options: CallOptions = {}): Promise<SoloAppointment> {
  return soloClient.request({
    path: `/qapi/v1/appointments/${id}`,
    endpoint: 'GET /qapi/v1/appointments/{appointment_id}',
    schema: soloAppointmentSchema,
    signal: options.signal,
  });
}

export async function updateSoloAppointment(
  id: number,
  input: SoloUpdateAppointmentInput,
  options: CallOptions = {},
): Promise<SoloAppointmentCreated> {
  const body = soloUpdateAppointmentSchema.parse(input);
  return soloClient.request({
    method: 'PUT',
    path: `/qapi/v1/appointments/${id}`,
    endpoint: 'PUT /qapi/v1/appointments/{appointment_id}',
    json: body,
    schema: soloAppointmentCreatedSchema,
    signal: options.signal,
  });
}

/** Moves the appointment (and optionally changes its length). */
export function rescheduleSoloAppointment(
  id: number,
  change: { date: number; duration?: number },
  options: CallOptions = {},
): Promise<SoloAppointmentCreated> {
  return updateSoloAppointment(id, change, options);
}

export function cancelSoloAppointment(
  id: number,
  options: CallOptions = {},
): Promise<SoloAppointmentCreated> {
  return updateSoloAppointment(id, { status: 'cancelled' }, options);
}

export function setSoloAppointmentExternalId(
  id: number,
  externalId: string,
  options: CallOptions = {},
): Promise<SoloAppointmentCreated> {
  return updateSoloAppointment(id, { externalId }, options);
}

export async function getSoloProviderLink(id: number, options: CallOptions = {}): Promise<SoloProviderLink> {
  return soloClient.request({
    path: `/qapi/v1/appointments/${id}/provider-link`,
    endpoint: 'GET /qapi/v1/appointments/{appointment_id}/provider-link',
    schema: soloProviderLinkSchema,
    signal: options.signal,
  });
}

/** Needs the provider's Microsoft Teams token, sent as `Teams-Auth-Token`. */
export async function getSoloMsTeamsProviderLink(
  id: number,
  teamsAuthToken: string,
  options: CallOptions = {},
): Promise<SoloMsTeamsProviderLink> {
  const token = z.string().trim().min(1, 'Teams-Auth-Token is required').parse(teamsAuthToken);
  return soloClient.request({
    path: `/qapi/v1/appointments/${id}/msteams-provider-link`,
    endpoint: 'GET /qapi/v1/appointments/{appointment_id}/msteams-provider-link',
    headers: { 'Teams-Auth-Token': token },
    schema: soloMsTeamsProviderLinkSchema,
    signal: options.signal,
  });
}

export async function getSoloVideoCallLinksByExternalId(
  externalId: string,
  options: CallOptions = {},
): Promise<SoloVideoCallLinks> {
  return soloClient.request({
    path: `/qapi/v1/appointments/${enc(externalId)}/video-call-links`,
    endpoint: 'GET /qapi/v1/appointments/{external_appointment_id}/video-call-links',
    schema: soloVideoCallLinksSchema,
    signal: options.signal,
  });
}

export async function getSoloVideoCallLinksBySaid(
  id: number,
  options: CallOptions = {},
): Promise<SoloVideoCallLinks> {
  return soloClient.request({
    path: `/qapi/v1/appointments/id/type/SAID/value/${id}/video-call-links`,
    endpoint: 'GET /qapi/v1/appointments/id/type/SAID/value/{solo_appointment_id}/video-call-links',
    schema: soloVideoCallLinksSchema,
    signal: options.signal,
  });
}

// ---- query options and hooks --------------------------------------------------------------------

export const soloAppointmentQuery = (id: number) =>
  queryOptions({
    queryKey: soloAppointmentKeys.detail(id),
    queryFn: ({ signal }) => getSoloAppointment(id, { signal }),
  });

export const soloProviderLinkQuery = (id: number) =>
  queryOptions({
    queryKey: soloAppointmentKeys.providerLink(id),
    queryFn: ({ signal }) => getSoloProviderLink(id, { signal }),
  });

/** The Teams token is not part of the key (it is a secret); it is only used to fetch. */
export const soloMsTeamsProviderLinkQuery = (id: number, teamsAuthToken: string) =>
  queryOptions({
    queryKey: soloAppointmentKeys.msTeamsLink(id),
    queryFn: ({ signal }) => getSoloMsTeamsProviderLink(id, teamsAuthToken, { signal }),
  });

export const soloVideoCallLinksBySaidQuery = (id: number) =>
  queryOptions({
    queryKey: soloAppointmentKeys.videoCallLinksBySaid(id),
    queryFn: ({ signal }) => getSoloVideoCallLinksBySaid(id, { signal }),
  });

export const soloVideoCallLinksByExternalIdQuery = (externalId: string) =>
  queryOptions({
    queryKey: soloAppointmentKeys.videoCallLinksByExternalId(externalId),
    queryFn: ({ signal }) => getSoloVideoCallLinksByExternalId(externalId, { signal }),
  });

export function useSoloAppointment(id: number | undefined) {
  return useQuery({ ...soloAppointmentQuery(id ?? 0), enabled: id !== undefined });
}

export function useSoloProviderLink(id: number | undefined) {
  return useQuery({ ...soloProviderLinkQuery(id ?? 0), enabled: id !== undefined });
}

export function useSoloMsTeamsProviderLink(id: number | undefined, teamsAuthToken: string | undefined) {
  return useQuery({
    ...soloMsTeamsProviderLinkQuery(id ?? 0, teamsAuthToken ?? ''),
    enabled: id !== undefined && Boolean(teamsAuthToken),
  });
}

export function useSoloVideoCallLinksBySaid(id: number | undefined) {
  return useQuery({ ...soloVideoCallLinksBySaidQuery(id ?? 0), enabled: id !== undefined });
}

export function useSoloVideoCallLinksByExternalId(externalId: string | undefined) {
  return useQuery({ ...soloVideoCallLinksByExternalIdQuery(externalId ?? ''), enabled: Boolean(externalId) });
}

/** Booking changes the free slots, the episode's appointment list and the patient's data. */
export function useCreateSoloAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { patient: SoloPatientRef; input: SoloCreateAppointmentInput }) =>
      createSoloAppointment(args.patient, args.input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [...soloCareKeyRoot, 'slots'] }),
        queryClient.invalidateQueries({ queryKey: [...soloCareKeyRoot, 'episodes'] }),
      ]),
  });
}

export function useUpdateSoloAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { id: number; input: SoloUpdateAppointmentInput }) =>
      updateSoloAppointment(args.id, args.input),
    onSuccess: (_data, args) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: soloAppointmentKeys.detail(args.id) }),
        queryClient.invalidateQueries({ queryKey: [...soloAppointmentKeys.all, 'external'] }),
        queryClient.invalidateQueries({ queryKey: [...soloCareKeyRoot, 'slots'] }),
        queryClient.invalidateQueries({ queryKey: [...soloCareKeyRoot, 'episodes'] }),
      ]),
  });
}
