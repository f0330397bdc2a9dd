import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type WithMutationConfig, type WithQueryConfig, withMutationConfig } from '../query-config';
import { listSoloAgenda } from './appointment-agenda';
import {
  bookSoloAppointmentOnce,
  cancelSoloAppointmentOnce,
  rescheduleSoloAppointmentOnce,
  type SoloBooking,
  type SoloBookingRequest,
} from './appointment-book-once';
import { soloKeys } from './queries';
import type { SoloCsvDataDumpRange } from './reports';

/**
 * Query options and hooks of scheduling: the agenda (appointments of a few days, from the CSV data dump)
 * and booking once. Keys sit under `soloKeys.appointments()`, so any appointment change refreshes the agenda.
 */

export const soloAgendaKey = (range: SoloCsvDataDumpRange) =>
  [...soloKeys.appointments(), 'agenda', range.from, range.to] as const;

export const soloAgendaQuery = (range: SoloCsvDataDumpRange) =>
  queryOptions({
    queryKey: soloAgendaKey(range),
    queryFn: ({ signal }) => listSoloAgenda(range, { signal }),
    staleTime: 0,
  });

export function useSoloAgenda(
  range: SoloCsvDataDumpRange | undefined,
  { queryConfig }: WithQueryConfig<typeof soloAgendaQuery> = {},
) {
  return useQuery({
    ...soloAgendaQuery(range ?? { from: '1970-01-01', to: '1970-01-01' }),
    enabled: range !== undefined,
    ...queryConfig,
  });
}

export interface SoloBookArgs {
  request: SoloBookingRequest;
  /** An earlier attempt with the same external id was sent and its outcome is unknown. */
  alreadySent: boolean;
}

/** Books once; success or failure, the free slots and the agenda are refreshed (a taken slot must vanish). */
export function useBookSoloAppointment({
  mutationConfig,
}: WithMutationConfig<SoloBooking, SoloBookArgs> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: ({ request, alreadySent }: SoloBookArgs) =>
          bookSoloAppointmentOnce(request, { alreadySent }),
        onSettled: () =>
          Promise.all([
            queryClient.invalidateQueries({ queryKey: soloKeys.slots() }),
            queryClient.invalidateQueries({ queryKey: soloKeys.appointments() }),
            queryClient.invalidateQueries({ queryKey: soloKeys.episodes() }),
          ]),
      },
      mutationConfig,
    ),
  );
}

export interface SoloRescheduleArgs {
  change: { id: number; waitingRoom: string; date: number; duration: number };
  alreadySent: boolean;
}

/** Moves an appointment once; the appointment, the free slots and the agenda are refreshed either way. */
export function useRescheduleSoloAppointment({
  mutationConfig,
}: WithMutationConfig<SoloBooking, SoloRescheduleArgs> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: ({ change, alreadySent }: SoloRescheduleArgs) =>
          rescheduleSoloAppointmentOnce(change, { alreadySent }),
        onSettled: () =>
          Promise.all([
            queryClient.invalidateQueries({ queryKey: soloKeys.slots() }),
            queryClient.invalidateQueries({ queryKey: soloKeys.appointments() }),
            queryClient.invalidateQueries({ queryKey: soloKeys.episodes() }),
          ]),
      },
      mutationConfig,
    ),
  );
}

/** Cancels once; the appointment, the free slots (a cancelled visit frees its slot) and the agenda are refreshed. */
export function useCancelSoloAppointmentOnce({
  mutationConfig,
}: WithMutationConfig<{ replayed: boolean }, number> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (id: number) => cancelSoloAppointmentOnce(id),
        onSettled: () =>
          Promise.all([
            queryClient.invalidateQueries({ queryKey: soloKeys.slots() }),
            queryClient.invalidateQueries({ queryKey: soloKeys.appointments() }),
          ]),
      },
      mutationConfig,
    ),
  );
}
