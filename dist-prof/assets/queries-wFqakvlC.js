import { lr as keepPreviousData, vr as useQueryClient } from "./boot-CCHtFN9d.js";
import { E as createEdenOrder, F as listEdenOrders, I as updateEdenOrder, In as withMutationConfig, L as edenEndpoints, P as getEdenOrder, R as edenClient, T as cancelEdenOrder, dr as useQuery, gn as parseInput, k as edenCreateOrderSchema, lr as useMutation, ur as queryOptions, w as EDEN_LIMITS, z as isEdenDuplicateFolioError } from "./search-Bd_rEMYc.js";
import { J as _maxLength, _ as uuid, c as optional, p as string, r as array, s as object } from "./session-tTKx-X8h.js";
// src/api/eden/facilities.ts
/**
* Facilities and rooms (AE titles). Assumption: Eden's public page shows no such endpoint; we assume
* `GET /facilities/`. The order form still accepts a typed facility identifier when this call fails.
*/
var edenFacilitySchema = object({
	id: uuid(),
	identifier: string().check(_maxLength(EDEN_LIMITS.facility_identifier)),
	name: string(),
	time_zone: optional(string()),
	rooms: array(object({
		id: uuid(),
		ae_title: string(),
		slug: string(),
		name: string()
	}))
});
var edenFacilityListSchema = array(edenFacilitySchema);
/** `GET /facilities/` (assumed). */
async function listEdenFacilities(options = {}) {
	return edenClient.request({
		...edenEndpoints.listFacilities.at(),
		schema: edenFacilityListSchema,
		...options
	});
}
// src/api/eden/order-create-once.ts
/**
* Creating an order exactly once. The folio is the client's idempotency key: when Eden says the folio
* exists, the existing order is fetched, and if it carries the same data, that is success (an earlier
* attempt got through but its answer was lost). A folio used by different data stays an error.
*/
var comparedFields = [
	"description",
	"modality",
	"study_code",
	"study_name",
	"patient_identifier",
	"patient_name",
	"patient_gender",
	"patient_birth_date",
	"appointment_date",
	"appointment_time"
];
/** Whether an existing order carries the data we meant to create (the fields that define the order). */
function sameEdenOrderData(sent, existing) {
	if (existing.folio !== sent.folio || existing.facility.identifier !== sent.facility_identifier) return false;
	return comparedFields.every((field) => (sent[field] ?? null) === (existing[field] ?? null));
}
function todayIso() {
	return (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
}
async function findOrderByFolio(sent, signal) {
	const day = sent.appointment_date ?? todayIso();
	return (await listEdenOrders({
		start_date: day,
		end_date: day,
		patient_identifier: sent.patient_identifier,
		modality: [sent.modality],
		limit: 100
	}, { signal })).results.find((order) => order.folio === sent.folio);
}
/** `POST /orders/`, exactly once (see above). */
async function createEdenOrderOnce(input, options = {}) {
	const sent = parseInput("eden", edenEndpoints.createOrder.name, edenCreateOrderSchema, input);
	try {
		return {
			order: await createEdenOrder(sent, options),
			replayed: false
		};
	} catch (error) {
		if (!isEdenDuplicateFolioError(error)) throw error;
		const existing = await findOrderByFolio(sent, options.signal);
		if (existing && sameEdenOrderData(sent, existing)) return {
			order: existing,
			replayed: true
		};
		throw error;
	}
}
// src/api/eden/queries.ts
/** Query keys of every Eden query: `[vendor, group, …]`. Invalidating a prefix invalidates what is under it. */
var edenKeys = {
	all: ["eden"],
	facilities: () => [...edenKeys.all, "facilities"],
	orders: () => [...edenKeys.all, "orders"],
	orderList: (params) => [
		...edenKeys.orders(),
		"list",
		params
	],
	order: (id) => [
		...edenKeys.orders(),
		"detail",
		id
	]
};
var edenFacilitiesQuery = () => queryOptions({
	queryKey: edenKeys.facilities(),
	queryFn: ({ signal }) => listEdenFacilities({ signal }),
	staleTime: 6e5
});
var edenOrderQuery = (id) => queryOptions({
	queryKey: edenKeys.order(id),
	queryFn: ({ signal }) => getEdenOrder(id, { signal })
});
var edenOrderListQuery = (params) => queryOptions({
	queryKey: edenKeys.orderList(params),
	queryFn: ({ signal }) => listEdenOrders(params, { signal }),
	placeholderData: keepPreviousData
});
function useEdenFacilities({ queryConfig } = {}) {
	return useQuery({
		...edenFacilitiesQuery(),
		...queryConfig
	});
}
function useEdenOrder(id, { queryConfig } = {}) {
	return useQuery({
		...edenOrderQuery(id),
		...queryConfig
	});
}
function useEdenOrders(params, { queryConfig } = {}) {
	return useQuery({
		...edenOrderListQuery(params),
		...queryConfig
	});
}
function useOrderWritten() {
	const queryClient = useQueryClient();
	return (order) => {
		queryClient.setQueryData(edenKeys.order(order.id), order);
		queryClient.invalidateQueries({ queryKey: [...edenKeys.orders(), "list"] });
	};
}
/** Creates exactly once (see `createEdenOrderOnce`); never retried automatically. */
function useCreateEdenOrder({ mutationConfig } = {}) {
	const written = useOrderWritten();
	return useMutation(withMutationConfig({
		mutationFn: ({ input, signal }) => createEdenOrderOnce(input, { signal }),
		onSuccess: (result) => written(result.order)
	}, mutationConfig));
}
function useUpdateEdenOrder(id, { mutationConfig } = {}) {
	const written = useOrderWritten();
	return useMutation(withMutationConfig({
		mutationFn: ({ input, signal }) => updateEdenOrder(id, input, { signal }),
		onSuccess: written
	}, mutationConfig));
}
function useCancelEdenOrder(id, { mutationConfig } = {}) {
	const written = useOrderWritten();
	return useMutation(withMutationConfig({
		mutationFn: (reason) => cancelEdenOrder(id, reason),
		onSuccess: written
	}, mutationConfig));
}
export { useEdenOrders as a, useEdenOrder as i, useCreateEdenOrder as n, useUpdateEdenOrder as o, useEdenFacilities as r, useCancelEdenOrder as t };
