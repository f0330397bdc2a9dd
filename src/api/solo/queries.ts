import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type WithMutationConfig, type WithQueryConfig, withMutationConfig } from '../query-config';
import type { SoloAssistanceLocator } from './assistance';
import {
  assignSoloAppointmentEpisode,
  createSoloEpisode,
  getSoloEpisode,
  getSoloEpisodeAppointments,
  listSoloEpisodes,
  type SoloAssignEpisodeInput,
  type SoloEpisodeInput,
  updateSoloEpisode,
} from './episodes';
import { createSoloPatientOnce, type SoloCreateOnceResult } from './patient-create-once';
import {
  createSoloPatient,
  getSoloPatient,
  getSoloPatientBySpid,
  type SoloCreatePatientInput,
  type SoloUpdatePatientInput,
  updateSoloPatient,
  updateSoloPatientBySpid,
} from './patients';
import type { SoloCsvDataDumpRange } from './reports';
import { getSoloSlots, type SoloSlotQuery, soloSlotQuerySchema } from './slots';
import { getSoloVisitNote, type SoloUpdateVisitNoteInput, updateSoloVisitNote } from './visit-notes';
import { listSoloWaitingRooms } from './waiting-rooms';

/**
 * Query keys of every Solo query: `[vendor, group, …]` (the care groups under `care`). Invalidating a prefix
 * invalidates what is under it. The appointments' hooks are in ./appointment-queries.ts, those of the
 * integration groups (assistance, attachments, documents, linking, perfect answer, reports, webhooks) in
 * ./integration-queries.ts.
 */
export const soloKeys = {
  all: ['solo'] as const,
  care: () => [...soloKeys.all, 'care'] as const,
  patients: () => [...soloKeys.care(), 'patients'] as const,
  patient: (patientId: string) => [...soloKeys.patients(), 'id', patientId] as const,
  patientBySpid: (spid: number) => [...soloKeys.patients(), 'spid', spid] as const,
  appointments: () => [...soloKeys.care(), 'appointments'] as const,
  appointment: (id: number) => [...soloKeys.appointments(), id] as const,
  providerLink: (id: number) => [...soloKeys.appointments(), id, 'provider-link'] as const,
  msTeamsProviderLink: (id: number) => [...soloKeys.appointments(), id, 'msteams-provider-link'] as const,
  videoCallLinksBySaid: (id: number) => [...soloKeys.appointments(), id, 'video-call-links'] as const,
  videoCallLinksByExternalId: (externalId: string) =>
    [...soloKeys.appointments(), 'external', externalId, 'video-call-links'] as const,
  slots: () => [...soloKeys.care(), 'slots'] as const,
  slotList: (query: SoloSlotQuery) =>
    [...soloKeys.slots(), query.waitingRoom, query.after, query.before, query.duration ?? null] as const,
  waitingRooms: () => [...soloKeys.care(), 'waiting-rooms'] as const,
  episodes: () => [...soloKeys.care(), 'episodes'] as const,
  episodeList: (patientId: string) => [...soloKeys.episodes(), 'patient', patientId] as const,
  episode: (episodeId: string) => [...soloKeys.episodes(), 'detail', episodeId] as const,
  episodeAppointments: (episodeId: string) =>
    [...soloKeys.episodes(), 'detail', episodeId, 'appointments'] as const,
  visitNotes: () => [...soloKeys.care(), 'visit-notes'] as const,
  visitNote: (appointmentId: number) => [...soloKeys.visitNotes(), appointmentId] as const,
  assistance: () => [...soloKeys.all, 'assistance'] as const,
  currentAssistanceRequest: (locator: SoloAssistanceLocator) =>
    [...soloKeys.assistance(), 'current', locator] as const,
  attachments: () => [...soloKeys.all, 'attachments'] as const,
  attachmentList: (appointmentId: string) => [...soloKeys.attachments(), 'list', appointmentId] as const,
  documents: () => [...soloKeys.all, 'documents'] as const,
  patientDocuments: (patientId: string) => [...soloKeys.documents(), patientId] as const,
  reports: () => [...soloKeys.all, 'reports'] as const,
  csvDataDump: (range: SoloCsvDataDumpRange) => [...soloKeys.reports(), 'csv-data-dump', range] as const,
  encounterReportStatus: (reportId: string) =>
    [...soloKeys.reports(), 'encounter', reportId, 'status'] as const,
  webhooks: () => [...soloKeys.all, 'webhooks'] as const,
  webhookList: () => [...soloKeys.webhooks(), 'list'] as const,
  webhook: (webhookId: string) => [...soloKeys.webhooks(), 'detail', webhookId] as const,
};

