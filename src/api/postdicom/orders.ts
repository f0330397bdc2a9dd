import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { CallOptions } from './call';
import { parseInput } from './errors';
import { postDicomRoots } from './keys';
import {
  idListSchema,
  idSchema,
  isoDateSchema,
  modalitySchema,
  orderSummarySchema,
  type PostDicomOrderSummary,
  successSchema,
} from './schemas';
import { runPostDicom } from './session';

/**
 * Method group "orders": the three searches (filters, date range, in folder), GetPatientOrderProperties,
 * GetViewUrl and DeleteOrder (moves the order to the recycle bin).
 */

export const orderSearchResultSchema = successSchema.extend({
  SearchResultList: z.array(orderSummarySchema),
});

export const orderFiltersSchema = z.object({
  userUuid: idSchema,
  /** Empty: every institution. */
  institutionUuidList: idListSchema.default([]),
  patientName: z.string().trim().default(''),
  accessionNumber: z.string().trim().max(16, 'At most 16 characters.').default(''),
  patientId: z.string().trim().default(''),
  otherPatientId: z.string().trim().default(''),
  /** Empty: every modality. */
  modalities: z.array(modalitySchema).default([]),
});
export type OrderFilters = z.input<typeof orderFiltersSchema>;

export const orderDateRangeFiltersSchema = orderFiltersSchema
  .extend({
    /** `YYYY-MM-DD`; empty: open. */
    startDate: z.union([z.literal(''), isoDateSchema]).default(''),
    endDate: z.union([z.literal(''), isoDateSchema]).default(''),
  })
  .refine((v) => !v.startDate || !v.endDate || v.startDate <= v.endDate, {
    message: 'The start date is after the end date.',
    path: ['endDate'],
  });
export type OrderDateRangeFilters = z.input<typeof orderDateRangeFiltersSchema>;

export const ordersInFolderInputSchema = z.object({ userUuid: idSchema, folderUuid: idSchema });
export type OrdersInFolderInput = z.input<typeof ordersInFolderInputSchema>;

/** `GetPatientOrderList(callback, userUuid, institutionUuidList, patientName, accessionNumber, patientId, otherPatientId, modalities)`. */
export async function getPatientOrderList(
  filters: OrderFilters,
  options: CallOptions = {},
): Promise<PostDicomOrderSummary[]> {
  const f = parseInput('GetPatientOrderList', orderFiltersSchema, filters);
  const result = await runPostDicom(
    {
      method: 'GetPatientOrderList',
      invoke: (api, cb) =>
        api.GetPatientOrderList(
          cb,
          f.userUuid,
          f.institutionUuidList,
          f.patientName,
          f.accessionNumber,
          f.patientId,
          f.otherPatientId,
          f.modalities,
        ),
      schema: orderSearchResultSchema,
    },
    options,
  );
  return result.SearchResultList;
}

/**
 * `GetPatientOrderListWithDateRange(…, startDate, endDate)`. Dates are passed as `YYYY-MM-DD` strings
 * (the doc only says "date"; unconfirmed) or empty.
 */
export async function getPatientOrderListWithDateRange(
  filters: OrderDateRangeFilters,
  options: CallOptions = {},
): Promise<PostDicomOrderSummary[]> {
  const f = parseInput('GetPatientOrderListWithDateRange', orderDateRangeFiltersSchema, filters);
  const result = await runPostDicom(
    {
      method: 'GetPatientOrderListWithDateRange',
      invoke: (api, cb) =>
        api.GetPatientOrderListWithDateRange(
          cb,
          f.userUuid,
          f.institutionUuidList,
          f.patientName,
          f.accessionNumber,
          f.patientId,
          f.otherPatientId,
          f.modalities,
          f.startDate,
          f.endDate,
        ),
      schema: orderSearchResultSchema,
    },
    options,
  );
  return result.SearchResultList;
}

/** `GetPatientOrderListInFolder(callback, userUuid, folderUuid)`. */
export async function getPatientOrderListInFolder(
  input: OrdersInFolderInput,
  options: CallOptions = {},
): Promise<PostDicomOrderSummary[]> {
  const v = parseInput('GetPatientOrderListInFolder', ordersInFolderInputSchema, input);
  const result = await runPostDicom(
    {
      method: 'GetPatientOrderListInFolder',
      invoke: (api, cb) => api.GetPatientOrderListInFolder(cb, v.userUuid, v.folderUuid),
      schema: orderSearchResultSchema,
    },
    options,
  );
  return result.SearchResultList;
}

// ---- One order --------------------------------------------------------------------------------------

export const orderRefSchema = z.object({
  userUuid: idSchema,
  patientOrderInstitutionUuid: idSchema,
  patientOrderUuid: idSchema,
});
export type OrderRef = z.input<typeof orderRefSchema>;

/** Every property of an order: the search fields plus whatever else the vendor sends (kept, not stripped). */
export const orderPropertiesSchema = z.looseObject({
  ...orderSummarySchema.shape,
  ReferringPhysiciansName: z.string().optional(),
  PatientComplaints: z.string().optional(),
  RequestedProcedureId: z.string().optional(),
  RequestingProcedureDescription: z.string().optional(),
  ScheduledEquipmentUuid: z.string().optional(),
  AssignedUserUuidList: z.array(z.string()).optional(),
  AssignedUserGroupUuidList: z.array(z.string()).optional(),
  FolderUuidList: z.array(z.string()).optional(),
  DocumentList: z.array(z.object({ FileName: z.string(), Size: z.number().int().nonnegative() })).optional(),
});
export const orderPropertiesResultSchema = successSchema.extend({
  PatientOrderProperties: orderPropertiesSchema,
});
export type PostDicomOrderProperties = z.infer<typeof orderPropertiesSchema>;

