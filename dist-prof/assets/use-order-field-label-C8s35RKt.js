import { Ct as NativeSelect, Ft as Alert, H as offsetMinutesAt, M as dicomModalities, N as dicomModalityCodes, Ot as Button, Pt as Text, Ut as ActionIcon, V as localToInstant, Vt as Group, W as parseIsoTime, Zt as Box, bt as TextInput, j as commonImagingModalities, q as isMappingError, ut as useTranslation, xt as Stack, yr as require_jsx_runtime, z as isIsoDate } from "./boot-CCHtFN9d.js";
import { D as edenAliases, M as edenSexes, On as object, Rn as IconRefresh, Sn as array, j as edenPriorities, jn as string, k as edenCreateOrderSchema } from "./search-Bd_rEMYc.js";
import { a as formatLongDay, f as localMinutesOf, g as addDays, m as startOfLocalDay, n as clockChangeMinutes, r as clockChangesBetween } from "./zones-BfiTQEyQ.js";
import { a as useFieldArray, n as Controller, s as Fieldset } from "./use-form-draft-D2Qhoe7n.js";
import { t as SimpleGrid } from "./SimpleGrid-1HP91LG8.js";
import { n as dateProblem, r as localToday, t as DateField } from "./DateField-B5fO42cl.js";
import { t as IconClockExclamation } from "./IconClockExclamation-BQ0ed0cj.js";
import { c as inputResolver, t as useFieldErrors } from "./use-field-error-CWEDwR5m.js";
import { t as IconPlus } from "./IconPlus-D7dMIGNS.js";
import { t as IconTrash } from "./IconTrash-OhJxt5d8.js";
import { n as currentLocationZone, r as useLocationZone, t as LocationZoneControl } from "./LocationZoneControl-CXjh0Kqg.js";
import { t as zodIssues } from "./input-issues-CZFdgykn.js";
import { t as ZonedTime } from "./ZonedTime-LItDy1w5.js";
// src/features/orders/order-form-model.ts
/**
* The order form's shape, kept apart from Eden's wire payload (OpenMRS's `toPayload` pattern):
* every input is a string ('' = not given), extra fields are rows of key/value, and `toPayload`
* turns the form into exactly what Eden expects.
*/
var textFields = [
	"folio",
	"description",
	"facility_identifier",
	"room_identifier",
	"room_name",
	"modality",
	"priority",
	"study_code",
	"study_name",
	"patient_identifier",
	"patient_name",
	"patient_first_surname",
	"patient_last_surname",
	"patient_email",
	"patient_gender",
	"patient_birth_date",
	"patient_phone_code",
	"patient_phone_number",
	"physician_identifier",
	"physician_name",
	"physician_first_surname",
	"physician_last_surname",
	"physician_email",
	"physician_gender",
	"physician_phone_code",
	"physician_phone_number",
	"practitioner_assigned_email",
	"appointment_date",
	"appointment_time",
	"appointment_duration"
];
function emptyOrderForm(folio = "") {
	return {
		...Object.fromEntries(textFields.map((field) => [field, ""])),
		folio,
		priority: "NORMAL",
		extra: []
	};
}
/** `ACC-20261121-K3F9Q2`: readable, unique enough per desk, generated once per draft. */
function generateFolio(now = /* @__PURE__ */ new Date()) {
	const day = now.toISOString().slice(0, 10).replaceAll("-", "");
	const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	const bytes = crypto.getRandomValues(/* @__PURE__ */ new Uint8Array(6));
	return `ACC-${day}-${Array.from(bytes, (b) => alphabet[b % 32]).join("")}`;
}
/** Form → Eden payload: trims, drops what is empty, numbers a whole duration, folds extra rows into an object. */
function toPayload(values) {
	const payload = {};
	for (const field of textFields) {
		const value = values[field].trim();
		if (value === "") continue;
		payload[field] = field === "appointment_duration" && /^\d+$/.test(value) ? Number(value) : value;
	}
	const rows = values.extra.filter((row) => row.key.trim() !== "" || row.value.trim() !== "");
	if (rows.length) payload.extra_fields = Object.fromEntries(rows.map((row) => [row.key.trim(), row.value]));
	return payload;
}
/**
* Only what changed, for `PUT /orders/{id}/`. Extra fields are sent whole when they changed, `{}` when
* every row was removed. An emptied text field is not in the payload: Eden documents no way to unset one
* (its fields are strings, never null), so the form refuses that beforehand (`validateOrderEdit`).
*/
function toUpdatePayload(values, initial) {
	const next = toPayload(values);
	const before = toPayload(initial);
	if (before.extra_fields !== void 0 && next.extra_fields === void 0) next.extra_fields = {};
	return Object.fromEntries(Object.entries(next).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key])));
}
/** An Eden order → form values, for editing. */
function fromOrder(order) {
	const values = emptyOrderForm(order.folio);
	for (const field of textFields) {
		const raw = order[field];
		if (raw !== null && raw !== void 0) values[field] = String(raw);
	}
	values.facility_identifier = order.facility.identifier;
	values.room_identifier = order.room?.ae_title ?? "";
	values.priority = order.priority ?? "";
	values.extra = Object.entries(order.extra_fields ?? {}).map(([key, value]) => ({
		key,
		value: String(value)
	}));
	return values;
}
var formShape = object({
	...Object.fromEntries(textFields.map((field) => [field, string()])),
	extra: array(object({
		key: string(),
		value: string()
	}))
});
/** Whether a stored draft still has the form's shape (a draft from an older version is ignored). */
function isOrderFormDraft(value) {
	return formShape.safeParse(value).success;
}
/**
* A vendor field path (canonical name or alias) → the form field that shows its error; null when none
* does. `extra_fields.<key>` lands on the row holding that key when the form's values are given.
*/
function formFieldForVendorField(field, values) {
	const [top = field, ...rest] = field.split(".");
	const canonical = edenAliases[top] ?? top;
	if (canonical === "extra_fields") {
		const key = rest.join(".");
		const index = key && values ? values.extra.findIndex((row) => row.key.trim() === key) : -1;
		return index >= 0 ? `extra.${index}.value` : "extra";
	}
	return textFields.includes(canonical) ? canonical : null;
}
/** The form section a field sits in (the error summary names it: both people have "Given names"). */
function sectionOf(field) {
	if (field.startsWith("extra")) return "extra";
	if (field.startsWith("patient_")) return "patient";
	if (field.startsWith("physician_") || field === "practitioner_assigned_email") return "physician";
	if (field.startsWith("appointment_")) return "appointment";
	if (field.startsWith("facility_") || field.startsWith("room_")) return "place";
	return "study";
}
// src/lib/scheduling/local-time.ts
var hhmm = (minutes) => `${String(Math.floor(minutes / 60) % 24).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
/** `9:05`, `09:05` or `09:05:30` → `09:05:00` / `09:05:30`; anything else → null. */
function normaliseWallTime(time) {
	const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time.trim());
	if (!match) return null;
	const text = `${(match[1] ?? "").padStart(2, "0")}:${match[2]}:${match[3] ?? "00"}`;
	try {
		parseIsoTime(text);
		return text;
	} catch (error) {
		if (isMappingError(error)) return null;
		throw error;
	}
}
/** Checks `date` + `time` on the wall clock of `timeZone`. */
function checkLocalTime(date, time, timeZone) {
	if (!date.trim() && !time.trim()) return { kind: "empty" };
	const wall = normaliseWallTime(time);
	if (!isIsoDate(date) || wall === null) return { kind: "invalid" };
	try {
		const instant = localToInstant({
			date,
			time: wall
		}, timeZone).getTime();
		return {
			kind: "ok",
			instant,
			offsetMinutes: offsetMinutesAt(new Date(instant), timeZone)
		};
	} catch (error) {
		if (!isMappingError(error) || error.domain !== "datetime") throw error;
	}
	const dayStart = startOfLocalDay(date, timeZone);
	const dayEnd = startOfLocalDay(addDays(date, 1), timeZone);
	const change = clockChangesBetween(timeZone, dayStart - 36e5, dayEnd + 36e5)[0];
	if (!change) return { kind: "invalid" };
	const shift = clockChangeMinutes(change);
	const after = localMinutesOf(change.at, timeZone);
	if (shift > 0) return {
		kind: "nonexistent",
		gapFrom: hhmm(after - shift),
		gapTo: hhmm(after),
		jumpAt: change.at
	};
	const earlier = localToInstant({
		date,
		time: wall
	}, timeZone, { ambiguous: "earlier" }).getTime();
	const later = localToInstant({
		date,
		time: wall
	}, timeZone, { ambiguous: "later" }).getTime();
	return {
		kind: "ambiguous",
		repeatFrom: hhmm(after),
		repeatTo: hhmm(after - shift),
		earlier: {
			instant: earlier,
			offsetMinutes: offsetMinutesAt(new Date(earlier), timeZone)
		},
		later: {
			instant: later,
			offsetMinutes: offsetMinutesAt(new Date(later), timeZone)
		}
	};
}
// src/components/scheduling/zoned-time-issue.ts
/**
* The form-validation side of `<ZonedTimeFields>`: a wall-clock date and time at a location, refused when
* the location's zone (as now set) skips it or has it twice at a clock change, since a vendor that keeps
* only the local time (Eden) could not tell which instant is meant. Answers the issue on `path`, or null
* (also when the date or time is empty or malformed: the form's own checks say so).
*/
function zonedTimeIssue(path, location, date, time) {
	if (!location) return null;
	const { timeZone } = currentLocationZone(location);
	const check = checkLocalTime(date.trim(), time.trim(), timeZone);
	if (check.kind === "nonexistent") return {
		path,
		message: "validation.localTimeSkipped",
		params: {
			zone: timeZone,
			from: check.gapFrom,
			to: check.gapTo
		}
	};
	if (check.kind === "ambiguous") return {
		path,
		message: "validation.localTimeTwice",
		params: {
			zone: timeZone,
			from: check.repeatFrom,
			to: check.repeatTo
		}
	};
	return null;
}
// src/features/orders/order-form-validation.ts
/**
* The order form's checks. Every check runs on every submit and all their messages show at once: the
* form's own rules (extra rows, real dates, a plausible birth date, whole minutes), then every Eden rule
* through Eden's own schema (its cross-field rule runs even when other fields fail). Each field shows
* its first message. Messages are translation keys.
*/
var EARLIEST_BIRTH_YEAR = 1900;
/** Whole minutes; Eden documents none, so this is the service schema's own bound (one day). */
var DURATION_RANGE = {
	minimum: 1,
	maximum: 1440
};
/** The fields Eden requires, read from Eden's schema itself (what it calls required when nothing is given). */
var requiredFields = new Set(zodIssues(edenCreateOrderSchema, {}).filter((issue) => issue.message === "validation.required").map((issue) => issue.path));
function formChecks(values, today) {
	const issues = [];
	const seen = /* @__PURE__ */ new Set();
	values.extra.forEach((row, index) => {
		const key = row.key.trim();
		if (!key && row.value.trim()) issues.push({
			path: `extra.${index}.key`,
			message: "validation.extraKeyRequired"
		});
		if (key && seen.has(key)) issues.push({
			path: `extra.${index}.key`,
			message: "validation.extraKeyDuplicate"
		});
		seen.add(key);
	});
	for (const field of ["patient_birth_date", "appointment_date"]) {
		const problem = dateProblem(values[field].trim());
		if (problem) issues.push({
			path: field,
			message: problem
		});
	}
	const facility = values.facility_identifier.trim();
	const zoned = zonedTimeIssue("appointment_time", facility ? {
		kind: "eden-facility",
		id: facility
	} : void 0, values.appointment_date, values.appointment_time);
	if (zoned) issues.push(zoned);
	const birth = values.patient_birth_date.trim();
	if (!dateProblem(birth) && birth) {
		if (birth > today) issues.push({
			path: "patient_birth_date",
			message: "validation.birthDateFuture"
		});
		else if (Number(birth.slice(0, 4)) < EARLIEST_BIRTH_YEAR) issues.push({
			path: "patient_birth_date",
			message: "validation.birthDateTooOld",
			params: { year: EARLIEST_BIRTH_YEAR }
		});
	}
	const duration = values.appointment_duration.trim();
	if (duration) {
		if (!/^\d+$/.test(duration)) issues.push({
			path: "appointment_duration",
			message: "validation.integer"
		});
		else if (Number(duration) < DURATION_RANGE.minimum || Number(duration) > DURATION_RANGE.maximum) issues.push({
			path: "appointment_duration",
			message: "validation.between",
			params: { ...DURATION_RANGE }
		});
	}
	return issues;
}
/**
* Eden's rules on the payload, moved onto the form's fields. When the form's own checks already refused an
* extra-field row, Eden's word on the same rows (an empty key) would only say it twice.
*/
function edenChecks(values, own) {
	const rowsRefused = own.some((issue) => issue.path.startsWith("extra"));
	return zodIssues(edenCreateOrderSchema, toPayload(values)).map((issue) => ({
		...issue,
		path: formFieldForVendorField(issue.path, values) ?? issue.path
	})).filter((issue) => !(rowsRefused && issue.path.startsWith("extra")));
}
function allChecks(values, today) {
	const own = formChecks(values, today);
	return [...own, ...edenChecks(values, own)];
}
/** The new-order form: the Eden payload, or every problem on its field. */
function validateOrderForm(values, today = localToday()) {
	const issues = allChecks(values, today);
	if (issues.length) return {
		ok: false,
		issues
	};
	return {
		ok: true,
		value: toPayload(values)
	};
}
/**
* The edit form: the whole order is checked as at creation (a required field cannot be emptied), and an
* optional field that had a value cannot be emptied either, since Eden has no way to unset one: the user
* is told so next to it instead of seeing "updated" while the old value stays. Output: what changed.
*/
function validateOrderEdit(values, initial, today = localToday()) {
	const issues = [...textFields.filter((field) => !requiredFields.has(field) && initial[field].trim() !== "" && values[field].trim() === "").map((field) => ({
		path: field,
		message: "validation.cannotClear",
		params: { vendor: "Eden" }
	})), ...allChecks(values, today)];
	if (issues.length) return {
		ok: false,
		issues
	};
	return {
		ok: true,
		value: toUpdatePayload(values, initial)
	};
}
var orderFormResolver = inputResolver((values) => validateOrderForm(values));
function orderEditResolver(initial) {
	return inputResolver((values) => validateOrderEdit(values, initial));
}
// src/components/scheduling/ZonedTimeFields.tsx
var import_jsx_runtime = require_jsx_runtime();
function useZonedTimeCheck(date, time, location, vendorHint) {
	const { t, i18n } = useTranslation("schedule");
	const zone = useLocationZone(location, vendorHint);
	const check = location ? checkLocalTime(date, time, zone.timeZone) : { kind: "empty" };
	const day = date && check.kind !== "empty" && check.kind !== "invalid" ? formatLongDay(date, i18n.language) : "";
	const shown = time.slice(0, 5);
	let problem = null;
	if (check.kind === "nonexistent") problem = t("zonedFields.nonexistent", {
		time: shown,
		day,
		zone: zone.timeZone,
		from: check.gapFrom,
		to: check.gapTo
	});
	else if (check.kind === "ambiguous") problem = t("zonedFields.ambiguous", {
		time: shown,
		day,
		zone: zone.timeZone,
		from: check.repeatFrom,
		to: check.repeatTo
	});
	return {
		location,
		timeZone: zone.timeZone,
		check,
		problem
	};
}
function ZonedTimeFields({ zoned, locationName, vendorHint, children }) {
	const { t } = useTranslation("schedule");
	const { check, location, timeZone } = zoned;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "xs",
		"data-testid": "zoned-time-fields",
		children: [
			children,
			location ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(LocationZoneControl, {
				location,
				name: locationName ?? location.id,
				vendorHint,
				at: check.kind === "ok" ? check.instant : void 0
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				c: "dimmed",
				children: t("zonedFields.chooseLocation")
			}),
			check.kind === "ok" && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
				size: "sm",
				"data-testid": "zoned-time-meaning",
				children: [
					t("zonedFields.means"),
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ZonedTime, {
						at: check.instant,
						timeZone,
						withDay: true
					})
				]
			}),
			zoned.problem && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
				color: "red",
				variant: "light",
				icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconClockExclamation, { "aria-hidden": true }),
				"data-testid": "zoned-time-problem",
				role: "alert",
				children: zoned.problem
			})
		]
	});
}
// src/features/orders/components/EdenAppointmentFields.tsx
/**
* An Eden order's appointment: date, time and duration on the chosen facility's wall clock, sent without
* a zone as Eden expects. Around the inputs: the facility's zone (seen and changeable), what the time
* means in the user's own zone, and the refusal of a time that the zone skips or has twice at a clock
* change (the form's validation refuses it too: src/components/scheduling/zoned-time-issue.ts).
*/
function EdenAppointmentFields({ form, facilities, date, time, duration }) {
	const [facilityId, day, clock] = form.watch([
		"facility_identifier",
		"appointment_date",
		"appointment_time"
	]);
	const id = facilityId.trim();
	const location = id ? {
		kind: "eden-facility",
		id
	} : void 0;
	const zoned = useZonedTimeCheck(day.trim(), clock.trim(), location);
	const name = facilities?.find((facility) => facility.identifier === id)?.name;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ZonedTimeFields, {
		zoned,
		locationName: name ? `${name} (${id})` : id,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
			cols: {
				base: 1,
				sm: 3
			},
			children: [
				date,
				time,
				duration
			]
		})
	});
}
// src/features/orders/components/ExtraFieldsEditor.tsx
/** Eden's `extra_fields` as editable key/value rows. */
function ExtraFieldsEditor({ form }) {
	const { t } = useTranslation("orders");
	const { errorOf, idOf } = useFieldErrors(form);
	const { fields, append, remove } = useFieldArray({
		control: form.control,
		name: "extra"
	});
	const listError = errorOf("extra") ?? errorOf("extra.root");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "xs",
		children: [
			fields.map((field, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				align: "flex-start",
				wrap: "nowrap",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
						flex: 1,
						id: idOf(`extra.${index}.key`),
						label: t("fields.extraKey"),
						...form.register(`extra.${index}.key`),
						error: errorOf(`extra.${index}.key`)
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
						flex: 2,
						id: idOf(`extra.${index}.value`),
						label: t("fields.extraValue"),
						...form.register(`extra.${index}.value`),
						error: errorOf(`extra.${index}.value`)
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ActionIcon, {
						mt: 26,
						variant: "subtle",
						color: "red",
						size: "lg",
						onClick: () => remove(index),
						"aria-label": t("fields.removeExtra", { index: index + 1 }),
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconTrash, {
							size: 18,
							"aria-hidden": true
						})
					})
				]
			}, field.id)),
			listError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
				id: idOf("extra"),
				tabIndex: -1,
				style: {
					color: "var(--mantine-color-error)",
					fontSize: "var(--mantine-font-size-sm)"
				},
				children: listError
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				variant: "light",
				size: "xs",
				leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconPlus, {
					size: 14,
					"aria-hidden": true
				}),
				onClick: () => append({
					key: "",
					value: ""
				}),
				children: t("fields.addExtra")
			}) })
		]
	});
}
// src/features/orders/components/OrderForm.tsx
/** Every Eden order field, in the sections a front desk fills them in. Shared by create and edit. */
function OrderForm({ form, facilities, facilitiesFailed, busy, folioLocked, actions, pending, onSubmit }) {
	const { t } = useTranslation("orders");
	const { register, control, watch, setValue } = form;
	const { errorOf, idOf } = useFieldErrors(form);
	const field = (name, extra) => ({
		id: idOf(name),
		label: t(`fields.${name}`),
		error: errorOf(name),
		withAsterisk: requiredFields.has(name),
		"data-field": name,
		...register(name),
		...extra
	});
	const dateField = (name, limits = {}) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controller, {
		control,
		name,
		render: ({ field: date }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DateField, {
			id: idOf(name),
			label: t(`fields.${name}`),
			error: errorOf(name),
			withAsterisk: requiredFields.has(name),
			"data-field": name,
			name: date.name,
			ref: date.ref,
			value: date.value,
			onChange: date.onChange,
			onBlur: date.onBlur,
			...limits
		})
	});
	const choose = {
		value: "",
		label: t("choose")
	};
	const sexOptions = [choose, ...edenSexes.map((value) => ({
		value,
		label: `${t(`sexes.${value}`)} (${value})`
	}))];
	const facilityId = watch("facility_identifier");
	const rooms = facilities?.find((f) => f.identifier === facilityId)?.rooms ?? [];
	const modalityGroups = [{
		group: t("fields.modality"),
		items: commonImagingModalities.map((code) => ({
			value: code,
			label: `${code} — ${dicomModalities[code]}`
		}))
	}, {
		group: "DICOM",
		items: dicomModalityCodes.filter((code) => !commonImagingModalities.includes(code)).map((code) => ({
			value: code,
			label: `${code} — ${dicomModalities[code]}`
		}))
	}];
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
		component: "form",
		onSubmit,
		noValidate: true,
		"aria-busy": busy,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "lg",
			inert: busy,
			style: busy ? { opacity: .6 } : void 0,
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
					legend: t("sections.patient"),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
						cols: {
							base: 1,
							sm: 2,
							lg: 3
						},
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("patient_identifier") }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("patient_name", { autoComplete: "off" }) }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("patient_first_surname") }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("patient_last_surname") }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
								...field("patient_gender"),
								data: sexOptions
							}),
							dateField("patient_birth_date", {
								minDate: "1900-01-01",
								maxDate: localToday()
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("patient_email", { type: "email" }) }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("patient_phone_code", {
								inputMode: "numeric",
								maw: 140
							}) }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("patient_phone_number", { type: "tel" }) })
						]
					})
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
					legend: t("sections.study"),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
						cols: {
							base: 1,
							sm: 2,
							lg: 3
						},
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
								...field("folio", { readOnly: folioLocked }),
								description: t("fields.folioHint"),
								rightSectionWidth: folioLocked ? void 0 : 110,
								rightSection: folioLocked ? void 0 : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
									size: "compact-xs",
									variant: "subtle",
									leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconRefresh, {
										size: 12,
										"aria-hidden": true
									}),
									onClick: () => setValue("folio", generateFolio(), {
										shouldDirty: true,
										shouldValidate: true
									}),
									children: t("fields.regenerateFolio")
								})
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
								...field("modality"),
								data: [{
									group: "",
									items: [choose]
								}, ...modalityGroups]
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
								...field("priority"),
								data: [choose, ...edenPriorities.map((value) => ({
									value,
									label: t(`priorities.${value}`)
								}))]
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("study_code") }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("study_name") }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("description") })
						]
					})
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
					legend: t("sections.place"),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
						cols: {
							base: 1,
							sm: 2,
							lg: 3
						},
						children: [
							facilities && !facilitiesFailed ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
								...field("facility_identifier"),
								data: [choose, ...facilities.map((f) => ({
									value: f.identifier,
									label: `${f.name} (${f.identifier})`
								}))]
							}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
								...field("facility_identifier"),
								description: facilitiesFailed ? t("facilitiesUnavailable") : void 0
							}),
							rooms.length > 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
								...field("room_identifier"),
								data: [choose, ...rooms.map((r) => ({
									value: r.ae_title,
									label: `${r.name} (${r.ae_title})`
								}))]
							}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("room_identifier") }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
								...field("room_name"),
								description: t("fields.room_nameHint")
							})
						]
					})
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
					legend: t("sections.physician"),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
						cols: {
							base: 1,
							sm: 2,
							lg: 3
						},
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("physician_identifier") }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("physician_name") }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("physician_first_surname") }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("physician_last_surname") }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
								...field("physician_gender"),
								data: sexOptions
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("physician_email", { type: "email" }) }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("physician_phone_code", { inputMode: "numeric" }) }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("physician_phone_number", { type: "tel" }) }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("practitioner_assigned_email", { type: "email" }) })
						]
					})
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
					legend: t("sections.appointment"),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(EdenAppointmentFields, {
						form,
						facilities,
						date: dateField("appointment_date"),
						time: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
							...field("appointment_time", { placeholder: "HH:MM:SS" }),
							description: t("fields.timeHint")
						}),
						duration: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
							...field("appointment_duration", { inputMode: "numeric" }),
							description: t("fields.durationHint")
						})
					})
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Fieldset, {
					legend: t("sections.extra"),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ExtraFieldsEditor, { form })
				})
			]
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
			pos: "sticky",
			bottom: 0,
			py: "sm",
			mt: "md",
			style: {
				zIndex: 5,
				background: "var(--mantine-color-body)"
			},
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: "xs",
				children: [busy && pending, /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
					justify: "flex-end",
					inert: busy,
					children: actions
				})]
			})
		})]
	});
}
// src/features/orders/components/use-order-field-label.ts
/** A form field's name as the error summary says it: its section, then its label ("Patient · Given names"). */
function useOrderFieldLabel() {
	const { t } = useTranslation("orders");
	return (path) => {
		const row = /^extra\.(\d+)\.(key|value)$/.exec(path);
		if (row) {
			const part = row[2] === "key" ? t("fields.extraKey") : t("fields.extraValue");
			return `${t("sections.extra")} ${Number(row[1]) + 1} · ${part}`;
		}
		if (path.startsWith("extra")) return t("sections.extra");
		return `${t(`sections.${sectionOf(path)}`)} · ${t(`fields.${path}`)}`;
	};
}
export { emptyOrderForm as a, generateFolio as c, orderFormResolver as i, isOrderFormDraft as l, OrderForm as n, formFieldForVendorField as o, orderEditResolver as r, fromOrder as s, useOrderFieldLabel as t };
