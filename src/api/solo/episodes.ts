import { z } from 'zod';
import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { soloClient } from './client';
import { soloAckSchema, soloIsoDateSchema, soloUnixSecondsSchema } from './common';
import { soloEndpoints } from './endpoints';

/** Episodes of care: create for a patient, list a patient's, get, update, their appointments, reassignment. */

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
    name: z.string().trim().min(1),
    /** A predefined episode type (the list is not published). */
    type: z.string().trim().min(1),
    from: soloIsoDateSchema,
    to: soloIsoDateSchema.optional(),
    status: soloEpisodeStatusSchema,
    objective: z.string().optional(),
    reasonIncomplete: z.string().optional(),
  })
  .superRefine((episode, ctx) => {
    if (episode.to !== undefined && episode.to < episode.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.windowReversed' });
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
      date: soloUnixSecondsSchema,
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

export async function createSoloEpisode(
  patientId: string,
  input: SoloEpisodeInput,
  options: CallOptions = {},
): Promise<string> {
  const body = parseInput('solo', soloEndpoints.createEpisode.name, soloEpisodeInputSchema, input);
  const created = await soloClient.request({
    ...soloEndpoints.createEpisode.at({ patient_id: patientId }),
    json: body,
    schema: soloEpisodeCreatedSchema,
    ...options,
  });
  return created.episodeId;
}

export async function listSoloEpisodes(
  patientId: string,
  options: CallOptions = {},
): Promise<SoloEpisodeListItem[]> {
  const list = await soloClient.request({
    ...soloEndpoints.listEpisodes.at({ patient_id: patientId }),
    schema: soloEpisodeListSchema,
    ...options,
  });
  return list.episodes;
}

export async function getSoloEpisode(episodeId: string, options: CallOptions = {}): Promise<SoloEpisode> {
  return soloClient.request({
    ...soloEndpoints.getEpisode.at({ episode_id: episodeId }),
    schema: soloEpisodeSchema,
    ...options,
  });
}

export async function updateSoloEpisode(
  episodeId: string,
  input: SoloEpisodeInput,
  options: CallOptions = {},
): Promise<void> {
  const body = parseInput('solo', soloEndpoints.updateEpisode.name, soloEpisodeInputSchema, input);
  await soloClient.request({
    ...soloEndpoints.updateEpisode.at({ episode_id: episodeId }),
    json: body,
    schema: soloAckSchema,
    ...options,
  });
}

export async function getSoloEpisodeAppointments(
  episodeId: string,
  options: CallOptions = {},
): Promise<SoloEpisodeAppointments> {
  return soloClient.request({
    ...soloEndpoints.getEpisodeAppointments.at({ episode_id: episodeId }),
    schema: soloEpisodeAppointmentsSchema,
    ...options,
  });
}

export async function assignSoloAppointmentEpisode(
  appointmentId: number,
  input: SoloAssignEpisodeInput,
  options: CallOptions = {},
): Promise<void> {
  const body = parseInput(
    'solo',
    soloEndpoints.assignAppointmentEpisode.name,
    soloAssignEpisodeSchema,
    input,
  );
  await soloClient.request({
    ...soloEndpoints.assignAppointmentEpisode.at({ appointment_id: appointmentId }),
    json: body,
    schema: soloAckSchema,
    ...options,
  });
}
