import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type MutationConfig,
  type WithMutationConfig,
  type WithQueryConfig,
  withMutationConfig,
} from '../query-config';
import { getPostDicomUserGroupList, initializePostDicom } from './account';
import { getPostDicomDicomNodeList } from './dicom-nodes';
import {
  getPostDicomAccountFlagDictionary,
  type PostDicomSetFlagInput,
  setPostDicomFlagToPatientOrder,
} from './flags';
import {
  addPostDicomOrderToFolder,
  createPostDicomFolder,
  createPostDicomFolderWithDescription,
  deletePostDicomFolder,
  getPostDicomFolderList,
  getPostDicomFolderViewUrl,
  type PostDicomAddOrderToFolderInput,
  type PostDicomCreatedFolder,
  type PostDicomCreateFolderInput,
  type PostDicomCreateFolderWithDescriptionInput,
  type PostDicomFolderListInput,
  type PostDicomFolderRef,
  type PostDicomRemoveOrderFromFolderInput,
  removePostDicomOrderFromFolder,
} from './folders';
import {
  deletePostDicomOrder,
  getPostDicomPatientOrderList,
  getPostDicomPatientOrderListInFolder,
  getPostDicomPatientOrderListWithDateRange,
  getPostDicomPatientOrderProperties,
  getPostDicomViewUrl,
  type PostDicomOrderDateRangeFilters,
  type PostDicomOrderFilters,
  type PostDicomOrderRef,
  type PostDicomOrdersInFolderInput,
  type PostDicomOrderViewUrlInput,
} from './orders';

/**
 * Query keys of every PostDICOM query: `[vendor, group, …]`. Mutations invalidate group prefixes, so a
 * change to an order also refreshes the folder lists that carry it. The hooks that create, group and assign
 * orders are in ./order-queries.ts, those of uploads in ./upload-queries.ts, those of shares in
 * ./sharing-queries.ts.
 */
export const postDicomKeys = {
  all: ['postdicom'] as const,
  account: () => [...postDicomKeys.all, 'account'] as const,
  initialize: () => [...postDicomKeys.account(), 'initialize'] as const,
  userGroups: () => [...postDicomKeys.all, 'user-groups'] as const,
  userGroupList: (userUuid: string) => [...postDicomKeys.userGroups(), userUuid] as const,
  orders: () => [...postDicomKeys.all, 'orders'] as const,
  orderList: (filters: PostDicomOrderFilters) => [...postDicomKeys.orders(), 'search', filters] as const,
  orderListWithDateRange: (filters: PostDicomOrderDateRangeFilters) =>
    [...postDicomKeys.orders(), 'search-by-date', filters] as const,
  orderListInFolder: (input: PostDicomOrdersInFolderInput) =>
    [...postDicomKeys.orders(), 'in-folder', input] as const,
  orderProperties: (ref: PostDicomOrderRef) => [...postDicomKeys.orders(), 'properties', ref] as const,
  folders: () => [...postDicomKeys.all, 'folders'] as const,
  folderList: (input: PostDicomFolderListInput) => [...postDicomKeys.folders(), 'list', input] as const,
  flags: () => [...postDicomKeys.all, 'flags'] as const,
  flagDictionary: (userUuid: string) => [...postDicomKeys.flags(), 'dictionary', userUuid] as const,
  dicomNodes: () => [...postDicomKeys.all, 'dicom-nodes'] as const,
  dicomNodeList: (userUuid: string) => [...postDicomKeys.dicomNodes(), userUuid] as const,
};

/** Orders and folders change together (folder lists may carry their orders): invalidates both. */
export function useInvalidatePostDicomOrders() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: postDicomKeys.orders() }),
      queryClient.invalidateQueries({ queryKey: postDicomKeys.folders() }),
    ]);
}

/** A mutation that changes orders (or folders): never retried; invalidates both on success. */
export function usePostDicomOrderMutation<TData, TVariables>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  mutationConfig: MutationConfig<TData, TVariables> | undefined,
) {
  const invalidate = useInvalidatePostDicomOrders();
  return useMutation(withMutationConfig({ mutationFn, onSuccess: invalidate }, mutationConfig));
}

// ---- Account ----------------------------------------------------------------------------------------

export const postDicomAccountQuery = () =>
  queryOptions({
    queryKey: postDicomKeys.initialize(),
    queryFn: ({ signal }) => initializePostDicom({ signal }),
    staleTime: 5 * 60_000,
  });

