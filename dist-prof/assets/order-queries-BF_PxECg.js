import { ut as useTranslation } from "./boot-CCHtFN9d.js";
import { An as strictObject, En as literal, Mn as union, On as object, V as getPostDicomPatientOrderList, Y as parsePostDicomInput, Z as postDicomDateTimeSchema, at as postDicomNonEmptyIdListSchema, ct as postDicomPatientSexSchema, et as postDicomGuidSchema, it as postDicomModalitySchema, jn as string, lt as postDicomSuccessSchema, nt as postDicomIdSchema, q as runPostDicom, rt as postDicomIsoDateSchema, st as postDicomPatientNameSchema, tt as postDicomHhmmSchema } from "./search-Bd_rEMYc.js";
import { n as notifications } from "./esm-BZ7yxgoG.js";
import { l as usePostDicomOrderMutation } from "./queries-C-TE7ghd.js";
// src/features/orders/components/notify.ts
/** A success toast whose close button has a name (Mantine's has none: axe "button-name"). */
function useNotifySuccess() {
	const { t } = useTranslation();
	return (message) => notifications.show({
		color: "teal",
		message,
		closeButtonProps: { "aria-label": t("common.close") }
	});
}
// src/api/postdicom/assignments.ts
/**
* Method group "assignments": an order to / from a user, to / from a user group (limited-access users see
* only the orders assigned to them), and an order to a location (institution).
*/
var base = {
	userUuid: postDicomIdSchema,
	patientOrderUuid: postDicomIdSchema
};
var postDicomAssignToUserInputSchema = object({
	...base,
	assignedUserUuid: postDicomIdSchema
});
var postDicomUnassignFromUserInputSchema = object({
	...base,
	unassignedUserUuid: postDicomIdSchema
});
var postDicomAssignToUserGroupInputSchema = object({
	...base,
	assignedUserGroupUuid: postDicomIdSchema
});
var postDicomUnassignFromUserGroupInputSchema = object({
	...base,
	unassignedUserGroupUuid: postDicomIdSchema
});
var postDicomAssignToLocationInputSchema = object({
	...base,
	institutionUuid: postDicomIdSchema
});
async function ack(method, invoke, options) {
	await runPostDicom({
		method,
		invoke,
		schema: postDicomSuccessSchema
	}, options);
}
/** `AssignPatientOrderToUser(userUuid, patientOrderUuid, assignedUserUuid, callback)`. */
async function assignPostDicomPatientOrderToUser(input, options = {}) {
	const v = parsePostDicomInput("AssignPatientOrderToUser", postDicomAssignToUserInputSchema, input);
	return ack("AssignPatientOrderToUser", (api, cb) => api.AssignPatientOrderToUser(v.userUuid, v.patientOrderUuid, v.assignedUserUuid, cb), options);
}
/** `UnassignPatientOrderFromUser(userUuid, patientOrderUuid, unassignedUserUuid, callback)`. */
async function unassignPostDicomPatientOrderFromUser(input, options = {}) {
	const v = parsePostDicomInput("UnassignPatientOrderFromUser", postDicomUnassignFromUserInputSchema, input);
	return ack("UnassignPatientOrderFromUser", (api, cb) => api.UnassignPatientOrderFromUser(v.userUuid, v.patientOrderUuid, v.unassignedUserUuid, cb), options);
}
/** `AssignPatientOrderToUserGroup(userUuid, patientOrderUuid, assignedUserGroupUuid, callback)`. */
async function assignPostDicomPatientOrderToUserGroup(input, options = {}) {
	const v = parsePostDicomInput("AssignPatientOrderToUserGroup", postDicomAssignToUserGroupInputSchema, input);
	return ack("AssignPatientOrderToUserGroup", (api, cb) => api.AssignPatientOrderToUserGroup(v.userUuid, v.patientOrderUuid, v.assignedUserGroupUuid, cb), options);
}
/** `UnassignPatientOrderFromUserGroup(userUuid, patientOrderUuid, unassignedUserGroupUuid, callback)`. */
async function unassignPostDicomPatientOrderFromUserGroup(input, options = {}) {
	const v = parsePostDicomInput("UnassignPatientOrderFromUserGroup", postDicomUnassignFromUserGroupInputSchema, input);
	return ack("UnassignPatientOrderFromUserGroup", (api, cb) => api.UnassignPatientOrderFromUserGroup(v.userUuid, v.patientOrderUuid, v.unassignedUserGroupUuid, cb), options);
}
/** `AssignPatientOrderToLocation(userUuid, patientOrderUuid, institutionUuid, callback)`: moves the order to another institution. */
async function assignPostDicomPatientOrderToLocation(input, options = {}) {
	const v = parsePostDicomInput("AssignPatientOrderToLocation", postDicomAssignToLocationInputSchema, input);
	return ack("AssignPatientOrderToLocation", (api, cb) => api.AssignPatientOrderToLocation(v.userUuid, v.patientOrderUuid, v.institutionUuid, cb), options);
}
// src/api/postdicom/order-create.ts
/**
* Method group "order creation": CreateOrderWithMinimumParameters, CreateOrderWithFullParameters,
* CreateOrderWithFullParameters2 and CreateOrderWithJSON. Optional parameters are sent as empty strings,
* as the doc says.
*/
/** The created order. UNCONFIRMED shape: the doc only says the callback reports completion. */
var postDicomCreateOrderResultSchema = postDicomSuccessSchema.extend({
	PatientOrderUuid: postDicomIdSchema,
	PatientOrderInstitutionUuid: postDicomIdSchema.optional()
});
var optionalText = (max = 64) => string().trim().max(max).default("");
/** DICOM SH: the accession number has 1–16 characters (CreateOrderWithJSON's rule); empty = none. */
var accessionNumber = string().trim().max(16).default("");
var postDicomCreateOrderMinimumInputSchema = object({
	userUuid: postDicomIdSchema,
	institutionUuid: postDicomIdSchema,
	/** `LAST NAME^FIRST NAME^MIDDLE NAME`. */
	patientName: postDicomPatientNameSchema,
	patientId: string().trim().min(1).max(64),
	modality: postDicomModalitySchema,
	studyDescription: optionalText(),
	orderDate: postDicomIsoDateSchema,
	/** `HH:MM` or empty. */
	orderTime: union([literal(""), postDicomHhmmSchema]).default("")
});
var postDicomCreateOrderFull2InputSchema = postDicomCreateOrderMinimumInputSchema.extend({
	patientOtherId: optionalText(),
	patientBirthdate: postDicomIsoDateSchema,
	accessionNumber,
	complaints: optionalText(1024),
	procedureId: optionalText(),
	procedureDescription: optionalText(),
	/** A DICOM node's uuid (GetDicomNodeList) or empty. */
	scheduledEquipmentUuid: union([literal(""), postDicomGuidSchema]).default("")
}).extend({
	patientSex: postDicomPatientSexSchema.default(""),
	referringPhysiciansName: union([literal(""), postDicomPatientNameSchema]).default("")
});
/** Every key CreateOrderWithJSON documents; only those needed may be sent. Unknown keys are refused. */
var postDicomCreateOrderJsonParametersSchema = strictObject({
	OtherPatientId: string(),
	PatientName: postDicomPatientNameSchema,
	OrderModality: postDicomModalitySchema,
	OrderAccessionNumber: string().min(1).max(16),
	PatientsBirthDate: postDicomIsoDateSchema,
	PatientID: string().min(1).max(64),
	Priority: string(),
	PatientHistory: string(),
	PatientComplaints: string(),
	PatientSymptom: string(),
	RequestingPhysician: string(),
	RequestingDepartment: string(),
	RequestingProcedureDescription: string(),
	PerformedDatetime: postDicomDateTimeSchema,
	OrderNote1: string(),
	OrderNote2: string(),
	ReferringPhysiciansName: string(),
	StudyDescription: string(),
	RequestedProcedureId: string(),
	ScheduledEquipmentUuid: postDicomGuidSchema,
	/** One character: "M", "F", "O" (or empty). */
	PatientSex: postDicomPatientSexSchema
}).partial().refine((value) => Object.keys(value).length > 0, "validation.atLeastOneValue");
var POSTDICOM_CREATE_ORDER_JSON_KEYS = Object.keys(postDicomCreateOrderJsonParametersSchema.shape);
var postDicomCreateOrderJsonInputSchema = object({
	userUuid: postDicomIdSchema,
	institutionUuid: postDicomIdSchema,
	jsonParameters: postDicomCreateOrderJsonParametersSchema
});
function create(method, invoke, options) {
	return runPostDicom({
		method,
		invoke,
		schema: postDicomCreateOrderResultSchema
	}, options);
}
/** `CreateOrderWithMinimumParameters(userUuid, institutionUuid, patientName, patientId, modality, studyDescription, orderDate, orderTime, callback)`. */
async function createPostDicomOrderWithMinimumParameters(input, options = {}) {
	const v = parsePostDicomInput("CreateOrderWithMinimumParameters", postDicomCreateOrderMinimumInputSchema, input);
	return create("CreateOrderWithMinimumParameters", (api, cb) => api.CreateOrderWithMinimumParameters(v.userUuid, v.institutionUuid, v.patientName, v.patientId, v.modality, v.studyDescription, v.orderDate, v.orderTime, cb), options);
}
/** `CreateOrderWithFullParameters2(…)`: the full variant plus patient sex and referring physician. */
async function createPostDicomOrderWithFullParameters2(input, options = {}) {
	const v = parsePostDicomInput("CreateOrderWithFullParameters2", postDicomCreateOrderFull2InputSchema, input);
	return create("CreateOrderWithFullParameters2", (api, cb) => api.CreateOrderWithFullParameters2(v.userUuid, v.institutionUuid, v.patientName, v.patientId, v.patientOtherId, v.patientSex, v.patientBirthdate, v.modality, v.studyDescription, v.accessionNumber, v.complaints, v.orderDate, v.orderTime, v.procedureId, v.procedureDescription, v.scheduledEquipmentUuid, v.referringPhysiciansName, cb), options);
}
/** `CreateOrderWithJSON(userUuid, institutionUuid, jsonParameters, callback)`. */
async function createPostDicomOrderWithJson(input, options = {}) {
	const v = parsePostDicomInput("CreateOrderWithJSON", postDicomCreateOrderJsonInputSchema, input);
	const json = Object.fromEntries(Object.entries(v.jsonParameters).filter((entry) => typeof entry[1] === "string"));
	return create("CreateOrderWithJSON", (api, cb) => api.CreateOrderWithJSON(v.userUuid, v.institutionUuid, json, cb), options);
}
// src/api/postdicom/order-create-once.ts
function lookupOf(request) {
	if (request.variant === "json") {
		const v = parsePostDicomInput("CreateOrderWithJSON", postDicomCreateOrderJsonInputSchema, request.input);
		const accession = v.jsonParameters.OrderAccessionNumber ?? "";
		return {
			userUuid: v.userUuid,
			institutionUuid: v.institutionUuid,
			patientId: v.jsonParameters.PatientID ?? "",
			accessionNumber: accession,
			matches: (order) => accession !== "" && order.AccessionNumber === accession
		};
	}
	if (request.variant === "full") {
		const v = parsePostDicomInput("CreateOrderWithFullParameters2", postDicomCreateOrderFull2InputSchema, request.input);
		return {
			userUuid: v.userUuid,
			institutionUuid: v.institutionUuid,
			patientId: v.patientId,
			accessionNumber: v.accessionNumber,
			matches: (order) => v.accessionNumber !== "" && order.AccessionNumber === v.accessionNumber
		};
	}
	const v = parsePostDicomInput("CreateOrderWithMinimumParameters", postDicomCreateOrderMinimumInputSchema, request.input);
	return {
		userUuid: v.userUuid,
		institutionUuid: v.institutionUuid,
		patientId: v.patientId,
		accessionNumber: "",
		matches: (order) => samePostDicomMinimumOrder(v, order)
	};
}
/** The minimum variant's rule (see above), on validated values. */
function samePostDicomMinimumOrder(sent, order) {
	return order.PatientId === sent.patientId && order.PatientName === sent.patientName && order.OrderModality === sent.modality && order.OrderDate === sent.orderDate && (order.OrderTime ?? "") === sent.orderTime && (order.StudyDescription ?? "") === sent.studyDescription;
}
/** The earlier attempt of this request, if PostDICOM has it. */
async function findPostDicomEarlierOrder(request, options = {}) {
	const lookup = lookupOf(request);
	const found = (await getPostDicomPatientOrderList({
		userUuid: lookup.userUuid,
		institutionUuidList: [lookup.institutionUuid],
		accessionNumber: lookup.accessionNumber,
		patientId: lookup.patientId
	}, options)).find((order) => order.PatientOrderInstitutionUuid === lookup.institutionUuid && lookup.matches(order));
	return found && {
		Success: true,
		PatientOrderUuid: found.PatientOrderUuid,
		PatientOrderInstitutionUuid: found.PatientOrderInstitutionUuid
	};
}
/** Creates the order with the request's variant, exactly once (see above). */
async function createPostDicomOrderOnce(request, options = {}) {
	const earlier = await findPostDicomEarlierOrder(request, options);
	if (earlier) return {
		order: earlier,
		replayed: true
	};
	return {
		order: request.variant === "json" ? await createPostDicomOrderWithJson(request.input, options) : request.variant === "full" ? await createPostDicomOrderWithFullParameters2(request.input, options) : await createPostDicomOrderWithMinimumParameters(request.input, options),
		replayed: false
	};
}
// src/api/postdicom/order-groups.ts
/** Method group "order groups" (orders linked to open together): CreateOrderGroup, AddOrdersToOrderGroup, RemoveOrdersFromGroup. */
/** UNCONFIRMED shape: the new group's uuid (orders then show it as `ConnectedGroupUuid`). */
var postDicomCreateOrderGroupResultSchema = postDicomSuccessSchema.extend({ ConnectedGroupUuid: postDicomIdSchema });
var postDicomCreateOrderGroupInputSchema = object({
	userUuid: postDicomIdSchema,
	patientOrderInstitutionUuid: postDicomIdSchema,
	patientOrderUuidList: postDicomNonEmptyIdListSchema
});
postDicomCreateOrderGroupInputSchema.extend({ connectedGroupUuid: postDicomIdSchema });
var postDicomRemoveOrdersFromGroupInputSchema = postDicomCreateOrderGroupInputSchema;
/** `CreateOrderGroup(userUuid, patientOrderInstitutionUuid, patientOrderUuidList, callback)`: the new ConnectedGroupUuid. */
async function createPostDicomOrderGroup(input, options = {}) {
	const v = parsePostDicomInput("CreateOrderGroup", postDicomCreateOrderGroupInputSchema, input);
	return (await runPostDicom({
		method: "CreateOrderGroup",
		invoke: (api, cb) => api.CreateOrderGroup(v.userUuid, v.patientOrderInstitutionUuid, v.patientOrderUuidList, cb),
		schema: postDicomCreateOrderGroupResultSchema
	}, options)).ConnectedGroupUuid;
}
/** `RemoveOrdersFromGroup(userUuid, patientOrderInstitutionUuid, patientOrderUuidList, callback)`. */
async function removePostDicomOrdersFromGroup(input, options = {}) {
	const v = parsePostDicomInput("RemoveOrdersFromGroup", postDicomRemoveOrdersFromGroupInputSchema, input);
	await runPostDicom({
		method: "RemoveOrdersFromGroup",
		invoke: (api, cb) => api.RemoveOrdersFromGroup(v.userUuid, v.patientOrderInstitutionUuid, v.patientOrderUuidList, cb),
		schema: postDicomSuccessSchema
	}, options);
}
// src/api/postdicom/order-queries.ts
/** Creates with any variant, looking for an earlier attempt first (./order-create-once.ts). */
function useCreatePostDicomOrderOnce({ mutationConfig } = {}) {
	return usePostDicomOrderMutation(({ request, signal }) => createPostDicomOrderOnce(request, { signal }), mutationConfig);
}
function useCreatePostDicomOrderGroup({ mutationConfig } = {}) {
	return usePostDicomOrderMutation((input) => createPostDicomOrderGroup(input), mutationConfig);
}
function useRemovePostDicomOrdersFromGroup({ mutationConfig } = {}) {
	return usePostDicomOrderMutation((input) => removePostDicomOrdersFromGroup(input), mutationConfig);
}
function useAssignPostDicomPatientOrderToUser({ mutationConfig } = {}) {
	return usePostDicomOrderMutation((input) => assignPostDicomPatientOrderToUser(input), mutationConfig);
}
function useUnassignPostDicomPatientOrderFromUser({ mutationConfig } = {}) {
	return usePostDicomOrderMutation((input) => unassignPostDicomPatientOrderFromUser(input), mutationConfig);
}
function useAssignPostDicomPatientOrderToUserGroup({ mutationConfig } = {}) {
	return usePostDicomOrderMutation((input) => assignPostDicomPatientOrderToUserGroup(input), mutationConfig);
}
function useUnassignPostDicomPatientOrderFromUserGroup({ mutationConfig } = {}) {
	return usePostDicomOrderMutation((input) => unassignPostDicomPatientOrderFromUserGroup(input), mutationConfig);
}
function useAssignPostDicomPatientOrderToLocation({ mutationConfig } = {}) {
	return usePostDicomOrderMutation((input) => assignPostDicomPatientOrderToLocation(input), mutationConfig);
}
export { useCreatePostDicomOrderOnce as a, useUnassignPostDicomPatientOrderFromUserGroup as c, postDicomCreateOrderJsonInputSchema as d, postDicomCreateOrderMinimumInputSchema as f, useCreatePostDicomOrderGroup as i, POSTDICOM_CREATE_ORDER_JSON_KEYS as l, useAssignPostDicomPatientOrderToUser as n, useRemovePostDicomOrdersFromGroup as o, useNotifySuccess as p, useAssignPostDicomPatientOrderToUserGroup as r, useUnassignPostDicomPatientOrderFromUser as s, useAssignPostDicomPatientOrderToLocation as t, postDicomCreateOrderFull2InputSchema as u };
