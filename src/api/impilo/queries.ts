import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type WithMutationConfig, type WithQueryConfig, withMutationConfig } from '../query-config';
import { listImpiloItems, listImpiloKits } from './catalogue';
import type { ImpiloPaging } from './common';
import { createImpiloOrderOnce, type ImpiloOrderCreateOnceResult } from './order-create-once';
import {
  createImpiloOrder,
  getImpiloOrder,
  type ImpiloCreateOrderInput,
  type ImpiloOrder,
  listImpiloOrders,
} from './orders';
import { createImpiloPatientOnce, type ImpiloCreateOnceResult } from './patient-create-once';
import {
  createImpiloPatient,
  getImpiloPatient,
  type ImpiloCreatePatientInput,
  type ImpiloPatient,
  type ImpiloPatientFilters,
  type ImpiloUpdatePatientInput,
  listImpiloPatients,
  updateImpiloPatient,
} from './patients';
import { getImpiloSite, listImpiloSites } from './sites';
import {
  createImpiloWebhook,
  deleteImpiloWebhook,
  type ImpiloCreateWebhookInput,
  type ImpiloWebhook,
  listImpiloWebhooks,
} from './webhooks';

/** Query keys of every Impilo query: `[vendor, group, …]`. Invalidating a prefix invalidates what is under it. */
export const impiloKeys = {
  all: ['impilo'] as const,
  patients: () => [...impiloKeys.all, 'patients'] as const,
  patientList: (filters: ImpiloPatientFilters) => [...impiloKeys.patients(), 'list', filters] as const,
  patient: (patientId: string) => [...impiloKeys.patients(), 'detail', patientId] as const,
  sites: () => [...impiloKeys.all, 'sites'] as const,
  siteList: (paging: ImpiloPaging) => [...impiloKeys.sites(), 'list', paging] as const,
  site: (siteId: string) => [...impiloKeys.sites(), 'detail', siteId] as const,
  catalogue: () => [...impiloKeys.all, 'catalogue'] as const,
  itemList: (paging: ImpiloPaging) => [...impiloKeys.catalogue(), 'items', paging] as const,
  kitList: (paging: ImpiloPaging) => [...impiloKeys.catalogue(), 'kits', paging] as const,
  orders: () => [...impiloKeys.all, 'orders'] as const,
  orderList: (paging: ImpiloPaging) => [...impiloKeys.orders(), 'list', paging] as const,
  order: (orderId: string) => [...impiloKeys.orders(), 'detail', orderId] as const,
  webhooks: () => [...impiloKeys.all, 'webhooks'] as const,
};

// ---- Query options ----------------------------------------------------------------------------------

export const impiloPatientsQuery = (filters: ImpiloPatientFilters = {}) =>
  queryOptions({
    queryKey: impiloKeys.patientList(filters),
    queryFn: ({ signal }) => listImpiloPatients(filters, { signal }),
    placeholderData: keepPreviousData,
  });

export const impiloPatientQuery = (patientId: string) =>
  queryOptions({
    queryKey: impiloKeys.patient(patientId),
    queryFn: ({ signal }) => getImpiloPatient(patientId, { signal }),
  });

export const impiloSitesQuery = (paging: ImpiloPaging = {}) =>
  queryOptions({
    queryKey: impiloKeys.siteList(paging),
    queryFn: ({ signal }) => listImpiloSites(paging, { signal }),
    placeholderData: keepPreviousData,
  });

export const impiloSiteQuery = (siteId: string) =>
  queryOptions({
    queryKey: impiloKeys.site(siteId),
    queryFn: ({ signal }) => getImpiloSite(siteId, { signal }),
  });

export const impiloItemsQuery = (paging: ImpiloPaging = {}) =>
  queryOptions({
    queryKey: impiloKeys.itemList(paging),
    queryFn: ({ signal }) => listImpiloItems(paging, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000,
  });

export const impiloKitsQuery = (paging: ImpiloPaging = {}) =>
  queryOptions({
    queryKey: impiloKeys.kitList(paging),
    queryFn: ({ signal }) => listImpiloKits(paging, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000,
  });

export const impiloOrdersQuery = (paging: ImpiloPaging = {}) =>
  queryOptions({
    queryKey: impiloKeys.orderList(paging),
    queryFn: ({ signal }) => listImpiloOrders(paging, { signal }),
    placeholderData: keepPreviousData,
  });

export const impiloOrderQuery = (orderId: string) =>
  queryOptions({
    queryKey: impiloKeys.order(orderId),
    queryFn: ({ signal }) => getImpiloOrder(orderId, { signal }),
  });

export const impiloWebhooksQuery = () =>
  queryOptions({ queryKey: impiloKeys.webhooks(), queryFn: ({ signal }) => listImpiloWebhooks({ signal }) });

// ---- Hooks ------------------------------------------------------------------------------------------

export function useImpiloPatients(
  filters: ImpiloPatientFilters = {},
  { queryConfig }: WithQueryConfig<typeof impiloPatientsQuery> = {},
) {
  return useQuery({ ...impiloPatientsQuery(filters), ...queryConfig });
}

export function useImpiloPatient(
  patientId: string | undefined,
  { queryConfig }: WithQueryConfig<typeof impiloPatientQuery> = {},
) {
  return useQuery({ ...impiloPatientQuery(patientId ?? ''), enabled: !!patientId, ...queryConfig });
}

export function useCreateImpiloPatient({
  mutationConfig,
}: WithMutationConfig<ImpiloPatient, ImpiloCreatePatientInput> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (input: ImpiloCreatePatientInput) => createImpiloPatient(input),
        onSuccess: (patient) => {
          queryClient.setQueryData(impiloKeys.patient(patient.id), patient);
          return queryClient.invalidateQueries({ queryKey: [...impiloKeys.patients(), 'list'] });
        },
      },
      mutationConfig,
    ),
  );
}

