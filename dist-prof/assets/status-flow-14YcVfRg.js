import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { Hn as ContractError, Ir as require_react, Jn as isApiError, Kn as TimeoutError, Kt as Paper, Ln as createSafeContext, Pn as getSpacing, Qt as polymorphicFactory, Wn as NetworkError, Zt as Box, cn as useProps, gn as createVarsResolver, on as useStyles, qn as VendorError, vr as useQueryClient, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
import { In as withMutationConfig, On as object, _n as toContractIssues, dr as useQuery, jn as string, lr as useMutation, ur as queryOptions, yn as datetime } from "./search-Bd_rEMYc.js";
import { a as getSoloVideoCallLinksByExternalId, l as updateSoloAppointment, n as getSoloAppointment, s as soloAppointmentStatusSchema, t as createSoloAppointment } from "./appointments-s3rFyF1D.js";
import { n as soloKeys, p as getSoloSlots } from "./queries-DCLO6RnH.js";
import { r as downloadSoloCsvDataDump } from "./reports-BFfrGRf9.js";
// node_modules/@mantine/core/esm/components/Card/Card.context.mjs
var [CardProvider, useCardContext] = createSafeContext("Card component was not found in tree");
// node_modules/@mantine/core/esm/components/Card/Card.module.mjs
var Card_module_default = {
	"root": "m_e615b15f",
	"section": "m_599a2148"
};
// node_modules/@mantine/core/esm/components/Card/CardSection/CardSection.mjs
var import_jsx_runtime = require_jsx_runtime();
var CardSection = polymorphicFactory((_props) => {
	const { classNames, className, style, styles, vars, withBorder, inheritPadding, mod, ...others } = useProps("CardSection", null, _props);
	const ctx = useCardContext();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
		mod: [{
			"with-border": withBorder,
			"inherit-padding": inheritPadding
		}, mod],
		...ctx.getStyles("section", {
			className,
			style,
			styles,
			classNames
		}),
		...others
	});
});
CardSection.classes = Card_module_default;
CardSection.displayName = "@mantine/core/CardSection";
// node_modules/@mantine/core/esm/components/Card/Card.mjs
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var varsResolver = createVarsResolver((_, { padding }) => ({ root: { "--card-padding": getSpacing(padding) } }));
var defaultProps = { orientation: "vertical" };
var Card = polymorphicFactory((_props) => {
	const props = useProps("Card", defaultProps, _props);
	const { classNames, className, style, styles, unstyled, vars, children, padding, attributes, orientation, ...others } = props;
	const getStyles = useStyles({
		name: "Card",
		props,
		classes: Card_module_default,
		className,
		style,
		classNames,
		styles,
		unstyled,
		attributes,
		vars,
		varsResolver
	});
	const _children = import_react.Children.toArray(children);
	const content = _children.map((child, index) => {
		if (typeof child === "object" && child && "type" in child && (child.type === CardSection || child.type?.displayName === "@mantine/core/CardSection")) return (0, import_react.cloneElement)(child, {
			"data-orientation": orientation,
			"data-first-section": index === 0 || void 0,
			"data-last-section": index === _children.length - 1 || void 0
		});
		return child;
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(CardProvider, {
		value: { getStyles },
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
			unstyled,
			"data-orientation": orientation,
			...getStyles("root"),
			...others,
			children: content
		})
	});
});
Card.classes = Card_module_default;
Card.varsResolver = varsResolver;
Card.displayName = "@mantine/core/Card";
Card.Section = CardSection;
// src/api/solo/appointment-agenda.ts
var SOLO_AGENDA_COLUMNS = [
	"appointment_id",
	"patient_spid",
	"patient_id",
	"mrn",
	"patient_name",
	"start_time",
	"duration_seconds",
	"status",
	"waiting_room",
	"reasons"
];
var ENDPOINT = "GET /qapi/v1/reports/csv-data-dump";
var int = string().regex(/^\d+$/, "Expected a whole number.").transform(Number);
var soloAgendaEntrySchema = object({
	appointment_id: int,
	patient_spid: int,
	patient_id: string(),
	mrn: string(),
	patient_name: string(),
	start_time: datetime({ offset: true }).transform((value) => Date.parse(value)),
	duration_seconds: int,
	status: soloAppointmentStatusSchema,
	waiting_room: string().min(1),
	reasons: string().transform((value) => value ? value.split("; ") : [])
});
/** RFC 4180 CSV → rows of cells (quoted cells may hold commas, quotes and line breaks). */
function parseSoloCsv(text) {
	const rows = [];
	let row = [];
	let cell = "";
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted) {
			if (char === "\"" && text[i + 1] === "\"") {
				cell += "\"";
				i++;
			} else if (char === "\"") quoted = false;
			else cell += char;
		} else if (char === "\"") quoted = true;
		else if (char === ",") {
			row.push(cell);
			cell = "";
		} else if (char === "\n" || char === "\r") {
			if (char === "\r" && text[i + 1] === "\n") i++;
			row.push(cell);
			rows.push(row);
			row = [];
			cell = "";
		} else cell += char;
	}
	if (cell !== "" || row.length > 0) {
		row.push(cell);
		rows.push(row);
	}
	return rows.filter((cells) => cells.some((value) => value !== ""));
}
/** The dump's text → its appointments, checked column by column (a malformed dump is a ContractError). */
function readSoloAgendaCsv(text) {
	const [header = [], ...lines] = parseSoloCsv(text);
	const missing = SOLO_AGENDA_COLUMNS.filter((column) => !header.includes(column));
	if (missing.length > 0) throw new ContractError("solo", ENDPOINT, [{
		path: missing.join(", "),
		message: "Column missing from the CSV data dump."
	}]);
	return lines.map((cells, index) => {
		const record = Object.fromEntries(header.map((name, column) => [name, cells[column] ?? ""]));
		const parsed = soloAgendaEntrySchema.safeParse(record);
		if (!parsed.success) throw new ContractError("solo", ENDPOINT, toContractIssues(parsed.error).map((issue) => ({
			...issue,
			path: `[${index + 1}].${issue.path}`
		})));
		const row = parsed.data;
		return {
			id: row.appointment_id,
			patientSpid: row.patient_spid,
			patientId: row.patient_id,
			mrn: row.mrn,
			patientName: row.patient_name,
			start: row.start_time,
			duration: row.duration_seconds,
			status: row.status,
			waitingRoom: row.waiting_room,
			reasons: row.reasons
		};
	});
}
/** The appointments starting in the UTC days `from`…`to` (both included), earliest first. */
async function listSoloAgenda(range, options = {}) {
	return readSoloAgendaCsv(await (await downloadSoloCsvDataDump(range, options)).blob.text()).sort((a, b) => a.start - b.start || a.id - b.id);
}
// src/api/solo/appointment-book-once.ts
/** The slot is no longer free: checked before sending (`gone`) or refused by Solo (`taken`, a 409). */
var SoloSlotTakenError = class extends Error {
	when;
	slotStart;
	name = "SoloSlotTakenError";
	constructor(when, slotStart) {
		super(`The slot at ${(/* @__PURE__ */ new Date(slotStart * 1e3)).toISOString()} is no longer free (${when}).`);
		this.when = when;
		this.slotStart = slotStart;
	}
};
function isSoloSlotTakenError(error) {
	return error instanceof SoloSlotTakenError;
}
/** Whether a request may have been processed although its answer never arrived. */
function answerMayBeLost(error) {
	if (error instanceof NetworkError || error instanceof TimeoutError) return true;
	return error instanceof VendorError && error.status >= 500;
}
var utcDay = (unixSeconds) => (/* @__PURE__ */ new Date(unixSeconds * 1e3)).toISOString().slice(0, 10);
function samePatient(patient, entry) {
	if ("spid" in patient) return entry.patientSpid === patient.spid;
	if ("patientId" in patient) return entry.patientId === patient.patientId;
	return true;
}
/**
* The booking made with this external id, or null when there is none. Network errors of the lookup are
* thrown (the caller cannot tell).
*/
async function findSoloBookingByExternalId(request, options = {}) {
	let links;
	try {
		links = await getSoloVideoCallLinksByExternalId(request.input.externalId, options);
	} catch (error) {
		if (error instanceof VendorError && error.status === 404) return null;
		throw error;
	}
	const { date, waitingRoom } = request.input;
	let id = null;
	try {
		id = (await listSoloAgenda({
			from: utcDay(date),
			to: utcDay(date)
		}, options)).find((entry) => entry.start === date * 1e3 && entry.waitingRoom === waitingRoom && entry.status !== "cancelled" && samePatient(request.patient, entry))?.id ?? null;
	} catch (error) {
		if (!isApiError(error)) throw error;
	}
	return {
		id,
		visitUrl: links.patientVisitUrl,
		replayed: true
	};
}
/** Whether the slot at `date` (unix seconds) is still offered. */
async function isSoloSlotFree(slot, options = {}) {
	return (await getSoloSlots({
		after: slot.date,
		before: slot.date + slot.duration,
		waitingRoom: slot.waitingRoom,
		duration: slot.duration
	}, options)).some((candidate) => candidate.date === slot.date);
}
/**
* Books once (see the top of this file). `alreadySent`: an earlier attempt with this external id was sent
* and its outcome is unknown, so look for it before anything else.
*/
async function bookSoloAppointmentOnce(request, { alreadySent = false, ...options } = {}) {
	if (alreadySent) {
		const existing = await findSoloBookingByExternalId(request, options);
		if (existing) return existing;
	}
	const { date, duration, waitingRoom } = request.input;
	if (!await isSoloSlotFree({
		date,
		duration,
		waitingRoom
	}, options)) throw new SoloSlotTakenError("gone", date);
	try {
		const created = await createSoloAppointment(request.patient, request.input, options);
		return {
			id: created.id,
			visitUrl: created.visitUrl,
			replayed: false
		};
	} catch (error) {
		const conflict = error instanceof VendorError && error.status === 409;
		if (!conflict && !answerMayBeLost(error)) throw error;
		let existing;
		try {
			existing = await findSoloBookingByExternalId(request, options);
		} catch {
			throw error;
		}
		if (existing) return existing;
		if (conflict) throw new SoloSlotTakenError("taken", date);
		throw error;
	}
}
/**
* Moves an appointment to another free slot, once: a retry after a lost answer first reads the appointment
* (already there: done); the slot is checked again just before sending; a 409 is the slot taken meanwhile.
*/
async function rescheduleSoloAppointmentOnce(change, { alreadySent = false, ...options } = {}) {
	if (alreadySent) {
		const current = await getSoloAppointment(change.id, options);
		if (current.date === change.date && current.duration === change.duration) return {
			id: change.id,
			visitUrl: null,
			replayed: true
		};
	}
	if (!await isSoloSlotFree(change, options)) throw new SoloSlotTakenError("gone", change.date);
	try {
		const moved = await updateSoloAppointment(change.id, {
			date: change.date,
			duration: change.duration
		}, options);
		return {
			id: moved.id,
			visitUrl: moved.visitUrl,
			replayed: false
		};
	} catch (error) {
		if (error instanceof VendorError && error.status === 409) {
			const current = await getSoloAppointment(change.id, options).catch(() => null);
			if (current && current.date === change.date && current.duration === change.duration) return {
				id: change.id,
				visitUrl: null,
				replayed: true
			};
			if (current?.status === "scheduled") throw new SoloSlotTakenError("taken", change.date);
		}
		throw error;
	}
}
/**
* Cancels once: cancelling again (a retry after a lost answer) meets Solo's 409 for a finished appointment;
* when the appointment is cancelled by then, that is success.
*/
async function cancelSoloAppointmentOnce(id, options = {}) {
	try {
		await updateSoloAppointment(id, { status: "cancelled" }, options);
		return { replayed: false };
	} catch (error) {
		if (!(error instanceof VendorError && error.status === 409) && !answerMayBeLost(error)) throw error;
		if ((await getSoloAppointment(id, options).catch(() => null))?.status === "cancelled") return { replayed: true };
		throw error;
	}
}
// src/api/solo/booking-queries.ts
/**
* Query options and hooks of scheduling: the agenda (appointments of a few days, from the CSV data dump)
* and booking once. Keys sit under `soloKeys.appointments()`, so any appointment change refreshes the agenda.
*/
var soloAgendaKey = (range) => [
	...soloKeys.appointments(),
	"agenda",
	range.from,
	range.to
];
var soloAgendaQuery = (range) => queryOptions({
	queryKey: soloAgendaKey(range),
	queryFn: ({ signal }) => listSoloAgenda(range, { signal }),
	staleTime: 0
});
function useSoloAgenda(range, { queryConfig } = {}) {
	return useQuery({
		...soloAgendaQuery(range ?? {
			from: "1970-01-01",
			to: "1970-01-01"
		}),
		enabled: range !== void 0,
		...queryConfig
	});
}
/** Books once; success or failure, the free slots and the agenda are refreshed (a taken slot must vanish). */
function useBookSoloAppointment({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: ({ request, alreadySent }) => bookSoloAppointmentOnce(request, { alreadySent }),
		onSettled: () => Promise.all([
			queryClient.invalidateQueries({ queryKey: soloKeys.slots() }),
			queryClient.invalidateQueries({ queryKey: soloKeys.appointments() }),
			queryClient.invalidateQueries({ queryKey: soloKeys.episodes() })
		])
	}, mutationConfig));
}
/** Moves an appointment once; the appointment, the free slots and the agenda are refreshed either way. */
function useRescheduleSoloAppointment({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: ({ change, alreadySent }) => rescheduleSoloAppointmentOnce(change, { alreadySent }),
		onSettled: () => Promise.all([
			queryClient.invalidateQueries({ queryKey: soloKeys.slots() }),
			queryClient.invalidateQueries({ queryKey: soloKeys.appointments() }),
			queryClient.invalidateQueries({ queryKey: soloKeys.episodes() })
		])
	}, mutationConfig));
}
/** Cancels once; the appointment, the free slots (a cancelled visit frees its slot) and the agenda are refreshed. */
function useCancelSoloAppointmentOnce({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: (id) => cancelSoloAppointmentOnce(id),
		onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: soloKeys.slots() }), queryClient.invalidateQueries({ queryKey: soloKeys.appointments() })])
	}, mutationConfig));
}
// src/features/schedule/status-flow.ts
/**
* The documented appointment status flow. The front desk only cancels and reschedules; the other states are
* set by the Solo platform as the visit goes on and arrive by polling (or the gateway's events).
*/
var SOLO_STATUS_FLOW = [
	"scheduled",
	"arrived",
	"in progress.intake.ready",
	"in progress.intake.progress",
	"in progress.exam.ready",
	"in progress.exam.progress",
	"discharge.ready",
	"discharge.progress",
	"completed",
	"sign off"
];
var SOLO_FINISHED_STATUSES = [
	"completed",
	"sign off",
	"cancelled",
	"not showed up"
];
/** The translation key part of a status: `in progress.intake.ready` → `inProgressIntakeReady`. */
function statusKey(status) {
	return status.split(/[ .]/).map((word, index) => index === 0 ? word : `${word.charAt(0).toUpperCase()}${word.slice(1)}`).join("");
}
var canReschedule = (status) => status === "scheduled";
var canCancel = (status) => !SOLO_FINISHED_STATUSES.includes(status);
/** Where a status is on the flow: its step (0-based), or null for the side exits (cancelled, no-show). */
function flowStep(status) {
	const index = SOLO_STATUS_FLOW.indexOf(status);
	return index === -1 ? null : index;
}
/** A colour per phase of the visit (theme colours, filled badges pass contrast). */
function statusColor(status) {
	if (status === "cancelled") return "gray.8";
	if (status === "not showed up") return "red.9";
	if (status === "completed" || status === "sign off") return "teal.9";
	if (status === "scheduled") return "indigo";
	return "violet.9";
}
export { statusColor as a, useCancelSoloAppointmentOnce as c, isSoloSlotTakenError as d, Card as f, flowStep as i, useRescheduleSoloAppointment as l, canCancel as n, statusKey as o, canReschedule as r, useBookSoloAppointment as s, SOLO_STATUS_FLOW as t, useSoloAgenda as u };
