import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { soloAckSchema, soloCareKeyRoot } from './care-common';
import { soloClient } from './client';

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
  name: z.string().trim().min(1, 'name is required'),
  questions: z
    .array(z.object({ id: z.string().min(1, 'question id is required'), value: z.array(z.string()) }))
    .min(1, 'at least one question is required'),
});
export type SoloUpdateVisitNoteInput = z.input<typeof soloUpdateVisitNoteSchema>;

export const soloVisitNoteKeys = {
  all: [...soloCareKeyRoot, 'visit-notes'] as const,
  byAppointment: (appointmentId: number) => [...soloVisitNoteKeys.all, appointmentId] as const,
};

export async function getSoloVisitNote(
  appointmentId: number,
  options: { signal?: AbortSignal } = {},
): Promise<SoloVisitNote[]> {
  return soloClient.request({
    path: `/qapi/v1/appointments/${appointmentId}/visit-note`,
    endpoint: 'GET /qapi/v1/appointments/{appointment_id}/visit-note',
    schema: soloVisitNotesSchema,
    signal: options.signal,
  });
}

export async function updateSoloVisitNote(
  appointmentId: number,
  input: SoloUpdateVisitNoteInput,
  options: { signal?: AbortSignal } = {},
): Promise<void> {
  const body = soloUpdateVisitNoteSchema.parse(input);
  await soloClient.request({
    method: 'PUT',
    path: `/qapi/v1/appointments/${appointmentId}/visit-note`,
    endpoint: 'PUT /qapi/v1/appointments/{appointment_id}/visit-note',
    json: body,
    schema: soloAckSchema,
    signal: options.signal,
  });
}

export const soloVisitNoteQuery = (appointmentId: number) =>
  queryOptions({
    queryKey: soloVisitNoteKeys.byAppointment(appointmentId),
    queryFn: ({ signal }) => getSoloVisitNote(appointmentId, { signal }),
  });

export function useSoloVisitNote(appointmentId: number | undefined) {
  return useQuery({ ...soloVisitNoteQuery(appointmentId ?? 0), enabled: appointmentId !== undefined });
}

export function useUpdateSoloVisitNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { appointmentId: number; input: SoloUpdateVisitNoteInput }) =>
      updateSoloVisitNote(args.appointmentId, args.input),
    onSuccess: (_data, args) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: soloVisitNoteKeys.byAppointment(args.appointmentId) }),
        // The episode's appointment list shows `hasNotes`.
        queryClient.invalidateQueries({ queryKey: [...soloCareKeyRoot, 'episodes'] }),
      ]),
  });
}
