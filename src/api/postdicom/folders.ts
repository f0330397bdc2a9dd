import { z } from 'zod';
import type { CallOptions } from '../http';
import { runPostDicom } from './client';
import {
  postDicomIdSchema,
  postDicomNonEmptyIdListSchema,
  postDicomOrderSummarySchema,
  postDicomSuccessSchema,
} from './common';
import { parsePostDicomInput } from './errors';
import { postDicomViewUrlResultSchema } from './orders';

/**
 * Method group "folders": CreateFolder (nested `a/b` paths), CreateFolderWithDescription, DeleteFolder,
 * GetFolderList (with or without the orders), GetFolderViewUrl, AddOrderToFolder, RemoveOrderFromFolder.
 */

/**
 * A folder name, or a path of names separated by `/` (`folderA/folderB` creates folderA, then folderB in it).
 * Every segment must be non-empty once trimmed: no leading, trailing or doubled `/`.
 */
export const postDicomFolderPathSchema = z
  .string()
  .trim()
  .min(1)
  .refine(
    (value) => value.split('/').every((segment) => segment.trim().length > 0),
    'validation.folderPathEmptySegment',
  )
  .refine((value) => value.split('/').every((segment) => segment.trim().length <= 128), {
    message: 'validation.folderNameTooLong',
    params: { maximum: 128 },
  });

/** The created folder (for a path, the deepest one). UNCONFIRMED shape. */
export const postDicomCreateFolderResultSchema = postDicomSuccessSchema.extend({
  FolderUuid: postDicomIdSchema,
});
export type PostDicomCreatedFolder = z.infer<typeof postDicomCreateFolderResultSchema>;

export const postDicomCreateFolderInputSchema = z.object({
  userUuid: postDicomIdSchema,
  /** Empty: created at the root. */
  parentFolderUuid: z.string().trim().default(''),
  folderName: postDicomFolderPathSchema,
});
export type PostDicomCreateFolderInput = z.input<typeof postDicomCreateFolderInputSchema>;
export const postDicomCreateFolderWithDescriptionInputSchema = postDicomCreateFolderInputSchema.extend({
  folderDescription: z.string().trim().max(1024),
});
export type PostDicomCreateFolderWithDescriptionInput = z.input<
  typeof postDicomCreateFolderWithDescriptionInputSchema
>;

/** `CreateFolder(userUuid, parentFolderUuid, folderName, callback)`. */
export async function createPostDicomFolder(
  input: PostDicomCreateFolderInput,
  options: CallOptions = {},
): Promise<PostDicomCreatedFolder> {
  const v = parsePostDicomInput('CreateFolder', postDicomCreateFolderInputSchema, input);
  return runPostDicom(
    {
      method: 'CreateFolder',
      invoke: (api, cb) => api.CreateFolder(v.userUuid, v.parentFolderUuid, v.folderName, cb),
      schema: postDicomCreateFolderResultSchema,
    },
    options,
  );
}

/** `CreateFolderWithDescription(userUuid, parentFolderUuid, folderName, folderDescription, callback)`. */
export async function createPostDicomFolderWithDescription(
  input: PostDicomCreateFolderWithDescriptionInput,
  options: CallOptions = {},
): Promise<PostDicomCreatedFolder> {
  const v = parsePostDicomInput(
    'CreateFolderWithDescription',
    postDicomCreateFolderWithDescriptionInputSchema,
    input,
  );
  return runPostDicom(
    {
      method: 'CreateFolderWithDescription',
      invoke: (api, cb) =>
        api.CreateFolderWithDescription(
          v.userUuid,
          v.parentFolderUuid,
          v.folderName,
          v.folderDescription,
          cb,
        ),
      schema: postDicomCreateFolderResultSchema,
    },
    options,
  );
}

export const postDicomFolderRefSchema = z.object({
  userUuid: postDicomIdSchema,
  folderUuid: postDicomIdSchema,
});
export type PostDicomFolderRef = z.input<typeof postDicomFolderRefSchema>;

/** `DeleteFolder(userUuid, folderUuid, callback)`. */
export async function deletePostDicomFolder(
  input: PostDicomFolderRef,
  options: CallOptions = {},
): Promise<void> {
  const v = parsePostDicomInput('DeleteFolder', postDicomFolderRefSchema, input);
  await runPostDicom(
    {
      method: 'DeleteFolder',
      invoke: (api, cb) => api.DeleteFolder(v.userUuid, v.folderUuid, cb),
      schema: postDicomSuccessSchema,
    },
    options,
  );
}

