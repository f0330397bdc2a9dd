import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { isoDateSchema, soloAckSchema, soloCareKeyRoot, unixSecondsSchema } from './care-common';
import { soloClient } from './client';

/** Episodes of care: create for a patient, list a patient's, get, update, their appointments, reassignment. */

interface CallOptions {
  signal?: AbortSignal;
}

export const soloEpisodeStatuses = [
  'PLANNING',
  'WAITLIST',
  'ACTIVE',
  'ONHOLD',
  'FINISHED',
  'CANCELED',
] as const;
export const soloEpisodeStatusSchema = z.enum(soloEpisodeStatuses);
export type SoloEpisodeStatus = z.infer<typeof soloEpisodeStatusSchema>;

/** Answers write the status in lower case (`planning`): read it case-insensitively (assumption 10). */
const episodeStatusReadSchema = z
  .string()
  .transform((value) => value.toUpperCase())
  .pipe(soloEpisodeStatusSchema);

/** Create and update body. */
export const soloEpisodeInputSchema = z
  .object({
    name: z.string().trim().min(1, 'name is required'),
    /** A predefined episode type (the list is not published). */
    type: z.string().trim().min(1, 'type is required'),
    from: isoDateSchema,
    to: isoDateSchema.optional(),
    status: soloEpisodeStatusSchema,
    objective: z.string().optional(),
    reasonIncomplete: z.string().optional(),
  })
  .superRefine((episode, ctx) => {
    if (episode.to !== undefined && episode.to < episode.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from' });
    }
  });
export type SoloEpisodeInput = z.input<typeof soloEpisodeInputSchema>;

export const soloEpisodeCreatedSchema = z.object({ episodeId: z.string().min(1) });

const episodeFields = {
  id: z.string(),
  name: z.string(),
  from: z.string(),
  to: z.string().nullable().optional(),
  type: z.string(),
  status: episodeStatusReadSchema,
  objective: z.string().nullable().optional(),
  reasonIncomplete: z.string().nullable().optional(),
};

/** An item of a patient's list (`patientId` is the caller's patient id). */
export const soloEpisodeListItemSchema = z.object({ ...episodeFields, patientId: z.string() });
export const soloEpisodeListSchema = z.object({ episodes: z.array(soloEpisodeListItemSchema) });
export type SoloEpisodeListItem = z.infer<typeof soloEpisodeListItemSchema>;

export const soloEpisodeSchema = z.object({
  ...episodeFields,
  soloPatientId: z.number().int().positive(),
  externalPatientId: z.string(),
});
export type SoloEpisode = z.infer<typeof soloEpisodeSchema>;

export const soloEpisodeAppointmentsSchema = z.object({
  episode: soloEpisodeSchema,
  appointments: z.array(
    z.object({
      appointmentId: z.number().int().positive(),
      date: unixSecondsSchema,
      reasons: z.array(z.string()),
      hasNotes: z.boolean(),
      episodeOfCareId: z.string(),
    }),
  ),
});
export type SoloEpisodeAppointments = z.infer<typeof soloEpisodeAppointmentsSchema>;

/** Without `episodeId` the appointment leaves its episode. */
export const soloAssignEpisodeSchema = z.object({ episodeId: z.string().min(1).optional() });
export type SoloAssignEpisodeInput = z.input<typeof soloAssignEpisodeSchema>;

export const soloEpisodeKeys = {
  all: [...soloCareKeyRoot, 'episodes'] as const,
  forPatient: (patientId: string) => [...soloEpisodeKeys.all, 'patient', patientId] as const,
  detail: (episodeId: string) => [...soloEpisodeKeys.all, 'detail', episodeId] as const,
  appointments: (episodeId: string) => [...soloEpisodeKeys.all, 'detail', episodeId, 'appointments'] as const,
};

const enc = encodeURIComponent;

export async function createSoloEpisode(
  patientId: string,
  input: SoloEpisodeInput,
  options: CallOptions = {},
): Promise<string> {
  const body = soloEpisodeInputSchema.parse(input);
  const created = await soloClient.request({
    method: 'POST',
    path: `/qapi/v1/patients/${enc(patientId)}/episodes`,
    endpoint: 'POST /qapi/v1/patients/{patient_id}/episodes',
    json: body,
    schema: soloEpisodeCreatedSchema,
    signal: options.signal,
  });
  return created.episodeId;
}