/** A patient write: the input and the signal of the user's Cancel. */
export interface ImpiloCreatePatientOnceVariables {
  input: ImpiloCreatePatientInput & { externalIdentifier: string };
  signal?: AbortSignal | undefined;
}
export interface ImpiloUpdatePatientVariables {
  patientId: string;
  input: ImpiloUpdatePatientInput;
  signal?: AbortSignal | undefined;
}

/** Creates a patient once by its `externalIdentifier` (see ./patient-create-once.ts), with the user's Cancel signal. */
export function useCreateImpiloPatientOnce({
  mutationConfig,
}: WithMutationConfig<ImpiloCreateOnceResult, ImpiloCreatePatientOnceVariables> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: ({ input, signal }: ImpiloCreatePatientOnceVariables) =>
          createImpiloPatientOnce(input, { signal }),
        onSuccess: ({ patient }) => {
          queryClient.setQueryData(impiloKeys.patient(patient.id), patient);
          return queryClient.invalidateQueries({ queryKey: [...impiloKeys.patients(), 'list'] });
        },
      },
      mutationConfig,
    ),
  );
}

export function useUpdateImpiloPatient({
  mutationConfig,
}: WithMutationConfig<ImpiloPatient, ImpiloUpdatePatientVariables> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: ({ patientId, input, signal }: ImpiloUpdatePatientVariables) =>
          updateImpiloPatient(patientId, input, { signal }),
        onSuccess: (patient) => {
          queryClient.setQueryData(impiloKeys.patient(patient.id), patient);
          return queryClient.invalidateQueries({ queryKey: [...impiloKeys.patients(), 'list'] });
        },
      },
      mutationConfig,
    ),
  );
}

export function useImpiloSites(
  paging: ImpiloPaging = {},
  { queryConfig }: WithQueryConfig<typeof impiloSitesQuery> = {},
) {
  return useQuery({ ...impiloSitesQuery(paging), ...queryConfig });
}

export function useImpiloSite(
  siteId: string | undefined,
  { queryConfig }: WithQueryConfig<typeof impiloSiteQuery> = {},
) {
  return useQuery({ ...impiloSiteQuery(siteId ?? ''), enabled: !!siteId, ...queryConfig });
}

export function useImpiloItems(
  paging: ImpiloPaging = {},
  { queryConfig }: WithQueryConfig<typeof impiloItemsQuery> = {},
) {
  return useQuery({ ...impiloItemsQuery(paging), ...queryConfig });
}

export function useImpiloKits(
  paging: ImpiloPaging = {},
  { queryConfig }: WithQueryConfig<typeof impiloKitsQuery> = {},
) {
  return useQuery({ ...impiloKitsQuery(paging), ...queryConfig });
}

export function useImpiloOrders(
  paging: ImpiloPaging = {},
  { queryConfig }: WithQueryConfig<typeof impiloOrdersQuery> = {},
) {
  return useQuery({ ...impiloOrdersQuery(paging), ...queryConfig });
}

export function useImpiloOrder(
  orderId: string | undefined,
  { queryConfig }: WithQueryConfig<typeof impiloOrderQuery> = {},
) {
  return useQuery({ ...impiloOrderQuery(orderId ?? ''), enabled: !!orderId, ...queryConfig });
}

export function useCreateImpiloOrder({
  mutationConfig,
}: WithMutationConfig<ImpiloOrder, ImpiloCreateOrderInput> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (input: ImpiloCreateOrderInput) => createImpiloOrder(input),
        onSuccess: (order) => {
          queryClient.setQueryData(impiloKeys.order(order.id), order);
          return queryClient.invalidateQueries({ queryKey: [...impiloKeys.orders(), 'list'] });
        },
      },
      mutationConfig,
    ),
  );
}

export function useImpiloWebhooks({ queryConfig }: WithQueryConfig<typeof impiloWebhooksQuery> = {}) {
  return useQuery({ ...impiloWebhooksQuery(), ...queryConfig });
}

export function useCreateImpiloWebhook({
  mutationConfig,
}: WithMutationConfig<ImpiloWebhook, ImpiloCreateWebhookInput> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (input: ImpiloCreateWebhookInput) => createImpiloWebhook(input),
        onSuccess: () => queryClient.invalidateQueries({ queryKey: impiloKeys.webhooks() }),
      },
      mutationConfig,
    ),
  );
}

export function useDeleteImpiloWebhook({ mutationConfig }: WithMutationConfig<void, string> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (webhookId: string) => deleteImpiloWebhook(webhookId),
        onSuccess: () => queryClient.invalidateQueries({ queryKey: impiloKeys.webhooks() }),
      },
      mutationConfig,
    ),
  );
}

export interface ImpiloCreateOnceVariables {
  input: ImpiloCreateOrderInput;
  signal?: AbortSignal;
}

/** Creates an order, looking for an earlier attempt by its external order id first (./order-create-once.ts). */
export function useCreateImpiloOrderOnce({
  mutationConfig,
}: WithMutationConfig<ImpiloOrderCreateOnceResult, ImpiloCreateOnceVariables> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: ({ input, signal }: ImpiloCreateOnceVariables) =>
          createImpiloOrderOnce(input, { signal }),
        onSuccess: ({ order }) => {
          queryClient.setQueryData(impiloKeys.order(order.id), order);
          return queryClient.invalidateQueries({ queryKey: [...impiloKeys.orders(), 'list'] });
        },
      },
      mutationConfig,
    ),
  );
}
