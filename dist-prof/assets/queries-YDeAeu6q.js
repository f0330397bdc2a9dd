import { lr as keepPreviousData, qn as VendorError, vr as useQueryClient } from "./boot-CCHtFN9d.js";
import { In as withMutationConfig, Nn as unknown, On as object, Pn as url, Sn as array, an as impiloCreatePatientSchema, bn as _enum, cn as impiloEndpoints, dr as useQuery, gn as parseInput, jn as string, ln as impiloIdSchema, lr as useMutation, mn as impiloClient, nn as createImpiloPatient, on as listImpiloPatients, rn as getImpiloPatient, sn as updateImpiloPatient, un as impiloIsoDateTimeSchema, ur as queryOptions } from "./search-Bd_rEMYc.js";
import { i as listImpiloKits, n as listImpiloSites, r as listImpiloItems, t as getImpiloSite } from "./sites-BmKjGMx7.js";
import { i as listImpiloOrders, n as getImpiloOrder, r as impiloCreateOrderSchema, t as createImpiloOrder } from "./orders-pwrwT17L.js";
/** The order that carries `externalOrderId`, if Impilo has one (every page, up to the bound above). */
async function findImpiloOrderByExternalId(externalOrderId, options = {}) {
	for (let page = 0; page < 40; page++) {
		const result = await listImpiloOrders({
			page,
			size: 250
		}, options);
		const found = result.content.find((order) => order.externalOrderIds.includes(externalOrderId));
		if (found) return found;
		if (result.last || result.content.length === 0) return void 0;
	}
}
/** `POST /order`, exactly once (see above). The first external order id is the key. */
async function createImpiloOrderOnce(input, options = {}) {
	const sent = parseInput("impilo", impiloEndpoints.createOrder.name, impiloCreateOrderSchema, input);
	const key = sent.externalOrderIds?.[0];
	if (key) {
		const earlier = await findImpiloOrderByExternalId(key, options);
		if (earlier) return {
			order: earlier,
			replayed: true
		};
	}
	return {
		order: await createImpiloOrder(sent, options),
		replayed: false
	};
}
// src/api/impilo/patient-create-once.ts
/** The MRN is held by another patient (answered before anything is created). */
var ImpiloExternalIdentifierTakenError = class extends VendorError {
	existing;
	constructor(existing) {
		super("impilo", "POST /api/v3/patient", 409, "externalIdentifier is already used by another patient", { externalIdentifier: ["already used by another patient"] });
		this.existing = existing;
	}
};
var clean = (value) => (value ?? "").trim().toLowerCase();
function sameImpiloPatientData(sent, stored) {
	return clean(sent.firstName) === clean(stored.firstName) && clean(sent.lastName) === clean(stored.lastName) && clean(sent.dateOfBirth) === clean(stored.dateOfBirth);
}
/** `POST /api/v3/patient`, exactly once by `externalIdentifier` (see above). */
async function createImpiloPatientOnce(input, options = {}) {
	const sent = parseInput("impilo", impiloEndpoints.createPatient.name, impiloCreatePatientSchema, input);
	const existing = (await listImpiloPatients({
		externalIdentifier: sent.externalIdentifier,
		size: 10
	}, options)).content.find((patient) => patient.externalIdentifier === sent.externalIdentifier);
	if (existing) {
		if (sameImpiloPatientData(sent, existing)) return {
			patient: existing,
			replayed: true
		};
		throw new ImpiloExternalIdentifierTakenError(existing);
	}
	return {
		patient: await createImpiloPatient(sent, options),
		replayed: false
	};
}
// src/api/impilo/webhooks.ts
/**
* Webhooks (CONFIRMED `POST /webhook` with `{ type, url }`; types order.status, patient.created,
* patient.updated). Deliveries carry an `Impilo-Webhook-Secret` header and are retried after 15 and then
* 30 minutes (that is the receiving server's business, not the browser's). ASSUMED: list and delete paths,
* and that the answer may include the `secret` the deliveries will carry.
*/
var impiloWebhookTypes = [
	"order.status",
	"patient.created",
	"patient.updated"
];
var impiloCreateWebhookSchema = object({
	type: _enum(impiloWebhookTypes),
	url: url({
		protocol: /^https$/,
		message: "validation.httpsUrl"
	})
});
var impiloWebhookSchema = object({
	id: impiloIdSchema,
	type: _enum(impiloWebhookTypes),
	url: string().min(1),
	secret: string().nullish(),
	createdAt: impiloIsoDateTimeSchema.nullish()
});
/** `POST /api/v3/webhook` */
async function createImpiloWebhook(input, options = {}) {
	return impiloClient.request({
		...impiloEndpoints.createWebhook.at(),
		json: parseInput("impilo", impiloEndpoints.createWebhook.name, impiloCreateWebhookSchema, input),
		schema: impiloWebhookSchema,
		...options
	});
}
/** `GET /api/v3/webhook` (assumed) */
async function listImpiloWebhooks(options = {}) {
	return impiloClient.request({
		...impiloEndpoints.listWebhooks.at(),
		schema: array(impiloWebhookSchema),
		...options
	});
}
/** `DELETE /api/v3/webhook/{webhookId}` (assumed). Answers nothing (204). */
async function deleteImpiloWebhook(webhookId, options = {}) {
	await impiloClient.request({
		...impiloEndpoints.deleteWebhook.at({ webhookId: parseInput("impilo", impiloEndpoints.deleteWebhook.name, impiloIdSchema, webhookId, { at: "webhookId" }) }),
		schema: unknown(),
		...options
	});
}
// src/api/impilo/queries.ts
/** Query keys of every Impilo query: `[vendor, group, …]`. Invalidating a prefix invalidates what is under it. */
var impiloKeys = {
	all: ["impilo"],
	patients: () => [...impiloKeys.all, "patients"],
	patientList: (filters) => [
		...impiloKeys.patients(),
		"list",
		filters
	],
	patient: (patientId) => [
		...impiloKeys.patients(),
		"detail",
		patientId
	],
	sites: () => [...impiloKeys.all, "sites"],
	siteList: (paging) => [
		...impiloKeys.sites(),
		"list",
		paging
	],
	site: (siteId) => [
		...impiloKeys.sites(),
		"detail",
		siteId
	],
	catalogue: () => [...impiloKeys.all, "catalogue"],
	itemList: (paging) => [
		...impiloKeys.catalogue(),
		"items",
		paging
	],
	kitList: (paging) => [
		...impiloKeys.catalogue(),
		"kits",
		paging
	],
	orders: () => [...impiloKeys.all, "orders"],
	orderList: (paging) => [
		...impiloKeys.orders(),
		"list",
		paging
	],
	order: (orderId) => [
		...impiloKeys.orders(),
		"detail",
		orderId
	],
	webhooks: () => [...impiloKeys.all, "webhooks"]
};
var impiloPatientsQuery = (filters = {}) => queryOptions({
	queryKey: impiloKeys.patientList(filters),
	queryFn: ({ signal }) => listImpiloPatients(filters, { signal }),
	placeholderData: keepPreviousData
});
var impiloPatientQuery = (patientId) => queryOptions({
	queryKey: impiloKeys.patient(patientId),
	queryFn: ({ signal }) => getImpiloPatient(patientId, { signal })
});
var impiloSitesQuery = (paging = {}) => queryOptions({
	queryKey: impiloKeys.siteList(paging),
	queryFn: ({ signal }) => listImpiloSites(paging, { signal }),
	placeholderData: keepPreviousData
});
var impiloSiteQuery = (siteId) => queryOptions({
	queryKey: impiloKeys.site(siteId),
	queryFn: ({ signal }) => getImpiloSite(siteId, { signal })
});
var impiloItemsQuery = (paging = {}) => queryOptions({
	queryKey: impiloKeys.itemList(paging),
	queryFn: ({ signal }) => listImpiloItems(paging, { signal }),
	placeholderData: keepPreviousData,
	staleTime: 6e5
});
var impiloKitsQuery = (paging = {}) => queryOptions({
	queryKey: impiloKeys.kitList(paging),
	queryFn: ({ signal }) => listImpiloKits(paging, { signal }),
	placeholderData: keepPreviousData,
	staleTime: 6e5
});
var impiloOrderQuery = (orderId) => queryOptions({
	queryKey: impiloKeys.order(orderId),
	queryFn: ({ signal }) => getImpiloOrder(orderId, { signal })
});
var impiloWebhooksQuery = () => queryOptions({
	queryKey: impiloKeys.webhooks(),
	queryFn: ({ signal }) => listImpiloWebhooks({ signal })
});
function useImpiloPatients(filters = {}, { queryConfig } = {}) {
	return useQuery({
		...impiloPatientsQuery(filters),
		...queryConfig
	});
}
function useImpiloPatient(patientId, { queryConfig } = {}) {
	return useQuery({
		...impiloPatientQuery(patientId ?? ""),
		enabled: !!patientId,
		...queryConfig
	});
}
/** Creates a patient once by its `externalIdentifier` (see ./patient-create-once.ts), with the user's Cancel signal. */
function useCreateImpiloPatientOnce({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: ({ input, signal }) => createImpiloPatientOnce(input, { signal }),
		onSuccess: ({ patient }) => {
			queryClient.setQueryData(impiloKeys.patient(patient.id), patient);
			return queryClient.invalidateQueries({ queryKey: [...impiloKeys.patients(), "list"] });
		}
	}, mutationConfig));
}
function useUpdateImpiloPatient({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: ({ patientId, input, signal }) => updateImpiloPatient(patientId, input, { signal }),
		onSuccess: (patient) => {
			queryClient.setQueryData(impiloKeys.patient(patient.id), patient);
			return queryClient.invalidateQueries({ queryKey: [...impiloKeys.patients(), "list"] });
		}
	}, mutationConfig));
}
function useImpiloSites(paging = {}, { queryConfig } = {}) {
	return useQuery({
		...impiloSitesQuery(paging),
		...queryConfig
	});
}
function useImpiloSite(siteId, { queryConfig } = {}) {
	return useQuery({
		...impiloSiteQuery(siteId ?? ""),
		enabled: !!siteId,
		...queryConfig
	});
}
function useImpiloItems(paging = {}, { queryConfig } = {}) {
	return useQuery({
		...impiloItemsQuery(paging),
		...queryConfig
	});
}
function useImpiloKits(paging = {}, { queryConfig } = {}) {
	return useQuery({
		...impiloKitsQuery(paging),
		...queryConfig
	});
}
function useImpiloOrder(orderId, { queryConfig } = {}) {
	return useQuery({
		...impiloOrderQuery(orderId ?? ""),
		enabled: !!orderId,
		...queryConfig
	});
}
function useImpiloWebhooks({ queryConfig } = {}) {
	return useQuery({
		...impiloWebhooksQuery(),
		...queryConfig
	});
}
function useCreateImpiloWebhook({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: (input) => createImpiloWebhook(input),
		onSuccess: () => queryClient.invalidateQueries({ queryKey: impiloKeys.webhooks() })
	}, mutationConfig));
}
function useDeleteImpiloWebhook({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: (webhookId) => deleteImpiloWebhook(webhookId),
		onSuccess: () => queryClient.invalidateQueries({ queryKey: impiloKeys.webhooks() })
	}, mutationConfig));
}
/** Creates an order, looking for an earlier attempt by its external order id first (./order-create-once.ts). */
function useCreateImpiloOrderOnce({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: ({ input, signal }) => createImpiloOrderOnce(input, { signal }),
		onSuccess: ({ order }) => {
			queryClient.setQueryData(impiloKeys.order(order.id), order);
			return queryClient.invalidateQueries({ queryKey: [...impiloKeys.orders(), "list"] });
		}
	}, mutationConfig));
}
export { useDeleteImpiloWebhook as a, useImpiloOrder as c, useImpiloSite as d, useImpiloSites as f, impiloWebhookTypes as h, useCreateImpiloWebhook as i, useImpiloPatient as l, useUpdateImpiloPatient as m, useCreateImpiloOrderOnce as n, useImpiloItems as o, useImpiloWebhooks as p, useCreateImpiloPatientOnce as r, useImpiloKits as s, impiloKeys as t, useImpiloPatients as u };