export const postDicomUserGroupListQuery = (userUuid: string) =>
  queryOptions({
    queryKey: postDicomKeys.userGroupList(userUuid),
    queryFn: ({ signal }) => getPostDicomUserGroupList({ userUuid }, { signal }),
  });

/** The PostDICOM account (users, institutions). Loads the library on first use. */
export function usePostDicomAccount({ queryConfig }: WithQueryConfig<typeof postDicomAccountQuery> = {}) {
  return useQuery({ ...postDicomAccountQuery(), ...queryConfig });
}

export function usePostDicomUserGroupList(
  userUuid: string | undefined,
  { queryConfig }: WithQueryConfig<typeof postDicomUserGroupListQuery> = {},
) {
  return useQuery({
    ...postDicomUserGroupListQuery(userUuid ?? ''),
    enabled: Boolean(userUuid),
    ...queryConfig,
  });
}

// ---- Orders -----------------------------------------------------------------------------------------

export const postDicomPatientOrderListQuery = (filters: PostDicomOrderFilters) =>
  queryOptions({
    queryKey: postDicomKeys.orderList(filters),
    queryFn: ({ signal }) => getPostDicomPatientOrderList(filters, { signal }),
  });
export const postDicomPatientOrderListWithDateRangeQuery = (filters: PostDicomOrderDateRangeFilters) =>
  queryOptions({
    queryKey: postDicomKeys.orderListWithDateRange(filters),
    queryFn: ({ signal }) => getPostDicomPatientOrderListWithDateRange(filters, { signal }),
  });
export const postDicomPatientOrderListInFolderQuery = (input: PostDicomOrdersInFolderInput) =>
  queryOptions({
    queryKey: postDicomKeys.orderListInFolder(input),
    queryFn: ({ signal }) => getPostDicomPatientOrderListInFolder(input, { signal }),
  });
export const postDicomPatientOrderPropertiesQuery = (ref: PostDicomOrderRef) =>
  queryOptions({
    queryKey: postDicomKeys.orderProperties(ref),
    queryFn: ({ signal }) => getPostDicomPatientOrderProperties(ref, { signal }),
  });

export function usePostDicomPatientOrderList(
  filters: PostDicomOrderFilters,
  { queryConfig }: WithQueryConfig<typeof postDicomPatientOrderListQuery> = {},
) {
  return useQuery({ ...postDicomPatientOrderListQuery(filters), ...queryConfig });
}
export function usePostDicomPatientOrderListWithDateRange(
  filters: PostDicomOrderDateRangeFilters,
  { queryConfig }: WithQueryConfig<typeof postDicomPatientOrderListWithDateRangeQuery> = {},
) {
  return useQuery({ ...postDicomPatientOrderListWithDateRangeQuery(filters), ...queryConfig });
}
export function usePostDicomPatientOrderListInFolder(
  input: PostDicomOrdersInFolderInput,
  { queryConfig }: WithQueryConfig<typeof postDicomPatientOrderListInFolderQuery> = {},
) {
  return useQuery({ ...postDicomPatientOrderListInFolderQuery(input), ...queryConfig });
}
export function usePostDicomPatientOrderProperties(
  ref: PostDicomOrderRef,
  { queryConfig }: WithQueryConfig<typeof postDicomPatientOrderPropertiesQuery> = {},
) {
  return useQuery({ ...postDicomPatientOrderPropertiesQuery(ref), ...queryConfig });
}

export function useDeletePostDicomOrder({
  mutationConfig,
}: WithMutationConfig<void, PostDicomOrderRef> = {}) {
  return usePostDicomOrderMutation((input: PostDicomOrderRef) => deletePostDicomOrder(input), mutationConfig);
}

/** A mutation, not a query: each link is asked for right when the user opens it, from their browser. */
export function useGetPostDicomViewUrl({
  mutationConfig,
}: WithMutationConfig<string, PostDicomOrderViewUrlInput> = {}) {
  return useMutation(
    withMutationConfig(
      { mutationFn: (input: PostDicomOrderViewUrlInput) => getPostDicomViewUrl(input) },
      mutationConfig,
    ),
  );
}

// ---- Folders ----------------------------------------------------------------------------------------

export const postDicomFolderListQuery = (input: PostDicomFolderListInput) =>
  queryOptions({
    queryKey: postDicomKeys.folderList(input),
    queryFn: ({ signal }) => getPostDicomFolderList(input, { signal }),
  });

