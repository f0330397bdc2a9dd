import { z } from 'zod';
import type { CallOptions } from '../http';
import { runPostDicom } from './client';
import {
  type PostDicomOrderSummary,
  postDicomIdListSchema,
  postDicomIdSchema,
  postDicomIsoDateSchema,
  postDicomModalitySchema,
  postDicomOrderSummarySchema,
  postDicomSuccessSchema,
} from './common';
import { parsePostDicomInput } from './errors';

/**
 * Method group "orders": the three searches (filters, date range, in folder), GetPatientOrderProperties,
 * GetViewUrl and DeleteOrder (moves the order to the recycle bin).
 */

export const postDicomOrderSearchResultSchema = postDicomSuccessSchema.extend({
  SearchResultList: z.array(postDicomOrderSummarySchema),
});

export const postDicomOrderFiltersSchema = z.object({
  userUuid: postDicomIdSchema,
  /** Empty: every institution. */
  institutionUuidList: postDicomIdListSchema.default([]),
  patientName: z.string().trim().default(''),
  accessionNumber: z.string().trim().max(16).default(''),
  patientId: z.string().trim().default(''),
  otherPatientId: z.string().trim().default(''),
  /** Empty: every modality. */
  modalities: z.array(postDicomModalitySchema).default([]),
});
export type PostDicomOrderFilters = z.input<typeof postDicomOrderFiltersSchema>;

export const postDicomOrderDateRangeFiltersSchema = postDicomOrderFiltersSchema
  .extend({
    /** `YYYY-MM-DD`; empty: open. */
    startDate: z.union([z.literal(''), postDicomIsoDateSchema]).default(''),
    endDate: z.union([z.literal(''), postDicomIsoDateSchema]).default(''),
  })
  .refine((v) => !v.startDate || !v.endDate || v.startDate <= v.endDate, {
    message: 'validation.windowReversed',
    path: ['endDate'],
  });
export type PostDicomOrderDateRangeFilters = z.input<typeof postDicomOrderDateRangeFiltersSchema>;

export const postDicomOrdersInFolderInputSchema = z.object({
  userUuid: postDicomIdSchema,
  folderUuid: postDicomIdSchema,
});
export type PostDicomOrdersInFolderInput = z.input<typeof postDicomOrdersInFolderInputSchema>;

/** `GetPatientOrderList(callback, userUuid, institutionUuidList, patientName, accessionNumber, patientId, otherPatientId, modalities)`. */
export async function getPostDicomPatientOrderList(
  filters: PostDicomOrderFilters,
  options: CallOptions = {},
): Promise<PostDicomOrderSummary[]> {
  const f = parsePostDicomInput('GetPatientOrderList', postDicomOrderFiltersSchema, filters);
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
      schema: postDicomOrderSearchResultSchema,
    },
    options,
  );
  return result.SearchResultList;
}

/**
 * `GetPatientOrderListWithDateRange(…, startDate, endDate)`. Dates are passed as `YYYY-MM-DD` strings
 * (the doc only says "date"; unconfirmed) or empty.
 */
export async function getPostDicomPatientOrderListWithDateRange(
  filters: PostDicomOrderDateRangeFilters,
  options: CallOptions = {},
): Promise<PostDicomOrderSummary[]> {
  const f = parsePostDicomInput(
    'GetPatientOrderListWithDateRange',
    postDicomOrderDateRangeFiltersSchema,
    filters,
  );
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
      schema: postDicomOrderSearchResultSchema,
    },
    options,
  );
  return result.SearchResultList;
}