export async function listSoloEpisodes(
  patientId: string,
  options: CallOptions = {},
): Promise<SoloEpisodeListItem[]> {
  const list = await soloClient.request({
    path: `/qapi/v1/patients/${enc(patientId)}/episodes`,
    endpoint: 'GET /qapi/v1/patients/{patient_id}/episodes',
    schema: soloEpisodeListSchema,
    signal: options.signal,
  });
  return list.episodes;
}

export async function getSoloEpisode(episodeId: string, options: CallOptions = {}): Promise<SoloEpisode> {
  return soloClient.request({
    path: `/qapi/v1/episodes/${enc(episodeId)}`,
    endpoint: 'GET /qapi/v1/episodes/{episode_id}',
    schema: soloEpisodeSchema,
    signal: options.signal,
  });
}

export async function updateSoloEpisode(
  episodeId: string,
  input: SoloEpisodeInput,
  options: CallOptions = {},
): Promise<void> {
  const body = soloEpisodeInputSchema.parse(input);
  await soloClient.request({
    method: 'PUT',
    path: `/qapi/v1/episodes/${enc(episodeId)}`,
    endpoint: 'PUT /qapi/v1/episodes/{episode_id}',
    json: body,
    schema: soloAckSchema,
    signal: options.signal,
  });
}

export async function getSoloEpisodeAppointments(
  episodeId: string,
  options: CallOptions = {},
): Promise<SoloEpisodeAppointments> {
  return soloClient.request({
    path: `/qapi/v1/episodes/${enc(episodeId)}/appointments`,
    endpoint: 'GET /qapi/v1/episodes/{episode_id}/appointments',
    schema: soloEpisodeAppointmentsSchema,
    signal: options.signal,
  });
}

export async function assignSoloAppointmentEpisode(
  appointmentId: number,
  input: SoloAssignEpisodeInput,
  options: CallOptions = {},
): Promise<void> {
  const body = soloAssignEpisodeSchema.parse(input);
  await soloClient.request({
    method: 'PUT',
    path: `/qapi/v1/appointments/${appointmentId}/episode/assign`,
    endpoint: 'PUT /qapi/v1/appointments/{appointment_id}/episode/assign',
    json: body,
    schema: soloAckSchema,
    signal: options.signal,
  });
}

export const soloEpisodesQuery = (patientId: string) =>
  queryOptions({
    queryKey: soloEpisodeKeys.forPatient(patientId),
    queryFn: ({ signal }) => listSoloEpisodes(patientId, { signal }),
  });

export const soloEpisodeQuery = (episodeId: string) =>
  queryOptions({
    queryKey: soloEpisodeKeys.detail(episodeId),
    queryFn: ({ signal }) => getSoloEpisode(episodeId, { signal }),
  });

export const soloEpisodeAppointmentsQuery = (episodeId: string) =>
  queryOptions({
    queryKey: soloEpisodeKeys.appointments(episodeId),
    queryFn: ({ signal }) => getSoloEpisodeAppointments(episodeId, { signal }),
  });

export function useSoloEpisodes(patientId: string | undefined) {
  return useQuery({ ...soloEpisodesQuery(patientId ?? ''), enabled: Boolean(patientId) });
}

export function useSoloEpisode(episodeId: string | undefined) {
  return useQuery({ ...soloEpisodeQuery(episodeId ?? ''), enabled: Boolean(episodeId) });
}

export function useSoloEpisodeAppointments(episodeId: string | undefined) {
  return useQuery({ ...soloEpisodeAppointmentsQuery(episodeId ?? ''), enabled: Boolean(episodeId) });
}

export function useCreateSoloEpisode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { patientId: string; input: SoloEpisodeInput }) =>
      createSoloEpisode(args.patientId, args.input),
    onSuccess: (_id, args) =>
      queryClient.invalidateQueries({ queryKey: soloEpisodeKeys.forPatient(args.patientId) }),
  });
}

export function useUpdateSoloEpisode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { episodeId: string; input: SoloEpisodeInput }) =>
      updateSoloEpisode(args.episodeId, args.input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: soloEpisodeKeys.all }),
  });
}

/** Moves an appointment to another episode (or out of its episode): both episodes' lists change. */
export function useAssignSoloAppointmentEpisode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { appointmentId: number; input: SoloAssignEpisodeInput }) =>
      assignSoloAppointmentEpisode(args.appointmentId, args.input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: soloEpisodeKeys.all }),
  });
}
