import { z } from 'zod';
import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { soloClient } from './client';
import { soloAckSchema } from './common';
import { soloEndpoints } from './endpoints';

/** The visit note (appointment note) of an appointment: get, and update the answers to its questions. */

export const soloVisitNoteCommentSchema = z.object({
  id: z.string(),
  templateId: z.string(),
  message: z.string(),
  postedAt: z.number().int().nonnegative(),
  author: z.object({ id: z.number().int(), username: z.string() }),
});

export const soloVisitNoteResponseSchema = z.object({
  /** A PHP DateTime: `date` is local time in `timezone`. */
  dateTime: z.object({ date: z.string(), timezone_type: z.number().int(), timezone: z.string() }),
  question: z.array(z.string()),
  response: z.array(z.string()),
});

export const soloVisitNoteSchema = z.object({
  /** The visit-note template id. */
  id: z.string(),
  template: z.object({ name: z.string(), flow: z.object({ sections: z.array(z.unknown()) }) }),
  comments: z.array(soloVisitNoteCommentSchema),
  responses: z.array(soloVisitNoteResponseSchema),
});
export type SoloVisitNote = z.infer<typeof soloVisitNoteSchema>;
export const soloVisitNotesSchema = z.array(soloVisitNoteSchema);

export const soloUpdateVisitNoteSchema = z.object({
  /** The template name. */
  name: z.string().trim().min(1),
  questions: z.array(z.object({ id: z.string().min(1), value: z.array(z.string()) })).min(1),
});
export type SoloUpdateVisitNoteInput = z.input<typeof soloUpdateVisitNoteSchema>;

export async function getSoloVisitNote(
  appointmentId: number,
  options: CallOptions = {},
): Promise<SoloVisitNote[]> {
  return soloClient.request({
    ...soloEndpoints.getVisitNote.at({ appointment_id: appointmentId }),
    schema: soloVisitNotesSchema,
    ...options,
  });
}

export async function updateSoloVisitNote(
  appointmentId: number,
  input: SoloUpdateVisitNoteInput,
  options: CallOptions = {},
): Promise<void> {
  const body = parseInput('solo', soloEndpoints.updateVisitNote.name, soloUpdateVisitNoteSchema, input);
  await soloClient.request({
    ...soloEndpoints.updateVisitNote.at({ appointment_id: appointmentId }),
    json: body,
    schema: soloAckSchema,
    ...options,
  });
}
