import { B as deletePostDicomOrder, Cn as boolean, Dn as number, G as getPostDicomViewUrl, H as getPostDicomPatientOrderListInFolder, In as withMutationConfig, K as postDicomViewUrlResultSchema, On as object, S as initializePostDicom, Sn as array, U as getPostDicomPatientOrderListWithDateRange, V as getPostDicomPatientOrderList, W as getPostDicomPatientOrderProperties, Y as parsePostDicomInput, at as postDicomNonEmptyIdListSchema, dr as useQuery, jn as string, lr as useMutation, lt as postDicomSuccessSchema, nt as postDicomIdSchema, ot as postDicomOrderSummarySchema, q as runPostDicom, ur as queryOptions, x as getPostDicomUserGroupList } from "./search-Bd_rEMYc.js";
import { vr as useQueryClient } from "./boot-CCHtFN9d.js";
// src/api/postdicom/dicom-nodes.ts
/** Method group "DICOM nodes": GetDicomNodeList (their uuids are the ScheduledEquipmentUuid of new orders). */
var postDicomDicomNodeSchema = object({
	DicomNodeUuid: postDicomIdSchema,
	Name: string(),
	AeTitle: string().max(16),
	Host: string().optional(),
	Port: number().int().min(1).max(65535).optional(),
	Modality: string().optional()
});
/** UNCONFIRMED shape. */
var postDicomDicomNodeListResultSchema = postDicomSuccessSchema.extend({ DicomNodeList: array(postDicomDicomNodeSchema) });
var postDicomDicomNodeListInputSchema = object({ userUuid: postDicomIdSchema });
/** `GetDicomNodeList(userUuid, callback)`: every DICOM node the user can see. */
async function getPostDicomDicomNodeList(input, options = {}) {
	const v = parsePostDicomInput("GetDicomNodeList", postDicomDicomNodeListInputSchema, input);
	return (await runPostDicom({
		method: "GetDicomNodeList",
		invoke: (api, cb) => api.GetDicomNodeList(v.userUuid, cb),
		schema: postDicomDicomNodeListResultSchema
	}, options)).DicomNodeList;
}
// src/api/postdicom/flags.ts
/** Method group "flags": GetAccountFlagDictionary and SetFlagToPatientOrder. */
var postDicomFlagSchema = object({
	FlagId: postDicomIdSchema,
	FlagName: string(),
	FlagColor: string().optional()
});
var postDicomFlagGroupSchema = object({
	FlagGroupId: postDicomIdSchema,
	FlagGroupName: string(),
	FlagList: array(postDicomFlagSchema)
});
/** UNCONFIRMED shape: flag groups, each with its flags. */
var postDicomFlagDictionaryResultSchema = postDicomSuccessSchema.extend({ FlagGroupList: array(postDicomFlagGroupSchema) });
var postDicomFlagDictionaryInputSchema = object({ userUuid: postDicomIdSchema });
/** `GetAccountFlagDictionary(userUuid, callback)`. */
async function getPostDicomAccountFlagDictionary(input, options = {}) {
	const v = parsePostDicomInput("GetAccountFlagDictionary", postDicomFlagDictionaryInputSchema, input);
	return (await runPostDicom({
		method: "GetAccountFlagDictionary",
		invoke: (api, cb) => api.GetAccountFlagDictionary(v.userUuid, cb),
		schema: postDicomFlagDictionaryResultSchema
	}, options)).FlagGroupList;
}
var postDicomSetFlagInputSchema = object({
	userUuid: postDicomIdSchema,
	patientOrderUuid: postDicomIdSchema,
	flagGroupId: postDicomIdSchema,
	flagId: postDicomIdSchema
});
/** `SetFlagToPatientOrder(userUuid, patientOrderUuid, flagGroupId, flagId, callback)`. */
async function setPostDicomFlagToPatientOrder(input, options = {}) {
	const v = parsePostDicomInput("SetFlagToPatientOrder", postDicomSetFlagInputSchema, input);
	await runPostDicom({
		method: "SetFlagToPatientOrder",
		invoke: (api, cb) => api.SetFlagToPatientOrder(v.userUuid, v.patientOrderUuid, v.flagGroupId, v.flagId, cb),
		schema: postDicomSuccessSchema
	}, options);
}
// src/api/postdicom/folders.ts
/**
* Method group "folders": CreateFolder (nested `a/b` paths), CreateFolderWithDescription, DeleteFolder,
* GetFolderList (with or without the orders), GetFolderViewUrl, AddOrderToFolder, RemoveOrderFromFolder.
*/
/**
* A folder name, or a path of names separated by `/` (`folderA/folderB` creates folderA, then folderB in it).
* Every segment must be non-empty once trimmed: no leading, trailing or doubled `/`.
*/
var postDicomFolderPathSchema = string().trim().min(1).refine((value) => value.split("/").every((segment) => segment.trim().length > 0), "validation.folderPathEmptySegment").refine((value) => value.split("/").every((segment) => segment.trim().length <= 128), {
	message: "validation.folderNameTooLong",
	params: { maximum: 128 }
});
/** The created folder (for a path, the deepest one). UNCONFIRMED shape. */
var postDicomCreateFolderResultSchema = postDicomSuccessSchema.extend({ FolderUuid: postDicomIdSchema });
var postDicomCreateFolderWithDescriptionInputSchema = object({
	userUuid: postDicomIdSchema,
	/** Empty: created at the root. */
	parentFolderUuid: string().trim().default(""),
	folderName: postDicomFolderPathSchema
}).extend({ folderDescription: string().trim().max(1024) });
/** `CreateFolderWithDescription(userUuid, parentFolderUuid, folderName, folderDescription, callback)`. */
async function createPostDicomFolderWithDescription(input, options = {}) {
	const v = parsePostDicomInput("CreateFolderWithDescription", postDicomCreateFolderWithDescriptionInputSchema, input);
	return runPostDicom({
		method: "CreateFolderWithDescription",
		invoke: (api, cb) => api.CreateFolderWithDescription(v.userUuid, v.parentFolderUuid, v.folderName, v.folderDescription, cb),
		schema: postDicomCreateFolderResultSchema
	}, options);
}
var postDicomFolderRefSchema = object({
	userUuid: postDicomIdSchema,
	folderUuid: postDicomIdSchema
});
var postDicomFolderSchema = object({
	FolderUuid: postDicomIdSchema,
	FolderName: string(),
	FolderDescription: string().optional(),
	/** Empty or null at the root. */
	ParentFolderUuid: string().nullable().optional(),
	/** Present when asked for with `getOrdersInFolder`. */
	OrderList: array(postDicomOrderSummarySchema).optional()
});
var postDicomFolderListResultSchema = postDicomSuccessSchema.extend({ FolderList: array(postDicomFolderSchema) });
var postDicomFolderListInputSchema = object({
	userUuid: postDicomIdSchema,
	/** Empty: the root's folders. */
	parentFolderUuid: string().trim().default(""),
	/** Empty: every folder of the parent. */
	folderName: string().trim().default(""),
	getOrdersInFolder: boolean().default(false)
});
/** `GetFolderList(userUuid, parentFolderUuid, folderName, getOrdersInFolder, callback)`. */
async function getPostDicomFolderList(input, options = {}) {
	const v = parsePostDicomInput("GetFolderList", postDicomFolderListInputSchema, input);
	return (await runPostDicom({
		method: "GetFolderList",
		invoke: (api, cb) => api.GetFolderList(v.userUuid, v.parentFolderUuid, v.folderName, v.getOrdersInFolder, cb),
		schema: postDicomFolderListResultSchema
	}, options)).FolderList;
}
/**
* `GetFolderViewUrl(userUuid, folderUuid, callback)`.
* MUST run in the user's browser: the link opens only from the IP address that asked for it.
*/
async function getPostDicomFolderViewUrl(input, options = {}) {
	const v = parsePostDicomInput("GetFolderViewUrl", postDicomFolderRefSchema, input);
	return (await runPostDicom({
		method: "GetFolderViewUrl",
		invoke: (api, cb) => api.GetFolderViewUrl(v.userUuid, v.folderUuid, cb),
		schema: postDicomViewUrlResultSchema
	}, options)).ViewUrl;
}
var postDicomAddOrderToFolderInputSchema = object({
	userUuid: postDicomIdSchema,
	patientOrderInstitutionUuid: postDicomIdSchema,
	patientOrderUuid: postDicomIdSchema,
	folderUuidList: postDicomNonEmptyIdListSchema
});
/** `AddOrderToFolder(userUuid, patientOrderInstitutionUuid, patientOrderUuid, folderUuidList, callback)`. */
async function addPostDicomOrderToFolder(input, options = {}) {
	const v = parsePostDicomInput("AddOrderToFolder", postDicomAddOrderToFolderInputSchema, input);
	await runPostDicom({
		method: "AddOrderToFolder",
		invoke: (api, cb) => api.AddOrderToFolder(v.userUuid, v.patientOrderInstitutionUuid, v.patientOrderUuid, v.folderUuidList, cb),
		schema: postDicomSuccessSchema
	}, options);
}
var postDicomRemoveOrderFromFolderInputSchema = object({
	userUuid: postDicomIdSchema,
	folderUuid: postDicomIdSchema,
	patientOrderUuidList: postDicomNonEmptyIdListSchema
});
/** `RemoveOrderFromFolder(userUuid, folderUuid, patientOrderUuidList, callback)`. */
async function removePostDicomOrderFromFolder(input, options = {}) {
	const v = parsePostDicomInput("RemoveOrderFromFolder", postDicomRemoveOrderFromFolderInputSchema, input);
	await runPostDicom({
		method: "RemoveOrderFromFolder",
		invoke: (api, cb) => api.RemoveOrderFromFolder(v.userUuid, v.folderUuid, v.patientOrderUuidList, cb),
		schema: postDicomSuccessSchema
	}, options);
}
// src/api/postdicom/queries.ts
/**
* Query keys of every PostDICOM query: `[vendor, group, …]`. Mutations invalidate group prefixes, so a
* change to an order also refreshes the folder lists that carry it. The hooks that create, group and assign
* orders are in ./order-queries.ts, those of uploads in ./upload-queries.ts, those of shares in
* ./sharing-queries.ts.
*/
var postDicomKeys = {
	all: ["postdicom"],
	account: () => [...postDicomKeys.all, "account"],
	initialize: () => [...postDicomKeys.account(), "initialize"],
	userGroups: () => [...postDicomKeys.all, "user-groups"],
	userGroupList: (userUuid) => [...postDicomKeys.userGroups(), userUuid],
	orders: () => [...postDicomKeys.all, "orders"],
	orderList: (filters) => [
		...postDicomKeys.orders(),
		"search",
		filters
	],
	orderListWithDateRange: (filters) => [
		...postDicomKeys.orders(),
		"search-by-date",
		filters
	],
	orderListInFolder: (input) => [
		...postDicomKeys.orders(),
		"in-folder",
		input
	],
	orderProperties: (ref) => [
		...postDicomKeys.orders(),
		"properties",
		ref
	],
	folders: () => [...postDicomKeys.all, "folders"],
	folderList: (input) => [
		...postDicomKeys.folders(),
		"list",
		input
	],
	flags: () => [...postDicomKeys.all, "flags"],
	flagDictionary: (userUuid) => [
		...postDicomKeys.flags(),
		"dictionary",
		userUuid
	],
	dicomNodes: () => [...postDicomKeys.all, "dicom-nodes"],
	dicomNodeList: (userUuid) => [...postDicomKeys.dicomNodes(), userUuid]
};
/** Orders and folders change together (folder lists may carry their orders): invalidates both. */
function useInvalidatePostDicomOrders() {
	const queryClient = useQueryClient();
	return () => Promise.all([queryClient.invalidateQueries({ queryKey: postDicomKeys.orders() }), queryClient.invalidateQueries({ queryKey: postDicomKeys.folders() })]);
}
/** A mutation that changes orders (or folders): never retried; invalidates both on success. */
function usePostDicomOrderMutation(mutationFn, mutationConfig) {
	const invalidate = useInvalidatePostDicomOrders();
	return useMutation(withMutationConfig({
		mutationFn,
		onSuccess: invalidate
	}, mutationConfig));
}
var postDicomAccountQuery = () => queryOptions({
	queryKey: postDicomKeys.initialize(),
	queryFn: ({ signal }) => initializePostDicom({ signal }),
	staleTime: 3e5
});
var postDicomUserGroupListQuery = (userUuid) => queryOptions({
	queryKey: postDicomKeys.userGroupList(userUuid),
	queryFn: ({ signal }) => getPostDicomUserGroupList({ userUuid }, { signal })
});
/** The PostDICOM account (users, institutions). Loads the library on first use. */
function usePostDicomAccount({ queryConfig } = {}) {
	return useQuery({
		...postDicomAccountQuery(),
		...queryConfig
	});
}
function usePostDicomUserGroupList(userUuid, { queryConfig } = {}) {
	return useQuery({
		...postDicomUserGroupListQuery(userUuid ?? ""),
		enabled: Boolean(userUuid),
		...queryConfig
	});
}
var postDicomPatientOrderListQuery = (filters) => queryOptions({
	queryKey: postDicomKeys.orderList(filters),
	queryFn: ({ signal }) => getPostDicomPatientOrderList(filters, { signal })
});
var postDicomPatientOrderListWithDateRangeQuery = (filters) => queryOptions({
	queryKey: postDicomKeys.orderListWithDateRange(filters),
	queryFn: ({ signal }) => getPostDicomPatientOrderListWithDateRange(filters, { signal })
});
var postDicomPatientOrderListInFolderQuery = (input) => queryOptions({
	queryKey: postDicomKeys.orderListInFolder(input),
	queryFn: ({ signal }) => getPostDicomPatientOrderListInFolder(input, { signal })
});
var postDicomPatientOrderPropertiesQuery = (ref) => queryOptions({
	queryKey: postDicomKeys.orderProperties(ref),
	queryFn: ({ signal }) => getPostDicomPatientOrderProperties(ref, { signal })
});
function usePostDicomPatientOrderList(filters, { queryConfig } = {}) {
	return useQuery({
		...postDicomPatientOrderListQuery(filters),
		...queryConfig
	});
}
function usePostDicomPatientOrderListWithDateRange(filters, { queryConfig } = {}) {
	return useQuery({
		...postDicomPatientOrderListWithDateRangeQuery(filters),
		...queryConfig
	});
}
function usePostDicomPatientOrderListInFolder(input, { queryConfig } = {}) {
	return useQuery({
		...postDicomPatientOrderListInFolderQuery(input),
		...queryConfig
	});
}
function usePostDicomPatientOrderProperties(ref, { queryConfig } = {}) {
	return useQuery({
		...postDicomPatientOrderPropertiesQuery(ref),
		...queryConfig
	});
}
function useDeletePostDicomOrder({ mutationConfig } = {}) {
	return usePostDicomOrderMutation((input) => deletePostDicomOrder(input), mutationConfig);
}
/** A mutation, not a query: each link is asked for right when the user opens it, from their browser. */
function useGetPostDicomViewUrl({ mutationConfig } = {}) {
	return useMutation(withMutationConfig({ mutationFn: (input) => getPostDicomViewUrl(input) }, mutationConfig));
}
var postDicomFolderListQuery = (input) => queryOptions({
	queryKey: postDicomKeys.folderList(input),
	queryFn: ({ signal }) => getPostDicomFolderList(input, { signal })
});
function usePostDicomFolderList(input, { queryConfig } = {}) {
	return useQuery({
		...postDicomFolderListQuery(input),
		...queryConfig
	});
}
/** A new folder changes only the folder lists. */
function useFolderMutation(mutationFn, mutationConfig) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn,
		onSuccess: () => queryClient.invalidateQueries({ queryKey: postDicomKeys.folders() })
	}, mutationConfig));
}
function useCreatePostDicomFolderWithDescription({ mutationConfig } = {}) {
	return useFolderMutation((input) => createPostDicomFolderWithDescription(input), mutationConfig);
}
function useAddPostDicomOrderToFolder({ mutationConfig } = {}) {
	return usePostDicomOrderMutation((input) => addPostDicomOrderToFolder(input), mutationConfig);
}
function useRemovePostDicomOrderFromFolder({ mutationConfig } = {}) {
	return usePostDicomOrderMutation((input) => removePostDicomOrderFromFolder(input), mutationConfig);
}
var postDicomAccountFlagDictionaryQuery = (userUuid) => queryOptions({
	queryKey: postDicomKeys.flagDictionary(userUuid),
	queryFn: ({ signal }) => getPostDicomAccountFlagDictionary({ userUuid }, { signal }),
	staleTime: 6e5
});
function usePostDicomAccountFlagDictionary(userUuid, { queryConfig } = {}) {
	return useQuery({
		...postDicomAccountFlagDictionaryQuery(userUuid ?? ""),
		enabled: Boolean(userUuid),
		...queryConfig
	});
}
function useSetPostDicomFlagToPatientOrder({ mutationConfig } = {}) {
	return usePostDicomOrderMutation((input) => setPostDicomFlagToPatientOrder(input), mutationConfig);
}
var postDicomDicomNodeListQuery = (userUuid) => queryOptions({
	queryKey: postDicomKeys.dicomNodeList(userUuid),
	queryFn: ({ signal }) => getPostDicomDicomNodeList({ userUuid }, { signal }),
	staleTime: 6e5
});
function usePostDicomDicomNodeList(userUuid, { queryConfig } = {}) {
	return useQuery({
		...postDicomDicomNodeListQuery(userUuid ?? ""),
		enabled: Boolean(userUuid),
		...queryConfig
	});
}
export { getPostDicomFolderViewUrl as _, usePostDicomAccount as a, usePostDicomFolderList as c, usePostDicomPatientOrderListInFolder as d, usePostDicomPatientOrderListWithDateRange as f, useSetPostDicomFlagToPatientOrder as g, useRemovePostDicomOrderFromFolder as h, useGetPostDicomViewUrl as i, usePostDicomOrderMutation as l, usePostDicomUserGroupList as m, useCreatePostDicomFolderWithDescription as n, usePostDicomAccountFlagDictionary as o, usePostDicomPatientOrderProperties as p, useDeletePostDicomOrder as r, usePostDicomDicomNodeList as s, useAddPostDicomOrderToFolder as t, usePostDicomPatientOrderList as u };