// ---- Patients ---------------------------------------------------------------------------------------

export const soloPatientQuery = (patientId: string) =>
  queryOptions({
    queryKey: soloKeys.patient(patientId),
    queryFn: ({ signal }) => getSoloPatient(patientId, { signal }),
  });

export const soloPatientBySpidQuery = (spid: number) =>
  queryOptions({
    queryKey: soloKeys.patientBySpid(spid),
    queryFn: ({ signal }) => getSoloPatientBySpid(spid, { signal }),
  });

export function useSoloPatient(
  patientId: string | undefined,
  { queryConfig }: WithQueryConfig<typeof soloPatientQuery> = {},
) {
  return useQuery({ ...soloPatientQuery(patientId ?? ''), enabled: Boolean(patientId), ...queryConfig });
}

export function useSoloPatientBySpid(
  spid: number | undefined,
  { queryConfig }: WithQueryConfig<typeof soloPatientBySpidQuery> = {},
) {
  return useQuery({ ...soloPatientBySpidQuery(spid ?? 0), enabled: spid !== undefined, ...queryConfig });
}

export function useCreateSoloPatient({
  mutationConfig,
}: WithMutationConfig<number, SoloCreatePatientInput> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (input: SoloCreatePatientInput) => createSoloPatient(input),
        onSuccess: () => queryClient.invalidateQueries({ queryKey: soloKeys.patients() }),
      },
      mutationConfig,
    ),
  );
}

/** A patient create: the input and the signal of the user's Cancel. */
export interface SoloWritePatientVariables {
  input: SoloCreatePatientInput;
  signal?: AbortSignal | undefined;
}

/** Creates a patient once by the caller's `id` (see ./patient-create-once.ts). */
export function useCreateSoloPatientOnce({
  mutationConfig,
}: WithMutationConfig<SoloCreateOnceResult, SoloWritePatientVariables> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: ({ input, signal }: SoloWritePatientVariables) =>
          createSoloPatientOnce(input, { signal }),
        onSuccess: () => queryClient.invalidateQueries({ queryKey: soloKeys.patients() }),
      },
      mutationConfig,
    ),
  );
}

export type SoloUpdatePatientArgs = (
  | { patientId: string; input: SoloUpdatePatientInput }
  | { spid: number; input: SoloUpdatePatientInput }
) & { signal?: AbortSignal | undefined };

/** Updates by patient id or by SPID. Every care query is invalidated (appointments embed the patient). */
export function useUpdateSoloPatient({
  mutationConfig,
}: WithMutationConfig<void, SoloUpdatePatientArgs> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (args: SoloUpdatePatientArgs) =>
          'spid' in args
            ? updateSoloPatientBySpid(args.spid, args.input, { signal: args.signal })
            : updateSoloPatient(args.patientId, args.input, { signal: args.signal }),
        onSuccess: () => queryClient.invalidateQueries({ queryKey: soloKeys.care() }),
      },
      mutationConfig,
    ),
  );
}

// ---- Slots and waiting rooms ------------------------------------------------------------------------

export const soloSlotsQuery = (query: SoloSlotQuery) =>
  queryOptions({
    queryKey: soloKeys.slotList(query),
    queryFn: ({ signal }) => getSoloSlots(query, { signal }),
    // Slots go stale as soon as anyone books: always refetch on mount.
    staleTime: 0,
  });

/** Runs only for a complete, valid query (a form being filled in sends nothing). */
export function useSoloSlots(
  query: SoloSlotQuery | undefined,
  { queryConfig }: WithQueryConfig<typeof soloSlotsQuery> = {},
) {
  const enabled = query !== undefined && soloSlotQuerySchema.safeParse(query).success;
  return useQuery({
    ...soloSlotsQuery(query ?? { after: 0, before: 0, waitingRoom: '' }),
    enabled,
    ...queryConfig,
  });
}

export const soloWaitingRoomsQuery = () =>
  queryOptions({
    queryKey: soloKeys.waitingRooms(),
    queryFn: ({ signal }) => listSoloWaitingRooms({ signal }),
    staleTime: 5 * 60_000,
  });

export function useSoloWaitingRooms({ queryConfig }: WithQueryConfig<typeof soloWaitingRoomsQuery> = {}) {
  return useQuery({ ...soloWaitingRoomsQuery(), ...queryConfig });
}

// ---- Episodes of care -------------------------------------------------------------------------------

