import { $t as soloUnixSecondsSchema, Cn as boolean, Dn as number, Jt as soloAckSchema, Kt as soloEndpoints, On as object, Qt as soloIsoDateSchema, Sn as array, bn as _enum, en as soloClient, gn as parseInput, jn as string } from "./search-Bd_rEMYc.js";
var soloEpisodeStatusSchema = _enum([
	"PLANNING",
	"WAITLIST",
	"ACTIVE",
	"ONHOLD",
	"FINISHED",
	"CANCELED"
]);
/** Answers write the status in lower case (`planning`): read it case-insensitively (assumption 10). */
var episodeStatusReadSchema = string().transform((value) => value.toUpperCase()).pipe(soloEpisodeStatusSchema);
object({
	name: string().trim().min(1),
	/** A predefined episode type (the list is not published). */
	type: string().trim().min(1),
	from: soloIsoDateSchema,
	to: soloIsoDateSchema.optional(),
	status: soloEpisodeStatusSchema,
	objective: string().optional(),
	reasonIncomplete: string().optional()
}).superRefine((episode, ctx) => {
	if (episode.to !== void 0 && episode.to < episode.from) ctx.addIssue({
		code: "custom",
		path: ["to"],
		message: "validation.windowReversed"
	});
});
object({ episodeId: string().min(1) });
var episodeFields = {
	id: string(),
	name: string(),
	from: string(),
	to: string().nullable().optional(),
	type: string(),
	status: episodeStatusReadSchema,
	objective: string().nullable().optional(),
	reasonIncomplete: string().nullable().optional()
};
/** An item of a patient's list (`patientId` is the caller's patient id). */
var soloEpisodeListItemSchema = object({
	...episodeFields,
	patientId: string()
});
var soloEpisodeListSchema = object({ episodes: array(soloEpisodeListItemSchema) });
var soloEpisodeSchema = object({
	...episodeFields,
	soloPatientId: number().int().positive(),
	externalPatientId: string()
});
var soloEpisodeAppointmentsSchema = object({
	episode: soloEpisodeSchema,
	appointments: array(object({
		appointmentId: number().int().positive(),
		date: soloUnixSecondsSchema,
		reasons: array(string()),
		hasNotes: boolean(),
		episodeOfCareId: string()
	}))
});
/** Without `episodeId` the appointment leaves its episode. */
var soloAssignEpisodeSchema = object({ episodeId: string().min(1).optional() });
async function listSoloEpisodes(patientId, options = {}) {
	return (await soloClient.request({
		...soloEndpoints.listEpisodes.at({ patient_id: patientId }),
		schema: soloEpisodeListSchema,
		...options
	})).episodes;
}
async function getSoloEpisodeAppointments(episodeId, options = {}) {
	return soloClient.request({
		...soloEndpoints.getEpisodeAppointments.at({ episode_id: episodeId }),
		schema: soloEpisodeAppointmentsSchema,
		...options
	});
}
async function assignSoloAppointmentEpisode(appointmentId, input, options = {}) {
	const body = parseInput("solo", soloEndpoints.assignAppointmentEpisode.name, soloAssignEpisodeSchema, input);
	await soloClient.request({
		...soloEndpoints.assignAppointmentEpisode.at({ appointment_id: appointmentId }),
		json: body,
		schema: soloAckSchema,
		...options
	});
}
export { getSoloEpisodeAppointments as n, listSoloEpisodes as r, assignSoloAppointmentEpisode as t };