export function usePostDicomFolderList(
  input: PostDicomFolderListInput,
  { queryConfig }: WithQueryConfig<typeof postDicomFolderListQuery> = {},
) {
  return useQuery({ ...postDicomFolderListQuery(input), ...queryConfig });
}

/** A new folder changes only the folder lists. */
function useFolderMutation<TVariables>(
  mutationFn: (variables: TVariables) => Promise<PostDicomCreatedFolder>,
  mutationConfig: MutationConfig<PostDicomCreatedFolder, TVariables> | undefined,
) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      { mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: postDicomKeys.folders() }) },
      mutationConfig,
    ),
  );
}

export function useCreatePostDicomFolder({
  mutationConfig,
}: WithMutationConfig<PostDicomCreatedFolder, PostDicomCreateFolderInput> = {}) {
  return useFolderMutation(
    (input: PostDicomCreateFolderInput) => createPostDicomFolder(input),
    mutationConfig,
  );
}
export function useCreatePostDicomFolderWithDescription({
  mutationConfig,
}: WithMutationConfig<PostDicomCreatedFolder, PostDicomCreateFolderWithDescriptionInput> = {}) {
  return useFolderMutation(
    (input: PostDicomCreateFolderWithDescriptionInput) => createPostDicomFolderWithDescription(input),
    mutationConfig,
  );
}
export function useDeletePostDicomFolder({
  mutationConfig,
}: WithMutationConfig<void, PostDicomFolderRef> = {}) {
  return usePostDicomOrderMutation(
    (input: PostDicomFolderRef) => deletePostDicomFolder(input),
    mutationConfig,
  );
}
/** A mutation: the link is asked for from the user's browser right when it is opened. */
export function useGetPostDicomFolderViewUrl({
  mutationConfig,
}: WithMutationConfig<string, PostDicomFolderRef> = {}) {
  return useMutation(
    withMutationConfig(
      { mutationFn: (input: PostDicomFolderRef) => getPostDicomFolderViewUrl(input) },
      mutationConfig,
    ),
  );
}
export function useAddPostDicomOrderToFolder({
  mutationConfig,
}: WithMutationConfig<void, PostDicomAddOrderToFolderInput> = {}) {
  return usePostDicomOrderMutation(
    (input: PostDicomAddOrderToFolderInput) => addPostDicomOrderToFolder(input),
    mutationConfig,
  );
}
export function useRemovePostDicomOrderFromFolder({
  mutationConfig,
}: WithMutationConfig<void, PostDicomRemoveOrderFromFolderInput> = {}) {
  return usePostDicomOrderMutation(
    (input: PostDicomRemoveOrderFromFolderInput) => removePostDicomOrderFromFolder(input),
    mutationConfig,
  );
}

// ---- Flags and DICOM nodes --------------------------------------------------------------------------

export const postDicomAccountFlagDictionaryQuery = (userUuid: string) =>
  queryOptions({
    queryKey: postDicomKeys.flagDictionary(userUuid),
    queryFn: ({ signal }) => getPostDicomAccountFlagDictionary({ userUuid }, { signal }),
    staleTime: 10 * 60_000,
  });

export function usePostDicomAccountFlagDictionary(
  userUuid: string | undefined,
  { queryConfig }: WithQueryConfig<typeof postDicomAccountFlagDictionaryQuery> = {},
) {
  return useQuery({
    ...postDicomAccountFlagDictionaryQuery(userUuid ?? ''),
    enabled: Boolean(userUuid),
    ...queryConfig,
  });
}

export function useSetPostDicomFlagToPatientOrder({
  mutationConfig,
}: WithMutationConfig<void, PostDicomSetFlagInput> = {}) {
  return usePostDicomOrderMutation(
    (input: PostDicomSetFlagInput) => setPostDicomFlagToPatientOrder(input),
    mutationConfig,
  );
}

export const postDicomDicomNodeListQuery = (userUuid: string) =>
  queryOptions({
    queryKey: postDicomKeys.dicomNodeList(userUuid),
    queryFn: ({ signal }) => getPostDicomDicomNodeList({ userUuid }, { signal }),
    staleTime: 10 * 60_000,
  });

export function usePostDicomDicomNodeList(
  userUuid: string | undefined,
  { queryConfig }: WithQueryConfig<typeof postDicomDicomNodeListQuery> = {},
) {
  return useQuery({
    ...postDicomDicomNodeListQuery(userUuid ?? ''),
    enabled: Boolean(userUuid),
    ...queryConfig,
  });
}