export const soloEpisodesQuery = (patientId: string) =>
  queryOptions({
    queryKey: soloKeys.episodeList(patientId),
    queryFn: ({ signal }) => listSoloEpisodes(patientId, { signal }),
  });

export const soloEpisodeQuery = (episodeId: string) =>
  queryOptions({
    queryKey: soloKeys.episode(episodeId),
    queryFn: ({ signal }) => getSoloEpisode(episodeId, { signal }),
  });

export const soloEpisodeAppointmentsQuery = (episodeId: string) =>
  queryOptions({
    queryKey: soloKeys.episodeAppointments(episodeId),
    queryFn: ({ signal }) => getSoloEpisodeAppointments(episodeId, { signal }),
  });

export function useSoloEpisodes(
  patientId: string | undefined,
  { queryConfig }: WithQueryConfig<typeof soloEpisodesQuery> = {},
) {
  return useQuery({ ...soloEpisodesQuery(patientId ?? ''), enabled: Boolean(patientId), ...queryConfig });
}

export function useSoloEpisode(
  episodeId: string | undefined,
  { queryConfig }: WithQueryConfig<typeof soloEpisodeQuery> = {},
) {
  return useQuery({ ...soloEpisodeQuery(episodeId ?? ''), enabled: Boolean(episodeId), ...queryConfig });
}

export function useSoloEpisodeAppointments(
  episodeId: string | undefined,
  { queryConfig }: WithQueryConfig<typeof soloEpisodeAppointmentsQuery> = {},
) {
  return useQuery({
    ...soloEpisodeAppointmentsQuery(episodeId ?? ''),
    enabled: Boolean(episodeId),
    ...queryConfig,
  });
}

export function useCreateSoloEpisode({
  mutationConfig,
}: WithMutationConfig<string, { patientId: string; input: SoloEpisodeInput }> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (args: { patientId: string; input: SoloEpisodeInput }) =>
          createSoloEpisode(args.patientId, args.input),
        onSuccess: (_id, args) =>
          queryClient.invalidateQueries({ queryKey: soloKeys.episodeList(args.patientId) }),
      },
      mutationConfig,
    ),
  );
}

export function useUpdateSoloEpisode({
  mutationConfig,
}: WithMutationConfig<void, { episodeId: string; input: SoloEpisodeInput }> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (args: { episodeId: string; input: SoloEpisodeInput }) =>
          updateSoloEpisode(args.episodeId, args.input),
        onSuccess: () => queryClient.invalidateQueries({ queryKey: soloKeys.episodes() }),
      },
      mutationConfig,
    ),
  );
}

/** Moves an appointment to another episode (or out of its episode): both episodes' lists change. */
export function useAssignSoloAppointmentEpisode({
  mutationConfig,
}: WithMutationConfig<void, { appointmentId: number; input: SoloAssignEpisodeInput }> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (args: { appointmentId: number; input: SoloAssignEpisodeInput }) =>
          assignSoloAppointmentEpisode(args.appointmentId, args.input),
        onSuccess: () => queryClient.invalidateQueries({ queryKey: soloKeys.episodes() }),
      },
      mutationConfig,
    ),
  );
}

// ---- Visit notes ------------------------------------------------------------------------------------

export const soloVisitNoteQuery = (appointmentId: number) =>
  queryOptions({
    queryKey: soloKeys.visitNote(appointmentId),
    queryFn: ({ signal }) => getSoloVisitNote(appointmentId, { signal }),
  });

export function useSoloVisitNote(
  appointmentId: number | undefined,
  { queryConfig }: WithQueryConfig<typeof soloVisitNoteQuery> = {},
) {
  return useQuery({
    ...soloVisitNoteQuery(appointmentId ?? 0),
    enabled: appointmentId !== undefined,
    ...queryConfig,
  });
}

export function useUpdateSoloVisitNote({
  mutationConfig,
}: WithMutationConfig<void, { appointmentId: number; input: SoloUpdateVisitNoteInput }> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (args: { appointmentId: number; input: SoloUpdateVisitNoteInput }) =>
          updateSoloVisitNote(args.appointmentId, args.input),
        onSuccess: (_data, args) =>
          Promise.all([
            queryClient.invalidateQueries({ queryKey: soloKeys.visitNote(args.appointmentId) }),
            // The episode's appointment list shows `hasNotes`.
            queryClient.invalidateQueries({ queryKey: soloKeys.episodes() }),
          ]),
      },
      mutationConfig,
    ),
  );
}
