import { $t as soloUnixSecondsSchema, Bt as getSoloPatientBySpid, Dn as number, Ht as updateSoloPatient, In as withMutationConfig, Jt as soloAckSchema, Kt as soloEndpoints, Nn as unknown, On as object, Rt as createSoloPatient, Sn as array, Ut as updateSoloPatientBySpid, Vt as soloCreatePatientSchema, Xt as soloDurationSecondsSchema, dr as useQuery, en as soloClient, gn as parseInput, jn as string, lr as useMutation, ur as queryOptions, zt as getSoloPatient } from "./search-Bd_rEMYc.js";
import { qn as VendorError, vr as useQueryClient } from "./boot-CCHtFN9d.js";
import { n as getSoloEpisodeAppointments, r as listSoloEpisodes, t as assignSoloAppointmentEpisode } from "./episodes-DsdDOlOU.js";
// src/api/solo/patient-create-once.ts
function isSoloDuplicatePatientError(error) {
	return error instanceof VendorError && error.status === 409 && /already exists/i.test(error.vendorMessage);
}
var clean = (value) => (value ?? "").trim().toLowerCase();
/** Whether the stored patient is the one that was sent (name, birth date, sex, MRN). */
function sameSoloPatientData(sent, stored) {
	const a = sent.name?.[0];
	const b = stored.name?.[0];
	return clean(a?.firstName) === clean(b?.firstName) && clean(a?.lastName) === clean(b?.lastName) && clean(sent.birthDate) === clean(stored.birthDate) && clean(sent.gender) === clean(stored.gender) && clean(sent.mrn) === clean(stored.mrn);
}
/** `POST /qapi/v1/patients`, exactly once (see above). */
async function createSoloPatientOnce(input, options = {}) {
	const sent = parseInput("solo", soloEndpoints.createPatient.name, soloCreatePatientSchema, input);
	try {
		return {
			id: sent.id,
			spid: await createSoloPatient(sent, options),
			replayed: false
		};
	} catch (error) {
		if (!isSoloDuplicatePatientError(error)) throw error;
		if (sameSoloPatientData(sent, await getSoloPatient(sent.id, options))) return {
			id: sent.id,
			spid: null,
			replayed: true
		};
		throw error;
	}
}
// src/api/solo/slots.ts
/** Free appointment slots of a waiting room in a date range. */
/** `after`, `before` and `waitingRoom` are required; `duration` is optional, in [1, 86400]. */
var soloSlotQuerySchema = object({
	after: soloUnixSecondsSchema,
	before: soloUnixSecondsSchema,
	waitingRoom: string().trim().min(1),
	duration: soloDurationSecondsSchema.optional()
}).superRefine((query, ctx) => {
	if (query.after >= query.before) ctx.addIssue({
		code: "custom",
		path: ["before"],
		message: "validation.endNotAfterStart"
	});
});
var soloSlotSchema = object({
	date: soloUnixSecondsSchema,
	duration: soloDurationSecondsSchema
});
var soloSlotsSchema = array(soloSlotSchema);
/** `GET /qapi/v1/appointment-slots` */
async function getSoloSlots(query, options = {}) {
	const params = parseInput("solo", soloEndpoints.listSlots.name, soloSlotQuerySchema, query);
	return soloClient.request({
		...soloEndpoints.listSlots.at(),
		query: params,
		schema: soloSlotsSchema,
		...options
	});
}
// src/api/solo/visit-notes.ts
/** The visit note (appointment note) of an appointment: get, and update the answers to its questions. */
var soloVisitNoteCommentSchema = object({
	id: string(),
	templateId: string(),
	message: string(),
	postedAt: number().int().nonnegative(),
	author: object({
		id: number().int(),
		username: string()
	})
});
var soloVisitNoteResponseSchema = object({
	/** A PHP DateTime: `date` is local time in `timezone`. */
	dateTime: object({
		date: string(),
		timezone_type: number().int(),
		timezone: string()
	}),
	question: array(string()),
	response: array(string())
});
var soloVisitNoteSchema = object({
	/** The visit-note template id. */
	id: string(),
	template: object({
		name: string(),
		flow: object({ sections: array(unknown()) })
	}),
	comments: array(soloVisitNoteCommentSchema),
	responses: array(soloVisitNoteResponseSchema)
});
var soloVisitNotesSchema = array(soloVisitNoteSchema);
var soloUpdateVisitNoteSchema = object({
	/** The template name. */
	name: string().trim().min(1),
	questions: array(object({
		id: string().min(1),
		value: array(string())
	})).min(1)
});
async function getSoloVisitNote(appointmentId, options = {}) {
	return soloClient.request({
		...soloEndpoints.getVisitNote.at({ appointment_id: appointmentId }),
		schema: soloVisitNotesSchema,
		...options
	});
}
async function updateSoloVisitNote(appointmentId, input, options = {}) {
	const body = parseInput("solo", soloEndpoints.updateVisitNote.name, soloUpdateVisitNoteSchema, input);
	await soloClient.request({
		...soloEndpoints.updateVisitNote.at({ appointment_id: appointmentId }),
		json: body,
		schema: soloAckSchema,
		...options
	});
}
// src/api/solo/waiting-rooms.ts
/** The waiting rooms of the practice. Appointments and slots name a waiting room by its `name`. */
var soloWaitingRoomSchema = object({
	id: string().min(1),
	name: string().min(1),
	serviceLine: string(),
	serviceType: string()
});
var soloWaitingRoomsSchema = array(soloWaitingRoomSchema);
/** `GET /qapi/v1/waiting-rooms` */
async function listSoloWaitingRooms(options = {}) {
	return soloClient.request({
		...soloEndpoints.listWaitingRooms.at(),
		schema: soloWaitingRoomsSchema,
		...options
	});
}
// src/api/solo/queries.ts
/**
* Query keys of every Solo query: `[vendor, group, …]` (the care groups under `care`). Invalidating a prefix
* invalidates what is under it. The appointments' hooks are in ./appointment-queries.ts, those of the
* integration groups (assistance, attachments, documents, linking, perfect answer, reports, webhooks) in
* ./integration-queries.ts.
*/
var soloKeys = {
	all: ["solo"],
	care: () => [...soloKeys.all, "care"],
	patients: () => [...soloKeys.care(), "patients"],
	patient: (patientId) => [
		...soloKeys.patients(),
		"id",
		patientId
	],
	patientBySpid: (spid) => [
		...soloKeys.patients(),
		"spid",
		spid
	],
	appointments: () => [...soloKeys.care(), "appointments"],
	appointment: (id) => [...soloKeys.appointments(), id],
	providerLink: (id) => [
		...soloKeys.appointments(),
		id,
		"provider-link"
	],
	msTeamsProviderLink: (id) => [
		...soloKeys.appointments(),
		id,
		"msteams-provider-link"
	],
	videoCallLinksBySaid: (id) => [
		...soloKeys.appointments(),
		id,
		"video-call-links"
	],
	videoCallLinksByExternalId: (externalId) => [
		...soloKeys.appointments(),
		"external",
		externalId,
		"video-call-links"
	],
	slots: () => [...soloKeys.care(), "slots"],
	slotList: (query) => [
		...soloKeys.slots(),
		query.waitingRoom,
		query.after,
		query.before,
		query.duration ?? null
	],
	waitingRooms: () => [...soloKeys.care(), "waiting-rooms"],
	episodes: () => [...soloKeys.care(), "episodes"],
	episodeList: (patientId) => [
		...soloKeys.episodes(),
		"patient",
		patientId
	],
	episode: (episodeId) => [
		...soloKeys.episodes(),
		"detail",
		episodeId
	],
	episodeAppointments: (episodeId) => [
		...soloKeys.episodes(),
		"detail",
		episodeId,
		"appointments"
	],
	visitNotes: () => [...soloKeys.care(), "visit-notes"],
	visitNote: (appointmentId) => [...soloKeys.visitNotes(), appointmentId],
	assistance: () => [...soloKeys.all, "assistance"],
	currentAssistanceRequest: (locator) => [
		...soloKeys.assistance(),
		"current",
		locator
	],
	attachments: () => [...soloKeys.all, "attachments"],
	attachmentList: (appointmentId) => [
		...soloKeys.attachments(),
		"list",
		appointmentId
	],
	documents: () => [...soloKeys.all, "documents"],
	patientDocuments: (patientId) => [...soloKeys.documents(), patientId],
	reports: () => [...soloKeys.all, "reports"],
	csvDataDump: (range) => [
		...soloKeys.reports(),
		"csv-data-dump",
		range
	],
	encounterReportStatus: (reportId) => [
		...soloKeys.reports(),
		"encounter",
		reportId,
		"status"
	],
	webhooks: () => [...soloKeys.all, "webhooks"],
	webhookList: () => [...soloKeys.webhooks(), "list"],
	webhook: (webhookId) => [
		...soloKeys.webhooks(),
		"detail",
		webhookId
	]
};
var soloPatientQuery = (patientId) => queryOptions({
	queryKey: soloKeys.patient(patientId),
	queryFn: ({ signal }) => getSoloPatient(patientId, { signal })
});
var soloPatientBySpidQuery = (spid) => queryOptions({
	queryKey: soloKeys.patientBySpid(spid),
	queryFn: ({ signal }) => getSoloPatientBySpid(spid, { signal })
});
function useSoloPatient(patientId, { queryConfig } = {}) {
	return useQuery({
		...soloPatientQuery(patientId ?? ""),
		enabled: Boolean(patientId),
		...queryConfig
	});
}
function useSoloPatientBySpid(spid, { queryConfig } = {}) {
	return useQuery({
		...soloPatientBySpidQuery(spid ?? 0),
		enabled: spid !== void 0,
		...queryConfig
	});
}
/** Creates a patient once by the caller's `id` (see ./patient-create-once.ts). */
function useCreateSoloPatientOnce({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: ({ input, signal }) => createSoloPatientOnce(input, { signal }),
		onSuccess: () => queryClient.invalidateQueries({ queryKey: soloKeys.patients() })
	}, mutationConfig));
}
/** Updates by patient id or by SPID. Every care query is invalidated (appointments embed the patient). */
function useUpdateSoloPatient({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: (args) => "spid" in args ? updateSoloPatientBySpid(args.spid, args.input, { signal: args.signal }) : updateSoloPatient(args.patientId, args.input, { signal: args.signal }),
		onSuccess: () => queryClient.invalidateQueries({ queryKey: soloKeys.care() })
	}, mutationConfig));
}
var soloSlotsQuery = (query) => queryOptions({
	queryKey: soloKeys.slotList(query),
	queryFn: ({ signal }) => getSoloSlots(query, { signal }),
	staleTime: 0
});
/** Runs only for a complete, valid query (a form being filled in sends nothing). */
function useSoloSlots(query, { queryConfig } = {}) {
	const enabled = query !== void 0 && soloSlotQuerySchema.safeParse(query).success;
	return useQuery({
		...soloSlotsQuery(query ?? {
			after: 0,
			before: 0,
			waitingRoom: ""
		}),
		enabled,
		...queryConfig
	});
}
var soloWaitingRoomsQuery = () => queryOptions({
	queryKey: soloKeys.waitingRooms(),
	queryFn: ({ signal }) => listSoloWaitingRooms({ signal }),
	staleTime: 3e5
});
function useSoloWaitingRooms({ queryConfig } = {}) {
	return useQuery({
		...soloWaitingRoomsQuery(),
		...queryConfig
	});
}
var soloEpisodesQuery = (patientId) => queryOptions({
	queryKey: soloKeys.episodeList(patientId),
	queryFn: ({ signal }) => listSoloEpisodes(patientId, { signal })
});
var soloEpisodeAppointmentsQuery = (episodeId) => queryOptions({
	queryKey: soloKeys.episodeAppointments(episodeId),
	queryFn: ({ signal }) => getSoloEpisodeAppointments(episodeId, { signal })
});
function useSoloEpisodes(patientId, { queryConfig } = {}) {
	return useQuery({
		...soloEpisodesQuery(patientId ?? ""),
		enabled: Boolean(patientId),
		...queryConfig
	});
}
/** Moves an appointment to another episode (or out of its episode): both episodes' lists change. */
function useAssignSoloAppointmentEpisode({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: (args) => assignSoloAppointmentEpisode(args.appointmentId, args.input),
		onSuccess: () => queryClient.invalidateQueries({ queryKey: soloKeys.episodes() })
	}, mutationConfig));
}
var soloVisitNoteQuery = (appointmentId) => queryOptions({
	queryKey: soloKeys.visitNote(appointmentId),
	queryFn: ({ signal }) => getSoloVisitNote(appointmentId, { signal })
});
function useSoloVisitNote(appointmentId, { queryConfig } = {}) {
	return useQuery({
		...soloVisitNoteQuery(appointmentId ?? 0),
		enabled: appointmentId !== void 0,
		...queryConfig
	});
}
function useUpdateSoloVisitNote({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: (args) => updateSoloVisitNote(args.appointmentId, args.input),
		onSuccess: (_data, args) => Promise.all([queryClient.invalidateQueries({ queryKey: soloKeys.visitNote(args.appointmentId) }), queryClient.invalidateQueries({ queryKey: soloKeys.episodes() })])
	}, mutationConfig));
}
export { useSoloEpisodes as a, useSoloSlots as c, useUpdateSoloPatient as d, useUpdateSoloVisitNote as f, useCreateSoloPatientOnce as i, useSoloVisitNote as l, soloKeys as n, useSoloPatient as o, getSoloSlots as p, useAssignSoloAppointmentEpisode as r, useSoloPatientBySpid as s, soloEpisodeAppointmentsQuery as t, useSoloWaitingRooms as u };
