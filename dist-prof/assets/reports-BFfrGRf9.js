import { z as isIsoDate } from "./boot-CCHtFN9d.js";
import { Kt as soloEndpoints, On as object, Yt as soloBinaryAnswerSchema, bn as _enum, en as soloClient, gn as parseInput, hn as parseAnswer, jn as string, pn as refineIsoDate } from "./search-Bd_rEMYc.js";
// src/api/solo/reports.ts
var SOLO_REPORT_POLL_INTERVAL_MS = 2e3;
var soloReportStatuses = [
	"pending",
	"completed",
	"failed"
];
var soloCsvDataDumpRangeSchema = object({
	from: string().superRefine(refineIsoDate),
	to: string().superRefine(refineIsoDate)
}).refine((range) => range.from <= range.to, {
	path: ["to"],
	message: "validation.windowReversed"
});
var csvFileSchema = soloBinaryAnswerSchema.extend({ contentType: string().refine((type) => /^(application\/octet-stream|text\/csv|text\/plain)\b/i.test(type), "Not a CSV file.") });
var zipFileSchema = soloBinaryAnswerSchema.extend({ contentType: string().refine((type) => /^(application\/octet-stream|application\/zip|application\/x-zip-compressed)\b/i.test(type), "Not a zip file.") });
/** `GET /qapi/v1/reports/csv-data-dump{?from,to}` → the CSV file. */
async function downloadSoloCsvDataDump(range, options = {}) {
	const endpoint = soloEndpoints.csvDataDump.name;
	const query = parseInput("solo", endpoint, soloCsvDataDumpRangeSchema, range);
	const answer = await soloClient.requestBinary({
		...soloEndpoints.csvDataDump.at(),
		query,
		...options
	});
	return parseAnswer("solo", endpoint, csvFileSchema, answer);
}
var ATOM = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})$/;
/** PHP's DATE_ATOM (`Y-m-d\TH:i:sP`), e.g. `2024-08-15T15:52:01+00:00`. */
var soloAtomDateTimeSchema = string().regex(ATOM, "validation.atomDateTime").refine((value) => {
	const [, , , , h, mi, s, , oh, om] = ATOM.exec(value)?.map(Number) ?? [];
	return isIsoDate(value.slice(0, 10)) && (h ?? 99) < 24 && (mi ?? 99) < 60 && (s ?? 99) < 60 && (oh ?? 99) <= 14 && (om ?? 99) < 60;
}, "validation.noSuchDateTime");
/** A Date as ATOM in UTC: `2024-08-15T15:52:01+00:00`. */
function toSoloAtom(date) {
	return `${date.toISOString().slice(0, 19)}+00:00`;
}
var soloEncounterReportRequestSchema = object({
	from: soloAtomDateTimeSchema,
	to: soloAtomDateTimeSchema,
	presetId: string().trim().min(1),
	password: string().min(1)
}).refine((value) => Date.parse(value.from) <= Date.parse(value.to), {
	path: ["to"],
	message: "validation.windowReversed"
});
var soloEncounterReportStatusSchema = object({
	id: string().min(1),
	status: _enum(soloReportStatuses)
});
var reportIdSchema = string().trim().min(1);
/** `POST /qapi/v1/encounter-report/create` → `{ id, status: 'pending' }`. */
async function createSoloEncounterReport(request, options = {}) {
	const body = parseInput("solo", soloEndpoints.createEncounterReport.name, soloEncounterReportRequestSchema, request);
	return soloClient.request({
		...soloEndpoints.createEncounterReport.at(),
		json: body,
		schema: soloEncounterReportStatusSchema,
		...options
	});
}
/** `GET /qapi/v1/encounter-report/status/{reportId}` */
async function getSoloEncounterReportStatus(reportId, options = {}) {
	const endpoint = soloEndpoints.getEncounterReportStatus;
	const id = parseInput("solo", endpoint.name, reportIdSchema, reportId, { at: "reportId" });
	return soloClient.request({
		...endpoint.at({ reportId: id }),
		schema: soloEncounterReportStatusSchema,
		...options
	});
}
/** `GET /qapi/v1/encounter-report/download/{reportId}` → the zip (holding the CSV). */
async function downloadSoloEncounterReport(reportId, options = {}) {
	const endpoint = soloEndpoints.downloadEncounterReport.name;
	const id = parseInput("solo", endpoint, reportIdSchema, reportId, { at: "reportId" });
	const answer = await soloClient.requestBinary({
		...soloEndpoints.downloadEncounterReport.at({ reportId: id }),
		...options
	});
	return parseAnswer("solo", endpoint, zipFileSchema, answer);
}
export { getSoloEncounterReportStatus as a, downloadSoloEncounterReport as i, createSoloEncounterReport as n, toSoloAtom as o, downloadSoloCsvDataDump as r, SOLO_REPORT_POLL_INTERVAL_MS as t };
