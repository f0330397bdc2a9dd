import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type WithMutationConfig, type WithQueryConfig, withMutationConfig } from '../query-config';
import {
  createSoloAppointment,
  getSoloAppointment,
  getSoloMsTeamsProviderLink,
  getSoloProviderLink,
  getSoloVideoCallLinksByExternalId,
  getSoloVideoCallLinksBySaid,
  type SoloAppointmentCreated,
  type SoloCreateAppointmentInput,
  type SoloPatientRef,
  type SoloUpdateAppointmentInput,
  updateSoloAppointment,
} from './appointments';
import { soloKeys } from './queries';

/** Query options and hooks of Solo appointments (keys: `soloKeys` in ./queries.ts). */

export const soloAppointmentQuery = (id: number) =>
  queryOptions({
    queryKey: soloKeys.appointment(id),
    queryFn: ({ signal }) => getSoloAppointment(id, { signal }),
  });

export const soloProviderLinkQuery = (id: number) =>
  queryOptions({
    queryKey: soloKeys.providerLink(id),
    queryFn: ({ signal }) => getSoloProviderLink(id, { signal }),
  });

/** The Teams token is not part of the key (it is a secret); it is only used to fetch. */
export const soloMsTeamsProviderLinkQuery = (id: number, teamsAuthToken: string) =>
  queryOptions({
    queryKey: soloKeys.msTeamsProviderLink(id),
    queryFn: ({ signal }) => getSoloMsTeamsProviderLink(id, teamsAuthToken, { signal }),
  });

export const soloVideoCallLinksBySaidQuery = (id: number) =>
  queryOptions({
    queryKey: soloKeys.videoCallLinksBySaid(id),
    queryFn: ({ signal }) => getSoloVideoCallLinksBySaid(id, { signal }),
  });

export const soloVideoCallLinksByExternalIdQuery = (externalId: string) =>
  queryOptions({
    queryKey: soloKeys.videoCallLinksByExternalId(externalId),
    queryFn: ({ signal }) => getSoloVideoCallLinksByExternalId(externalId, { signal }),
  });

export function useSoloAppointment(
  id: number | undefined,
  { queryConfig }: WithQueryConfig<typeof soloAppointmentQuery> = {},
) {
  return useQuery({ ...soloAppointmentQuery(id ?? 0), enabled: id !== undefined, ...queryConfig });
}

export function useSoloProviderLink(
  id: number | undefined,
  { queryConfig }: WithQueryConfig<typeof soloProviderLinkQuery> = {},
) {
  return useQuery({ ...soloProviderLinkQuery(id ?? 0), enabled: id !== undefined, ...queryConfig });
}

export function useSoloMsTeamsProviderLink(
  id: number | undefined,
  teamsAuthToken: string | undefined,
  { queryConfig }: WithQueryConfig<typeof soloMsTeamsProviderLinkQuery> = {},
) {
  return useQuery({
    ...soloMsTeamsProviderLinkQuery(id ?? 0, teamsAuthToken ?? ''),
    enabled: id !== undefined && Boolean(teamsAuthToken),
    ...queryConfig,
  });
}

export function useSoloVideoCallLinksBySaid(
  id: number | undefined,
  { queryConfig }: WithQueryConfig<typeof soloVideoCallLinksBySaidQuery> = {},
) {
  return useQuery({ ...soloVideoCallLinksBySaidQuery(id ?? 0), enabled: id !== undefined, ...queryConfig });
}

export function useSoloVideoCallLinksByExternalId(
  externalId: string | undefined,
  { queryConfig }: WithQueryConfig<typeof soloVideoCallLinksByExternalIdQuery> = {},
) {
  return useQuery({
    ...soloVideoCallLinksByExternalIdQuery(externalId ?? ''),
    enabled: Boolean(externalId),
    ...queryConfig,
  });
}

/** Booking changes the free slots, the episode's appointment list and the patient's data. */
export function useCreateSoloAppointment({
  mutationConfig,
}: WithMutationConfig<
  SoloAppointmentCreated,
  { patient: SoloPatientRef; input: SoloCreateAppointmentInput }
> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (args: { patient: SoloPatientRef; input: SoloCreateAppointmentInput }) =>
          createSoloAppointment(args.patient, args.input),
        onSuccess: () =>
          Promise.all([
            queryClient.invalidateQueries({ queryKey: soloKeys.slots() }),
            queryClient.invalidateQueries({ queryKey: soloKeys.episodes() }),
          ]),
      },
      mutationConfig,
    ),
  );
}

export function useUpdateSoloAppointment({
  mutationConfig,
}: WithMutationConfig<SoloAppointmentCreated, { id: number; input: SoloUpdateAppointmentInput }> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (args: { id: number; input: SoloUpdateAppointmentInput }) =>
          updateSoloAppointment(args.id, args.input),
        onSuccess: (_data, args) =>
          Promise.all([
            queryClient.invalidateQueries({ queryKey: soloKeys.appointment(args.id) }),
            queryClient.invalidateQueries({ queryKey: [...soloKeys.appointments(), 'external'] }),
            queryClient.invalidateQueries({ queryKey: soloKeys.slots() }),
            queryClient.invalidateQueries({ queryKey: soloKeys.episodes() }),
          ]),
      },
      mutationConfig,
    ),
  );
}