/** `GetPatientOrderListInFolder(callback, userUuid, folderUuid)`. */
export async function getPostDicomPatientOrderListInFolder(
  input: PostDicomOrdersInFolderInput,
  options: CallOptions = {},
): Promise<PostDicomOrderSummary[]> {
  const v = parsePostDicomInput('GetPatientOrderListInFolder', postDicomOrdersInFolderInputSchema, input);
  const result = await runPostDicom(
    {
      method: 'GetPatientOrderListInFolder',
      invoke: (api, cb) => api.GetPatientOrderListInFolder(cb, v.userUuid, v.folderUuid),
      schema: postDicomOrderSearchResultSchema,
    },
    options,
  );
  return result.SearchResultList;
}

// ---- One order --------------------------------------------------------------------------------------

export const postDicomOrderRefSchema = z.object({
  userUuid: postDicomIdSchema,
  patientOrderInstitutionUuid: postDicomIdSchema,
  patientOrderUuid: postDicomIdSchema,
});
export type PostDicomOrderRef = z.input<typeof postDicomOrderRefSchema>;

/** Every property of an order: the search fields plus whatever else the vendor sends (kept, not stripped). */
export const postDicomOrderPropertiesSchema = z.looseObject({
  ...postDicomOrderSummarySchema.shape,
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
export const postDicomOrderPropertiesResultSchema = postDicomSuccessSchema.extend({
  PatientOrderProperties: postDicomOrderPropertiesSchema,
});
export type PostDicomOrderProperties = z.infer<typeof postDicomOrderPropertiesSchema>;

/** `GetPatientOrderProperties(userUuid, patientOrderInstitutionUuid, patientOrderUuid, callback)`. */
export async function getPostDicomPatientOrderProperties(
  input: PostDicomOrderRef,
  options: CallOptions = {},
): Promise<PostDicomOrderProperties> {
  const v = parsePostDicomInput('GetPatientOrderProperties', postDicomOrderRefSchema, input);
  const result = await runPostDicom(
    {
      method: 'GetPatientOrderProperties',
      invoke: (api, cb) =>
        api.GetPatientOrderProperties(v.userUuid, v.patientOrderInstitutionUuid, v.patientOrderUuid, cb),
      schema: postDicomOrderPropertiesResultSchema,
    },
    options,
  );
  return result.PatientOrderProperties;
}

/** `DeleteOrder(userUuid, patientOrderInstitutionUuid, patientOrderUuid, callback)`: moves the order to the recycle bin. */
export async function deletePostDicomOrder(
  input: PostDicomOrderRef,
  options: CallOptions = {},
): Promise<void> {
  const v = parsePostDicomInput('DeleteOrder', postDicomOrderRefSchema, input);
  await runPostDicom(
    {
      method: 'DeleteOrder',
      invoke: (api, cb) => api.DeleteOrder(v.userUuid, v.patientOrderInstitutionUuid, v.patientOrderUuid, cb),
      schema: postDicomSuccessSchema,
    },
    options,
  );
}

export const postDicomViewUrlResultSchema = postDicomSuccessSchema.extend({ ViewUrl: z.url() });
export const postDicomOrderViewUrlInputSchema = z.object({
  userUuid: postDicomIdSchema,
  patientOrderUuid: postDicomIdSchema,
});
export type PostDicomOrderViewUrlInput = z.input<typeof postDicomOrderViewUrlInputSchema>;

/**
 * `GetViewUrl(userUuid, patientOrderUuid, callback)`.
 * MUST run in the user's browser: the link opens only from the IP address that asked for it, so it cannot be
 * requested by a server or a proxy on the user's behalf. Request it right before opening it; never cache it.
 */
export async function getPostDicomViewUrl(
  input: PostDicomOrderViewUrlInput,
  options: CallOptions = {},
): Promise<string> {
  const v = parsePostDicomInput('GetViewUrl', postDicomOrderViewUrlInputSchema, input);
  const result = await runPostDicom(
    {
      method: 'GetViewUrl',
      invoke: (api, cb) => api.GetViewUrl(v.userUuid, v.patientOrderUuid, cb),
      schema: postDicomViewUrlResultSchema,
    },
    options,
  );
  return result.ViewUrl;
}