/** `GetPatientOrderProperties(userUuid, patientOrderInstitutionUuid, patientOrderUuid, callback)`. */
export async function getPatientOrderProperties(
  input: OrderRef,
  options: CallOptions = {},
): Promise<PostDicomOrderProperties> {
  const v = parseInput('GetPatientOrderProperties', orderRefSchema, input);
  const result = await runPostDicom(
    {
      method: 'GetPatientOrderProperties',
      invoke: (api, cb) =>
        api.GetPatientOrderProperties(v.userUuid, v.patientOrderInstitutionUuid, v.patientOrderUuid, cb),
      schema: orderPropertiesResultSchema,
    },
    options,
  );
  return result.PatientOrderProperties;
}

/** `DeleteOrder(userUuid, patientOrderInstitutionUuid, patientOrderUuid, callback)`: moves the order to the recycle bin. */
export async function deleteOrder(input: OrderRef, options: CallOptions = {}): Promise<void> {
  const v = parseInput('DeleteOrder', orderRefSchema, input);
  await runPostDicom(
    {
      method: 'DeleteOrder',
      invoke: (api, cb) => api.DeleteOrder(v.userUuid, v.patientOrderInstitutionUuid, v.patientOrderUuid, cb),
      schema: successSchema,
    },
    options,
  );
}

export const viewUrlResultSchema = successSchema.extend({ ViewUrl: z.url() });
export const orderViewUrlInputSchema = z.object({ userUuid: idSchema, patientOrderUuid: idSchema });
export type OrderViewUrlInput = z.input<typeof orderViewUrlInputSchema>;

/**
 * `GetViewUrl(userUuid, patientOrderUuid, callback)`.
 * MUST run in the user's browser: the link opens only from the IP address that asked for it, so it cannot be
 * requested by a server or a proxy on the user's behalf. Request it right before opening it; never cache it.
 */
export async function getViewUrl(input: OrderViewUrlInput, options: CallOptions = {}): Promise<string> {
  const v = parseInput('GetViewUrl', orderViewUrlInputSchema, input);
  const result = await runPostDicom(
    {
      method: 'GetViewUrl',
      invoke: (api, cb) => api.GetViewUrl(v.userUuid, v.patientOrderUuid, cb),
      schema: viewUrlResultSchema,
    },
    options,
  );
  return result.ViewUrl;
}

// ---- Queries and hooks ------------------------------------------------------------------------------

export const postDicomOrderKeys = {
  all: postDicomRoots.orders,
  search: (filters: OrderFilters) => [...postDicomRoots.orders, 'search', filters] as const,
  searchByDate: (filters: OrderDateRangeFilters) =>
    [...postDicomRoots.orders, 'search-by-date', filters] as const,
  inFolder: (input: OrdersInFolderInput) => [...postDicomRoots.orders, 'in-folder', input] as const,
  properties: (ref: OrderRef) => [...postDicomRoots.orders, 'properties', ref] as const,
};

export const orderSearchQueryOptions = (filters: OrderFilters) =>
  queryOptions({
    queryKey: postDicomOrderKeys.search(filters),
    queryFn: ({ signal }) => getPatientOrderList(filters, { signal }),
  });
export const orderDateRangeQueryOptions = (filters: OrderDateRangeFilters) =>
  queryOptions({
    queryKey: postDicomOrderKeys.searchByDate(filters),
    queryFn: ({ signal }) => getPatientOrderListWithDateRange(filters, { signal }),
  });
export const ordersInFolderQueryOptions = (input: OrdersInFolderInput) =>
  queryOptions({
    queryKey: postDicomOrderKeys.inFolder(input),
    queryFn: ({ signal }) => getPatientOrderListInFolder(input, { signal }),
  });
export const orderPropertiesQueryOptions = (ref: OrderRef) =>
  queryOptions({
    queryKey: postDicomOrderKeys.properties(ref),
    queryFn: ({ signal }) => getPatientOrderProperties(ref, { signal }),
  });

export const usePatientOrderList = (filters: OrderFilters) => useQuery(orderSearchQueryOptions(filters));
export const usePatientOrderListWithDateRange = (filters: OrderDateRangeFilters) =>
  useQuery(orderDateRangeQueryOptions(filters));
export const usePatientOrderListInFolder = (input: OrdersInFolderInput) =>
  useQuery(ordersInFolderQueryOptions(input));
export const usePatientOrderProperties = (ref: OrderRef) => useQuery(orderPropertiesQueryOptions(ref));

/** Invalidates orders and folders (folder lists may carry their orders). */
export function useInvalidateOrders() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: postDicomRoots.orders }),
      queryClient.invalidateQueries({ queryKey: postDicomRoots.folders }),
    ]);
}

export function useDeleteOrder() {
  const invalidate = useInvalidateOrders();
  return useMutation({ mutationFn: (input: OrderRef) => deleteOrder(input), onSuccess: invalidate });
}

/** A mutation, not a query: each link is asked for right when the user opens it, from their browser. */
export function useGetViewUrl() {
  return useMutation({ mutationFn: (input: OrderViewUrlInput) => getViewUrl(input) });
}