export const postDicomFolderSchema = z.object({
  FolderUuid: postDicomIdSchema,
  FolderName: z.string(),
  FolderDescription: z.string().optional(),
  /** Empty or null at the root. */
  ParentFolderUuid: z.string().nullable().optional(),
  /** Present when asked for with `getOrdersInFolder`. */
  OrderList: z.array(postDicomOrderSummarySchema).optional(),
});
export const postDicomFolderListResultSchema = postDicomSuccessSchema.extend({
  FolderList: z.array(postDicomFolderSchema),
});
export type PostDicomFolder = z.infer<typeof postDicomFolderSchema>;

export const postDicomFolderListInputSchema = z.object({
  userUuid: postDicomIdSchema,
  /** Empty: the root's folders. */
  parentFolderUuid: z.string().trim().default(''),
  /** Empty: every folder of the parent. */
  folderName: z.string().trim().default(''),
  getOrdersInFolder: z.boolean().default(false),
});
export type PostDicomFolderListInput = z.input<typeof postDicomFolderListInputSchema>;

/** `GetFolderList(userUuid, parentFolderUuid, folderName, getOrdersInFolder, callback)`. */
export async function getPostDicomFolderList(
  input: PostDicomFolderListInput,
  options: CallOptions = {},
): Promise<PostDicomFolder[]> {
  const v = parsePostDicomInput('GetFolderList', postDicomFolderListInputSchema, input);
  const result = await runPostDicom(
    {
      method: 'GetFolderList',
      invoke: (api, cb) =>
        api.GetFolderList(v.userUuid, v.parentFolderUuid, v.folderName, v.getOrdersInFolder, cb),
      schema: postDicomFolderListResultSchema,
    },
    options,
  );
  return result.FolderList;
}

/**
 * `GetFolderViewUrl(userUuid, folderUuid, callback)`.
 * MUST run in the user's browser: the link opens only from the IP address that asked for it.
 */
export async function getPostDicomFolderViewUrl(
  input: PostDicomFolderRef,
  options: CallOptions = {},
): Promise<string> {
  const v = parsePostDicomInput('GetFolderViewUrl', postDicomFolderRefSchema, input);
  const result = await runPostDicom(
    {
      method: 'GetFolderViewUrl',
      invoke: (api, cb) => api.GetFolderViewUrl(v.userUuid, v.folderUuid, cb),
      schema: postDicomViewUrlResultSchema,
    },
    options,
  );
  return result.ViewUrl;
}

export const postDicomAddOrderToFolderInputSchema = z.object({
  userUuid: postDicomIdSchema,
  patientOrderInstitutionUuid: postDicomIdSchema,
  patientOrderUuid: postDicomIdSchema,
  folderUuidList: postDicomNonEmptyIdListSchema,
});
export type PostDicomAddOrderToFolderInput = z.input<typeof postDicomAddOrderToFolderInputSchema>;

/** `AddOrderToFolder(userUuid, patientOrderInstitutionUuid, patientOrderUuid, folderUuidList, callback)`. */
export async function addPostDicomOrderToFolder(
  input: PostDicomAddOrderToFolderInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parsePostDicomInput('AddOrderToFolder', postDicomAddOrderToFolderInputSchema, input);
  await runPostDicom(
    {
      method: 'AddOrderToFolder',
      invoke: (api, cb) =>
        api.AddOrderToFolder(
          v.userUuid,
          v.patientOrderInstitutionUuid,
          v.patientOrderUuid,
          v.folderUuidList,
          cb,
        ),
      schema: postDicomSuccessSchema,
    },
    options,
  );
}

export const postDicomRemoveOrderFromFolderInputSchema = z.object({
  userUuid: postDicomIdSchema,
  folderUuid: postDicomIdSchema,
  patientOrderUuidList: postDicomNonEmptyIdListSchema,
});
export type PostDicomRemoveOrderFromFolderInput = z.input<typeof postDicomRemoveOrderFromFolderInputSchema>;

/** `RemoveOrderFromFolder(userUuid, folderUuid, patientOrderUuidList, callback)`. */
export async function removePostDicomOrderFromFolder(
  input: PostDicomRemoveOrderFromFolderInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parsePostDicomInput('RemoveOrderFromFolder', postDicomRemoveOrderFromFolderInputSchema, input);
  await runPostDicom(
    {
      method: 'RemoveOrderFromFolder',
      invoke: (api, cb) => api.RemoveOrderFromFolder(v.userUuid, v.folderUuid, v.patientOrderUuidList, cb),
      schema: postDicomSuccessSchema,
    },
    options,
  );
}
