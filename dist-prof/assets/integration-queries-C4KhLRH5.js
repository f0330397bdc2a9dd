import { Cn as boolean, Dn as number, Fn as uuid, In as withMutationConfig, Kt as soloEndpoints, Mn as union, Nn as unknown, On as object, Pn as url, Sn as array, Zt as soloEmptyResponseSchema, bn as _enum, dr as useQuery, en as soloClient, gn as parseInput, jn as string, lr as useMutation, pn as refineIsoDate, tn as isSoloAssistanceNotFound, ur as queryOptions, yn as datetime } from "./search-Bd_rEMYc.js";
import { vr as useQueryClient } from "./boot-CCHtFN9d.js";
import { i as uploadSoloAttachment, n as deleteSoloAttachment, r as listSoloAttachments } from "./attachments-BvRbWpSg.js";
import "./linking-BAvRG6uJ.js";
import { n as soloKeys } from "./queries-DCLO6RnH.js";
import { a as getSoloEncounterReportStatus, i as downloadSoloEncounterReport, n as createSoloEncounterReport, r as downloadSoloCsvDataDump, t as SOLO_REPORT_POLL_INTERVAL_MS } from "./reports-BFfrGRf9.js";
// src/api/solo/assistance.ts
var text = () => string().trim().min(1);
var soloAssistanceByBedSchema = object({
	building: text(),
	floor: text(),
	room: text(),
	bed: text().optional()
}).strict();
var soloAssistanceByDepartmentSchema = object({
	department: text(),
	room: text(),
	bed: text().optional()
}).strict();
var soloAssistanceByPatientSchema = object({ patientMrn: text() }).strict();
var soloAssistanceByDeviceSchema = object({ deviceSerialNumber: text() }).strict();
/** The four documented bodies: building+floor+room(+bed), department+room(+bed), patient MRN, device serial. */
var soloAssistanceLocatorSchema = union([
	soloAssistanceByBedSchema,
	soloAssistanceByDepartmentSchema,
	soloAssistanceByPatientSchema,
	soloAssistanceByDeviceSchema
], { error: "validation.assistanceLocator" });
var soloAssistanceRequestSchema = object({
	id: string().min(1),
	device: string(),
	careLocation: object({
		availability: string(),
		id: string(),
		name: string(),
		status: string(),
		video: object({
			type: string(),
			clientId: string().nullable(),
			serialNumber: string(),
			careLocationId: string(),
			skipActivation: boolean()
		})
	}),
	practice: string(),
	patient: object({
		age: number().int().nonnegative(),
		id: string(),
		firstName: string(),
		lastName: string(),
		middleName: string().nullable(),
		dob: string().superRefine(refineIsoDate),
		mrn: string()
	}).nullable(),
	assignedTo: unknown().nullable(),
	room: string(),
	status: string(),
	createdAt: datetime({ offset: true }),
	finishedAt: datetime({ offset: true }).nullable(),
	location: object({
		id: string(),
		name: string()
	}),
	avSessions: array(unknown()),
	createdFromExternalApi: boolean()
});
/** `POST /qapi/v1/request-assistance` */
async function createSoloAssistanceRequest(locator, options = {}) {
	return soloClient.request({
		...soloEndpoints.createAssistanceRequest.at(),
		json: parseInput("solo", soloEndpoints.createAssistanceRequest.name, soloAssistanceLocatorSchema, locator),
		schema: soloAssistanceRequestSchema,
		...options
	});
}
/** `GET /qapi/v1/request-assistance` (locator as query parameters). 404 "Request not found" when there is none. */
async function getSoloCurrentAssistanceRequest(locator, options = {}) {
	return soloClient.request({
		...soloEndpoints.getCurrentAssistanceRequest.at(),
		query: parseInput("solo", soloEndpoints.getCurrentAssistanceRequest.name, soloAssistanceLocatorSchema, locator),
		schema: soloAssistanceRequestSchema,
		...options
	});
}
/** `DELETE /qapi/v1/request-assistance`: cancels the current request. */
async function cancelSoloAssistanceRequest(locator, options = {}) {
	await soloClient.request({
		...soloEndpoints.cancelAssistanceRequest.at(),
		json: parseInput("solo", soloEndpoints.cancelAssistanceRequest.name, soloAssistanceLocatorSchema, locator),
		schema: soloEmptyResponseSchema,
		...options
	});
}
// src/api/solo/documents.ts
var soloDocumentResponseSchema = object({
	question: string().trim().min(1),
	response: string()
});
object({
	name: string().trim().min(1),
	dateTime: number().int().nonnegative(),
	responses: array(soloDocumentResponseSchema)
});
string().trim().min(1);
// src/api/solo/perfect-answer.ts
var soloConsultTypes = ["new", "update"];
var soloPerfectAnswerReasons = [
	"Stroke",
	"EEG Stat",
	"EEG Routine"
];
var required = () => string().trim().min(1);
var isoDateTime = datetime({ offset: true });
object({
	firstName: required(),
	lastName: required(),
	dob: string().superRefine(refineIsoDate),
	locationId: uuid(),
	mrn: required(),
	physicianCallbackNumber: string().trim().min(1).optional(),
	requestingProvider: required(),
	callCenterNotified: isoDateTime.optional(),
	physicianNotified: isoDateTime.optional(),
	patientLocation: string().trim().min(1).optional(),
	consultType: _enum(soloConsultTypes),
	reason: _enum(soloPerfectAnswerReasons),
	caller: string().trim().min(1).optional()
}).strict().superRefine((value, ctx) => {
	const today = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
	if (value.dob > today) ctx.addIssue({
		code: "custom",
		path: ["dob"],
		message: "validation.dateInFuture"
	});
});
object({
	patientId: uuid(),
	encounterId: uuid()
});
// src/api/solo/webhooks.ts
var soloWebhookEvents = [
	"patient:created",
	"patient:updated",
	"patient:deactivated",
	"appointment:scheduled",
	"appointment:rescheduled",
	"appointment:cancelled",
	"appointment:completed",
	"appointment:incompleted",
	"appointment:no-show",
	"appointment:lwbs",
	"episode:created",
	"episode:updated"
];
var soloWebhookEventSchema = _enum(soloWebhookEvents);
var soloWebhookRequestSchema = object({
	endpoint: url({
		protocol: /^https?$/,
		message: "validation.httpUrl"
	}),
	events: array(soloWebhookEventSchema).min(1).refine((events) => new Set(events).size === events.length, "validation.duplicate")
});
var soloWebhookSchema = object({
	id: string().min(1),
	endpoint: string().min(1),
	events: array(soloWebhookEventSchema)
});
var soloWebhookWithKeySchema = soloWebhookSchema.extend({ encryptionKey: string().min(1) });
object({
	event: soloWebhookEventSchema,
	data: union([
		object({ patientId: number().int() }),
		object({ appointmentId: number().int() }),
		object({ episodeId: union([string().min(1), number().int()]) })
	])
});
var webhookIdSchema = string().trim().min(1);
/** `POST /qapi/v1/webhooks` → the webhook with its `encryptionKey` (store it to decrypt deliveries). */
async function createSoloWebhook(request, options = {}) {
	return soloClient.request({
		...soloEndpoints.createWebhook.at(),
		json: parseInput("solo", soloEndpoints.createWebhook.name, soloWebhookRequestSchema, request),
		schema: soloWebhookWithKeySchema,
		...options
	});
}
/** `PUT /qapi/v1/webhooks/{webhookId}` */
async function updateSoloWebhook(webhookId, request, options = {}) {
	const endpoint = soloEndpoints.updateWebhook;
	const id = parseInput("solo", endpoint.name, webhookIdSchema, webhookId, { at: "webhookId" });
	return soloClient.request({
		...endpoint.at({ webhookId: id }),
		json: parseInput("solo", endpoint.name, soloWebhookRequestSchema, request),
		schema: soloWebhookSchema,
		...options
	});
}
/** `GET /qapi/v1/webhooks` */
async function listSoloWebhooks(options = {}) {
	return soloClient.request({
		...soloEndpoints.listWebhooks.at(),
		schema: array(soloWebhookSchema),
		...options
	});
}
/** `DELETE /qapi/v1/webhooks/{webhookId}`: deactivates the webhook. */
async function deleteSoloWebhook(webhookId, options = {}) {
	const id = parseInput("solo", soloEndpoints.deleteWebhook.name, webhookIdSchema, webhookId, { at: "webhookId" });
	await soloClient.request({
		...soloEndpoints.deleteWebhook.at({ webhookId: id }),
		schema: soloEmptyResponseSchema,
		...options
	});
}
// src/api/solo/integration-queries.ts
/**
* Query options and hooks of Solo's integration groups: assistance requests, attachments, patient documents,
* context links, perfect answer, reports and webhooks (keys: `soloKeys` in ./queries.ts). Mutations never retry.
*/
/** The current request at a place, or `null` when there is none. */
var soloCurrentAssistanceRequestQuery = (locator) => queryOptions({
	queryKey: soloKeys.currentAssistanceRequest(locator),
	queryFn: async ({ signal }) => {
		try {
			return await getSoloCurrentAssistanceRequest(locator, { signal });
		} catch (error) {
			if (isSoloAssistanceNotFound(error)) return null;
			throw error;
		}
	}
});
function useSoloCurrentAssistanceRequest(locator, { queryConfig } = {}) {
	return useQuery({
		...soloCurrentAssistanceRequestQuery(locator),
		...queryConfig
	});
}
function useCreateSoloAssistanceRequest({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: (locator) => createSoloAssistanceRequest(locator),
		onSuccess: () => queryClient.invalidateQueries({ queryKey: soloKeys.assistance() })
	}, mutationConfig));
}
function useCancelSoloAssistanceRequest({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: (locator) => cancelSoloAssistanceRequest(locator),
		onSuccess: () => queryClient.invalidateQueries({ queryKey: soloKeys.assistance() })
	}, mutationConfig));
}
var soloAttachmentsQuery = (appointmentId) => queryOptions({
	queryKey: soloKeys.attachmentList(appointmentId),
	queryFn: ({ signal }) => listSoloAttachments(appointmentId, { signal }),
	enabled: appointmentId.trim() !== ""
});
function useSoloAttachments(appointmentId, { queryConfig } = {}) {
	return useQuery({
		...soloAttachmentsQuery(appointmentId),
		...queryConfig
	});
}
function useUploadSoloAttachment({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: (params) => uploadSoloAttachment(params),
		onSuccess: (_attachment, params) => queryClient.invalidateQueries({ queryKey: soloKeys.attachmentList(params.appointmentId) })
	}, mutationConfig));
}
function useDeleteSoloAttachment({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: (params) => deleteSoloAttachment(params),
		onSuccess: (_nothing, params) => queryClient.invalidateQueries({ queryKey: soloKeys.attachmentList(params.appointmentId) })
	}, mutationConfig));
}
/**
* The report's status, polled every `intervalMs` while it is `pending`; polling stops by itself once it is
* `completed` or `failed`.
*/
var soloEncounterReportStatusQuery = (reportId, intervalMs = SOLO_REPORT_POLL_INTERVAL_MS) => queryOptions({
	queryKey: soloKeys.encounterReportStatus(reportId),
	queryFn: ({ signal }) => getSoloEncounterReportStatus(reportId, { signal }),
	enabled: reportId.trim() !== "",
	staleTime: 0,
	refetchInterval: (query) => query.state.data?.status === "pending" ? intervalMs : false,
	refetchIntervalInBackground: true
});
function useSoloEncounterReportStatus(reportId, intervalMs, { queryConfig } = {}) {
	return useQuery({
		...soloEncounterReportStatusQuery(reportId, intervalMs),
		...queryConfig
	});
}
/** On-demand download of the CSV dump (a click); mutations never retry. */
function useDownloadSoloCsvDataDump({ mutationConfig } = {}) {
	return useMutation(withMutationConfig({ mutationFn: (range) => downloadSoloCsvDataDump(range) }, mutationConfig));
}
function useCreateSoloEncounterReport({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: (request) => createSoloEncounterReport(request),
		onSuccess: (report) => queryClient.setQueryData(soloKeys.encounterReportStatus(report.id), report)
	}, mutationConfig));
}
function useDownloadSoloEncounterReport({ mutationConfig } = {}) {
	return useMutation(withMutationConfig({ mutationFn: (reportId) => downloadSoloEncounterReport(reportId) }, mutationConfig));
}
var soloWebhooksQuery = () => queryOptions({
	queryKey: soloKeys.webhookList(),
	queryFn: ({ signal }) => listSoloWebhooks({ signal })
});
function useSoloWebhooks({ queryConfig } = {}) {
	return useQuery({
		...soloWebhooksQuery(),
		...queryConfig
	});
}
function useCreateSoloWebhook({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: (request) => createSoloWebhook(request),
		onSuccess: () => queryClient.invalidateQueries({ queryKey: soloKeys.webhooks() })
	}, mutationConfig));
}
function useUpdateSoloWebhook({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: (params) => updateSoloWebhook(params.webhookId, params.request),
		onSuccess: () => queryClient.invalidateQueries({ queryKey: soloKeys.webhooks() })
	}, mutationConfig));
}
function useDeleteSoloWebhook({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: (webhookId) => deleteSoloWebhook(webhookId),
		onSuccess: (_nothing, webhookId) => {
			queryClient.removeQueries({ queryKey: soloKeys.webhook(webhookId) });
			return queryClient.invalidateQueries({ queryKey: soloKeys.webhookList() });
		}
	}, mutationConfig));
}
export { useDeleteSoloAttachment as a, useDownloadSoloEncounterReport as c, useSoloEncounterReportStatus as d, useSoloWebhooks as f, soloWebhookEvents as h, useCreateSoloWebhook as i, useSoloAttachments as l, useUploadSoloAttachment as m, useCreateSoloAssistanceRequest as n, useDeleteSoloWebhook as o, useUpdateSoloWebhook as p, useCreateSoloEncounterReport as r, useDownloadSoloCsvDataDump as s, useCancelSoloAssistanceRequest as t, useSoloCurrentAssistanceRequest as u };
