import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { CallOptions } from './call';
import { parseInput } from './errors';
import { postDicomRoots } from './keys';
import { useInvalidateOrders, viewUrlResultSchema } from './orders';
import { idSchema, nonEmptyIdListSchema, orderSummarySchema, successSchema } from './schemas';
import { runPostDicom } from './session';

/**
 * Method group "folders": CreateFolder (nested `a/b` paths), CreateFolderWithDescription, DeleteFolder,
 * GetFolderList (with or without the orders), GetFolderViewUrl, AddOrderToFolder, RemoveOrderFromFolder.
 */

/**
 * A folder name, or a path of names separated by `/` (`folderA/folderB` creates folderA, then folderB in it).
 * Every segment must be non-empty once trimmed: no leading, trailing or doubled `/`.
 */
export const folderPathSchema = z
  .string()
  .trim()
  .min(1, 'Required.')
  .refine(
    (value) => value.split('/').every((segment) => segment.trim().length > 0),
    'Empty folder name in the path.',
  )
  .refine(
    (value) => value.split('/').every((segment) => segment.trim().length <= 128),
    'A folder name is too long.',
  );

/** The created folder (for a path, the deepest one). UNCONFIRMED shape. */
export const createFolderResultSchema = successSchema.extend({ FolderUuid: idSchema });
export type CreatedFolder = z.infer<typeof createFolderResultSchema>;

export const createFolderInputSchema = z.object({
  userUuid: idSchema,
  /** Empty: created at the root. */
  parentFolderUuid: z.string().trim().default(''),
  folderName: folderPathSchema,
});
export type CreateFolderInput = z.input<typeof createFolderInputSchema>;
export const createFolderWithDescriptionInputSchema = createFolderInputSchema.extend({
  folderDescription: z.string().trim().max(1024, 'At most 1024 characters.'),
});
export type CreateFolderWithDescriptionInput = z.input<typeof createFolderWithDescriptionInputSchema>;

/** `CreateFolder(userUuid, parentFolderUuid, folderName, callback)`. */
export async function createFolder(
  input: CreateFolderInput,
  options: CallOptions = {},
): Promise<CreatedFolder> {
  const v = parseInput('CreateFolder', createFolderInputSchema, input);
  return runPostDicom(
    {
      method: 'CreateFolder',
      invoke: (api, cb) => api.CreateFolder(v.userUuid, v.parentFolderUuid, v.folderName, cb),
      schema: createFolderResultSchema,
    },
    options,
  );
}

/** `CreateFolderWithDescription(userUuid, parentFolderUuid, folderName, folderDescription, callback)`. */
export async function createFolderWithDescription(
  input: CreateFolderWithDescriptionInput,
  options: CallOptions = {},
): Promise<CreatedFolder> {
  const v = parseInput('CreateFolderWithDescription', createFolderWithDescriptionInputSchema, input);
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
      schema: createFolderResultSchema,
    },
    options,
  );
}

export const folderRefSchema = z.object({ userUuid: idSchema, folderUuid: idSchema });
export type FolderRef = z.input<typeof folderRefSchema>;

/** `DeleteFolder(userUuid, folderUuid, callback)`. */
export async function deleteFolder(input: FolderRef, options: CallOptions = {}): Promise<void> {
  const v = parseInput('DeleteFolder', folderRefSchema, input);
  await runPostDicom(
    {
      method: 'DeleteFolder',
      invoke: (api, cb) => api.DeleteFolder(v.userUuid, v.folderUuid, cb),
      schema: successSchema,
    },
    options,
  );
}

export const folderSchema = z.object({
  FolderUuid: idSchema,
  FolderName: z.string(),
  FolderDescription: z.string().optional(),
  /** Empty or null at the root. */
  ParentFolderUuid: z.string().nullable().optional(),
  /** Present when asked for with `getOrdersInFolder`. */
  OrderList: z.array(orderSummarySchema).optional(),
});
export const folderListResultSchema = successSchema.extend({ FolderList: z.array(folderSchema) });
export type PostDicomFolder = z.infer<typeof folderSchema>;

export const folderListInputSchema = z.object({
  userUuid: idSchema,
  /** Empty: the root's folders. */
  parentFolderUuid: z.string().trim().default(''),
  /** Empty: every folder of the parent. */
  folderName: z.string().trim().default(''),
  getOrdersInFolder: z.boolean().default(false),
});
export type FolderListInput = z.input<typeof folderListInputSchema>;

