const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/DateCalendar-DdJUvaDG.js","assets/rolldown-runtime-SbdDWaPq.js","assets/search-Bd_rEMYc.js","assets/boot-CCHtFN9d.js","assets/preload-helper-BhofnfyO.js","assets/boot-xJBZfUJG.css","assets/CheckIcon-Cwl5gALt.js","assets/IconChevronDown-OkUoCsKk.js","assets/session-tTKx-X8h.js","assets/session-tZkRHlO9.js","assets/list-toggle-Yprc9Nmq.js","assets/search-B3UfxCfZ.css","assets/Popover-CMrlGPcZ.js","assets/FocusTrap-D-9SopGv.js","assets/OptionalPortal-CFQJJIIb.js","assets/create-event-handler-CS6DelLA.js","assets/clamp-GGsfTKCM.js","assets/DateCalendar-B5fhb-x2.css"])))=>i.map(i=>d[i]);
import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { Ir as require_react, U as parseIsoDate, Ut as ActionIcon, bt as TextInput, ut as useTranslation, vt as createReactComponent, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
import { t as __vitePreload } from "./preload-helper-BhofnfyO.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconCalendar = createReactComponent("outline", "calendar", "Calendar", [
	["path", {
		"d": "M4 7a2 2 0 0 1 2 -2h12a2 2 0 0 1 2 2v12a2 2 0 0 1 -2 2h-12a2 2 0 0 1 -2 -2v-12",
		"key": "svg-0"
	}],
	["path", {
		"d": "M16 3v4",
		"key": "svg-1"
	}],
	["path", {
		"d": "M8 3v4",
		"key": "svg-2"
	}],
	["path", {
		"d": "M4 11h16",
		"key": "svg-3"
	}]
]);
// src/components/forms/date-text.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var layouts = /* @__PURE__ */ new Map();
/** Day, month and year order and separator of a locale's numeric dates (Intl): es → D/M/Y, en → M/D/Y. */
function dateLayout(locale) {
	let layout = layouts.get(locale);
	if (!layout) {
		const parts = new Intl.DateTimeFormat(locale, {
			day: "2-digit",
			month: "2-digit",
			year: "numeric",
			timeZone: "UTC"
		}).formatToParts(new Date(Date.UTC(2001, 10, 22)));
		const order = parts.map((part) => part.type).filter((type) => type === "day" || type === "month" || type === "year");
		const separator = parts.find((part) => part.type === "literal")?.value ?? "/";
		layout = {
			order: order.length === 3 ? order : [
				"day",
				"month",
				"year"
			],
			separator: separator.trim() || "/"
		};
		layouts.set(locale, layout);
	}
	return layout;
}
var ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The form value (ISO, even of a day that does not exist, or raw text) → the text shown in `locale`. */
function formatDateText(value, locale) {
	const match = ISO_SHAPE.exec(value);
	if (!match) return value;
	const parts = {
		year: match[1] ?? "",
		month: match[2] ?? "",
		day: match[3] ?? ""
	};
	const { order, separator } = dateLayout(locale);
	return order.map((part) => parts[part]).join(separator);
}
/**
* What the user typed → the form value. Accepts the locale's order with `/`, `.`, `-` or spaces between
* parts (one or two digits for day and month, four for the year), or ISO `YYYY-MM-DD`. A well-formed
* day that does not exist (`30/02/2026`) becomes `2026-02-30`, so the form can say so; anything else
* stays as typed. Never guesses: no two-digit years, no month names.
*/
function parseDateText(text, locale) {
	const trimmed = text.trim();
	if (trimmed === "") return "";
	if (ISO_SHAPE.test(trimmed)) return trimmed;
	const pieces = trimmed.split(/\s*[/.\-\s]\s*/);
	if (pieces.length !== 3 || !pieces.every((piece) => /^\d+$/.test(piece))) return trimmed;
	const { order } = dateLayout(locale);
	const parts = Object.fromEntries(order.map((part, index) => [part, pieces[index] ?? ""]));
	if (parts.year.length !== 4 || parts.month.length > 2 || parts.day.length > 2) return trimmed;
	return `${parts.year}-${parts.month.padStart(2, "0")}-${parts.day.padStart(2, "0")}`;
}
/** Whether a form value is a real calendar day in ISO form. */
function isRealDate(value) {
	if (!ISO_SHAPE.test(value)) return false;
	try {
		parseIsoDate(value);
		return true;
	} catch {
		return false;
	}
}
/** What is wrong with a date form value, if anything ('' is no date, for "required" to judge). */
function dateProblem(value) {
	if (value === "" || isRealDate(value)) return null;
	return ISO_SHAPE.test(value) ? "validation.dateNotExist" : "validation.dateFormat";
}
/** Today as a calendar day on the user's wall clock, `YYYY-MM-DD`. */
function localToday(now = /* @__PURE__ */ new Date()) {
	const pad = (n) => String(n).padStart(2, "0");
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
// src/components/forms/DateField.tsx
var import_jsx_runtime = require_jsx_runtime();
var DateCalendar = (0, import_react.lazy)(() => __vitePreload(() => import("./DateCalendar-DdJUvaDG.js"), __vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17])));
/**
* The one date input: typed as the user's locale writes dates (DD/MM/YYYY in Spanish, MM/DD/YYYY in
* English, or ISO), or picked in Mantine's calendar; the value is always ISO `YYYY-MM-DD`. What is typed
* is never rewritten while typing: on leaving the field a date is shown in the locale's format, and text
* that is not a date stays as it was for the form to refuse (`dateProblem`).
*/
function DateField({ value, onChange, onBlur, minDate, maxDate, label, disabled, readOnly, ref, ...rest }) {
	const { t, i18n } = useTranslation();
	const locale = i18n.language;
	const [draft, setDraft] = (0, import_react.useState)(null);
	const [calendarWanted, setCalendarWanted] = (0, import_react.useState)(false);
	const inputRef = (0, import_react.useRef)(null);
	const shown = draft ?? formatDateText(value, locale);
	const calendarLabel = t("dateInput.openCalendar", { field: typeof label === "string" ? label : "" });
	const setRefs = (element) => {
		inputRef.current = element;
		if (typeof ref === "function") ref(element);
		else if (ref) ref.current = element;
	};
	const pick = (iso) => {
		setDraft(null);
		onChange(iso);
		inputRef.current?.focus();
	};
	const button = /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ActionIcon, {
		variant: "subtle",
		color: "gray",
		"aria-label": calendarLabel,
		disabled: disabled || readOnly,
		onClick: () => setCalendarWanted(true),
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconCalendar, {
			size: 18,
			"aria-hidden": true
		})
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
		...rest,
		ref: setRefs,
		label,
		disabled,
		readOnly,
		value: shown,
		placeholder: rest.placeholder ?? t("dateInput.format"),
		inputMode: "numeric",
		autoComplete: "off",
		onChange: (event) => {
			const text = event.currentTarget.value;
			setDraft(text);
			onChange(parseDateText(text, locale));
		},
		onBlur: (event) => {
			setDraft(null);
			onBlur?.(event);
		},
		rightSectionPointerEvents: "all",
		rightSection: calendarWanted ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(import_react.Suspense, {
			fallback: button,
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DateCalendar, {
				value: isRealDate(value) ? value : null,
				onPick: pick,
				label: calendarLabel,
				minDate,
				maxDate
			})
		}) : button
	});
}
export { IconCalendar as i, dateProblem as n, localToday as r, DateField as t };