/** `GetFolderList(userUuid, parentFolderUuid, folderName, getOrdersInFolder, callback)`. */
export async function getFolderList(
  input: FolderListInput,
  options: CallOptions = {},
): Promise<PostDicomFolder[]> {
  const v = parseInput('GetFolderList', folderListInputSchema, input);
  const result = await runPostDicom(
    {
      method: 'GetFolderList',
      invoke: (api, cb) =>
        api.GetFolderList(v.userUuid, v.parentFolderUuid, v.folderName, v.getOrdersInFolder, cb),
      schema: folderListResultSchema,
    },
    options,
  );
  return result.FolderList;
}

/**
 * `GetFolderViewUrl(userUuid, folderUuid, callback)`.
 * MUST run in the user's browser: the link opens only from the IP address that asked for it.
 */
export async function getFolderViewUrl(input: FolderRef, options: CallOptions = {}): Promise<string> {
  const v = parseInput('GetFolderViewUrl', folderRefSchema, input);
  const result = await runPostDicom(
    {
      method: 'GetFolderViewUrl',
      invoke: (api, cb) => api.GetFolderViewUrl(v.userUuid, v.folderUuid, cb),
      schema: viewUrlResultSchema,
    },
    options,
  );
  return result.ViewUrl;
}

export const addOrderToFolderInputSchema = z.object({
  userUuid: idSchema,
  patientOrderInstitutionUuid: idSchema,
  patientOrderUuid: idSchema,
  folderUuidList: nonEmptyIdListSchema,
});
export type AddOrderToFolderInput = z.input<typeof addOrderToFolderInputSchema>;

/** `AddOrderToFolder(userUuid, patientOrderInstitutionUuid, patientOrderUuid, folderUuidList, callback)`. */
export async function addOrderToFolder(
  input: AddOrderToFolderInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parseInput('AddOrderToFolder', addOrderToFolderInputSchema, input);
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
      schema: successSchema,
    },
    options,
  );
}

export const removeOrderFromFolderInputSchema = z.object({
  userUuid: idSchema,
  folderUuid: idSchema,
  patientOrderUuidList: nonEmptyIdListSchema,
});
export type RemoveOrderFromFolderInput = z.input<typeof removeOrderFromFolderInputSchema>;

/** `RemoveOrderFromFolder(userUuid, folderUuid, patientOrderUuidList, callback)`. */
export async function removeOrderFromFolder(
  input: RemoveOrderFromFolderInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parseInput('RemoveOrderFromFolder', removeOrderFromFolderInputSchema, input);
  await runPostDicom(
    {
      method: 'RemoveOrderFromFolder',
      invoke: (api, cb) => api.RemoveOrderFromFolder(v.userUuid, v.folderUuid, v.patientOrderUuidList, cb),
      schema: successSchema,
    },
    options,
  );
}

// ---- Queries and hooks ------------------------------------------------------------------------------

export const postDicomFolderKeys = {
  all: postDicomRoots.folders,
  list: (input: FolderListInput) => [...postDicomRoots.folders, 'list', input] as const,
};

export const folderListQueryOptions = (input: FolderListInput) =>
  queryOptions({
    queryKey: postDicomFolderKeys.list(input),
    queryFn: ({ signal }) => getFolderList(input, { signal }),
  });

export const useFolderList = (input: FolderListInput) => useQuery(folderListQueryOptions(input));

function useInvalidateFolders() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: postDicomRoots.folders });
}

export function useCreateFolder() {
  const invalidate = useInvalidateFolders();
  return useMutation({ mutationFn: (i: CreateFolderInput) => createFolder(i), onSuccess: invalidate });
}
export function useCreateFolderWithDescription() {
  const invalidate = useInvalidateFolders();
  return useMutation({
    mutationFn: (i: CreateFolderWithDescriptionInput) => createFolderWithDescription(i),
    onSuccess: invalidate,
  });
}
export function useDeleteFolder() {
  const invalidate = useInvalidateOrders();
  return useMutation({ mutationFn: (i: FolderRef) => deleteFolder(i), onSuccess: invalidate });
}
/** A mutation: the link is asked for from the user's browser right when it is opened. */
export function useGetFolderViewUrl() {
  return useMutation({ mutationFn: (i: FolderRef) => getFolderViewUrl(i) });
}
export function useAddOrderToFolder() {
  const invalidate = useInvalidateOrders();
  return useMutation({
    mutationFn: (i: AddOrderToFolderInput) => addOrderToFolder(i),
    onSuccess: invalidate,
  });
}
export function useRemoveOrderFromFolder() {
  const invalidate = useInvalidateOrders();
  return useMutation({
    mutationFn: (i: RemoveOrderFromFolderInput) => removeOrderFromFolder(i),
    onSuccess: invalidate,
  });
}
