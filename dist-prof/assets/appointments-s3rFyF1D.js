import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { $t as factory, Ht as CloseButton, Ir as require_react, Lt as InputBase, Nn as getSize, Zt as Box, cn as useProps, gn as createVarsResolver, jn as getRadius, on as useStyles, xn as useMergedRef, yr as require_jsx_runtime, zt as InputWrapperContext } from "./boot-CCHtFN9d.js";
import { $t as soloUnixSecondsSchema, Dn as number, Kt as soloEndpoints, On as object, Pn as url, Sn as array, Wt as soloDemographicsSchema, Xt as soloDurationSecondsSchema, bn as _enum, en as soloClient, gn as parseInput, jn as string, qt as SOLO_APPOINTMENT_UPDATE_STATUSES } from "./search-Bd_rEMYc.js";
// node_modules/@mantine/core/esm/components/Combobox/use-pills-reorder/move-pill.mjs
function movePill(value, from, to, position) {
	if (from === to) return value;
	if (position === "before" && to === from + 1) return value;
	if (position === "after" && to === from - 1) return value;
	const result = value.slice();
	const [item] = result.splice(from, 1);
	let targetIndex = from < to ? to - 1 : to;
	if (position === "after") targetIndex += 1;
	result.splice(targetIndex, 0, item);
	return result;
}
// node_modules/@mantine/core/esm/components/Combobox/use-pills-reorder/use-pills-reorder.mjs
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var findSearchInput = (container) => {
	const lastChild = container.lastElementChild;
	if (!lastChild) return null;
	if (lastChild instanceof HTMLInputElement) return lastChild;
	return lastChild.querySelector("input");
};
var valuesMatch = (a, b) => {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
	return true;
};
function usePillsReorder({ value, onChange, enabled }) {
	const dragStateRef = (0, import_react.useRef)({
		draggedIndex: null,
		currentDropTarget: null
	});
	const pendingFocusRef = (0, import_react.useRef)(null);
	const containerRef = (0, import_react.useRef)(null);
	const valueRef = (0, import_react.useRef)(value);
	valueRef.current = value;
	(0, import_react.useEffect)(() => {
		const pending = pendingFocusRef.current;
		if (!pending) return;
		pendingFocusRef.current = null;
		if (!valuesMatch(valueRef.current, pending.expectedValue)) return;
		pending.container?.querySelector(`[data-mantine-pill-index="${pending.index}"]`)?.focus();
	});
	const setContainer = (0, import_react.useCallback)((node) => {
		containerRef.current = node;
	}, []);
	const getListProps = () => {
		if (!enabled) return {};
		return { ref: setContainer };
	};
	const handleInputKeyDown = (event) => {
		if (!enabled || event.key !== "ArrowLeft") return;
		const input = event.currentTarget;
		if (!(input.value.length === 0 || input.selectionStart === 0 && input.selectionEnd === 0)) return;
		const container = containerRef.current;
		if (!container) return;
		const pills = container.querySelectorAll("[data-mantine-pill-index]");
		if (pills.length === 0) return;
		event.preventDefault();
		pills[pills.length - 1].focus();
	};
	const getPillProps = (index) => {
		if (!enabled) return;
		return {
			draggable: true,
			tabIndex: -1,
			"data-mantine-pill-index": index,
			"aria-keyshortcuts": "Alt+ArrowLeft Alt+ArrowRight",
			onMouseDown: (event) => {
				if (event.button === 0) event.stopPropagation();
			},
			onDragStart: (event) => {
				event.stopPropagation();
				event.dataTransfer.effectAllowed = "move";
				event.dataTransfer.setData("text/plain", String(index));
				dragStateRef.current.draggedIndex = index;
				const target = event.currentTarget;
				const rect = target.getBoundingClientRect();
				const ghost = target.cloneNode(true);
				ghost.removeAttribute("data-dragging");
				ghost.removeAttribute("data-drag-over");
				ghost.style.position = "fixed";
				ghost.style.top = "-9999px";
				ghost.style.left = "-9999px";
				ghost.style.width = `${rect.width}px`;
				ghost.style.height = `${rect.height}px`;
				ghost.style.pointerEvents = "none";
				document.body.appendChild(ghost);
				event.dataTransfer.setDragImage(ghost, event.clientX - rect.left, event.clientY - rect.top);
				setTimeout(() => ghost.parentNode?.removeChild(ghost), 0);
				requestAnimationFrame(() => {
					target.setAttribute("data-dragging", "true");
				});
			},
			onDragOver: (event) => {
				const { draggedIndex } = dragStateRef.current;
				if (draggedIndex === null || draggedIndex === index) return;
				const target = event.currentTarget;
				const rect = target.getBoundingClientRect();
				const x = event.clientX - rect.left;
				const position = (getComputedStyle(target).direction === "rtl" ? x > rect.width / 2 : x < rect.width / 2) ? "before" : "after";
				event.preventDefault();
				event.stopPropagation();
				event.dataTransfer.dropEffect = "move";
				const prevTarget = dragStateRef.current.currentDropTarget;
				if (prevTarget && prevTarget !== target) prevTarget.removeAttribute("data-drag-over");
				target.setAttribute("data-drag-over", position);
				dragStateRef.current.currentDropTarget = target;
			},
			onDragLeave: (event) => {
				const target = event.currentTarget;
				const related = event.relatedTarget;
				if (related && target.contains(related)) return;
				target.removeAttribute("data-drag-over");
				if (dragStateRef.current.currentDropTarget === target) dragStateRef.current.currentDropTarget = null;
			},
			onDrop: (event) => {
				event.preventDefault();
				event.stopPropagation();
				const target = event.currentTarget;
				const position = target.getAttribute("data-drag-over");
				target.removeAttribute("data-drag-over");
				const { draggedIndex } = dragStateRef.current;
				if (draggedIndex !== null && position && draggedIndex !== index) {
					const nextValue = movePill(valueRef.current, draggedIndex, index, position);
					if (nextValue !== valueRef.current) onChange(nextValue);
				}
				dragStateRef.current.draggedIndex = null;
				dragStateRef.current.currentDropTarget = null;
			},
			onDragEnd: (event) => {
				event.currentTarget.removeAttribute("data-dragging");
				const prevTarget = dragStateRef.current.currentDropTarget;
				if (prevTarget) prevTarget.removeAttribute("data-drag-over");
				dragStateRef.current.draggedIndex = null;
				dragStateRef.current.currentDropTarget = null;
			},
			onKeyDown: (event) => {
				if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
				const target = event.currentTarget;
				const movingForward = getComputedStyle(target).direction === "rtl" ? event.key === "ArrowLeft" : event.key === "ArrowRight";
				const targetIndex = movingForward ? index + 1 : index - 1;
				if (event.altKey) {
					if (targetIndex < 0 || targetIndex >= valueRef.current.length) return;
					event.preventDefault();
					event.stopPropagation();
					const position = movingForward ? "after" : "before";
					const nextValue = movePill(valueRef.current, index, targetIndex, position);
					if (nextValue === valueRef.current) return;
					pendingFocusRef.current = {
						container: target.parentElement,
						index: targetIndex,
						expectedValue: nextValue
					};
					onChange(nextValue);
					return;
				}
				if (targetIndex < 0) return;
				const container = target.parentElement;
				if (!container) return;
				event.preventDefault();
				event.stopPropagation();
				if (targetIndex >= valueRef.current.length) {
					findSearchInput(container)?.focus();
					return;
				}
				container.querySelector(`[data-mantine-pill-index="${targetIndex}"]`)?.focus();
			}
		};
	};
	return {
		getPillProps,
		getListProps,
		handleInputKeyDown
	};
}
// node_modules/@mantine/core/esm/components/PillsInput/PillsInput.context.mjs
var PillsInputContext = (0, import_react.createContext)(null);
// node_modules/@mantine/core/esm/components/Pill/Pill.module.mjs
var Pill_module_default = {
	"root": "m_7cda1cd6",
	"root--default": "m_44da308b",
	"root--contrast": "m_e3a01f8",
	"label": "m_1e0e6180",
	"remove": "m_ae386778",
	"group": "m_1dcfd90b"
};
// node_modules/@mantine/core/esm/components/Pill/PillGroup/PillGroup.mjs
var import_jsx_runtime = require_jsx_runtime();
var PillGroupContext = (0, import_react.createContext)(null);
var varsResolver$1 = createVarsResolver((_, { gap }, { size }) => ({ group: { "--pg-gap": gap !== void 0 ? getSize(gap) : getSize(size, "pg-gap") } }));
var PillGroup = factory((_props) => {
	const props = useProps("PillGroup", null, _props);
	const { classNames, className, style, styles, unstyled, vars, size, disabled, attributes, ...others } = props;
	const _size = (0, import_react.use)(PillsInputContext)?.size || size || void 0;
	const getStyles = useStyles({
		name: "PillGroup",
		classes: Pill_module_default,
		props,
		className,
		style,
		classNames,
		styles,
		unstyled,
		attributes,
		vars,
		varsResolver: varsResolver$1,
		stylesCtx: { size: _size },
		rootSelector: "group"
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PillGroupContext, {
		value: {
			size: _size,
			disabled
		},
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
			size: _size,
			...getStyles("group"),
			...others
		})
	});
});
PillGroup.classes = Pill_module_default;
PillGroup.varsResolver = varsResolver$1;
PillGroup.displayName = "@mantine/core/PillGroup";
// node_modules/@mantine/core/esm/components/Pill/Pill.mjs
var defaultProps$2 = { variant: "default" };
var varsResolver = createVarsResolver((_, { radius }, { size }) => ({ root: {
	"--pill-fz": getSize(size, "pill-fz"),
	"--pill-height": getSize(size, "pill-height"),
	"--pill-radius": radius === void 0 ? void 0 : getRadius(radius)
} }));
var Pill = factory((_props) => {
	const props = useProps("Pill", defaultProps$2, _props);
	const { classNames, className, style, styles, unstyled, vars, variant, children, withRemoveButton, onRemove, removeButtonProps, radius, size, disabled, mod, attributes, ...others } = props;
	const ctx = (0, import_react.use)(PillGroupContext);
	const pillsInputCtx = (0, import_react.use)(PillsInputContext);
	const _size = size || ctx?.size || void 0;
	const _variant = pillsInputCtx?.variant === "filled" ? "contrast" : variant || "default";
	const getStyles = useStyles({
		name: "Pill",
		classes: Pill_module_default,
		props,
		className,
		style,
		classNames,
		styles,
		unstyled,
		attributes,
		vars,
		varsResolver,
		stylesCtx: { size: _size }
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
		component: "span",
		variant: _variant,
		size: _size,
		...getStyles("root", { variant: _variant }),
		mod: [{
			"with-remove": withRemoveButton && !disabled,
			disabled: disabled || ctx?.disabled
		}, mod],
		...others,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
			...getStyles("label"),
			children
		}), withRemoveButton && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(CloseButton, {
			variant: "transparent",
			radius,
			tabIndex: -1,
			"aria-hidden": true,
			unstyled,
			...removeButtonProps,
			...getStyles("remove", {
				className: removeButtonProps?.className,
				style: removeButtonProps?.style
			}),
			onMouseDown: (event) => {
				event.preventDefault();
				event.stopPropagation();
				removeButtonProps?.onMouseDown?.(event);
			},
			onClick: (event) => {
				event.stopPropagation();
				onRemove?.();
				removeButtonProps?.onClick?.(event);
			}
		})]
	});
});
Pill.classes = Pill_module_default;
Pill.varsResolver = varsResolver;
Pill.displayName = "@mantine/core/Pill";
Pill.Group = PillGroup;
// node_modules/@mantine/core/esm/components/PillsInput/PillsInput.module.mjs
var PillsInput_module_default = { "field": "m_45c4369d" };
// node_modules/@mantine/core/esm/components/PillsInput/PillsInputField/PillsInputField.mjs
var defaultProps$1 = { type: "visible" };
var PillsInputField = factory((_props) => {
	const props = useProps("PillsInputField", defaultProps$1, _props);
	const { classNames, className, style, styles, unstyled, vars, type, disabled, id, pointer, mod, attributes, ref, ...others } = props;
	const ctx = (0, import_react.use)(PillsInputContext);
	const inputWrapperCtx = (0, import_react.use)(InputWrapperContext);
	const getStyles = useStyles({
		name: "PillsInputField",
		classes: PillsInput_module_default,
		props,
		className,
		style,
		classNames,
		styles,
		unstyled,
		attributes,
		rootSelector: "field"
	});
	const _disabled = disabled || ctx?.disabled;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
		component: "input",
		ref: useMergedRef(ref, ctx?.fieldRef),
		"data-type": type,
		disabled: _disabled,
		mod: [{
			disabled: _disabled,
			pointer
		}, mod],
		...getStyles("field"),
		...others,
		id: inputWrapperCtx?.inputId || id,
		"aria-invalid": ctx?.hasError,
		"aria-describedby": inputWrapperCtx?.describedBy,
		type: "text",
		onMouseDown: (event) => !pointer && event.stopPropagation()
	});
});
PillsInputField.classes = PillsInput_module_default;
PillsInputField.displayName = "@mantine/core/PillsInputField";
// node_modules/@mantine/core/esm/components/PillsInput/PillsInput.mjs
var defaultProps = { size: "sm" };
var PillsInput = factory((_props) => {
	const { children, onMouseDown, onClick, size, disabled, __staticSelector, error, variant, ...others } = useProps([
		"Input",
		"InputWrapper",
		"PillsInput"
	], defaultProps, _props);
	const fieldRef = (0, import_react.useRef)(null);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PillsInputContext, {
		value: {
			fieldRef,
			size,
			disabled,
			hasError: !!error,
			variant
		},
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(InputBase, {
			size,
			error,
			variant,
			component: "div",
			"data-no-overflow": true,
			onMouseDown: (event) => {
				event.preventDefault();
				onMouseDown?.(event);
				fieldRef.current?.focus();
			},
			onClick: (event) => {
				event.preventDefault();
				if (!event.currentTarget.closest("fieldset")?.disabled) {
					fieldRef.current?.focus();
					onClick?.(event);
				}
			},
			...others,
			multiline: true,
			disabled,
			__staticSelector: __staticSelector || "PillsInput",
			withAria: false,
			children
		})
	});
});
PillsInput.displayName = "@mantine/core/PillsInput";
PillsInput.classes = InputBase.classes;
PillsInput.Field = PillsInputField;
// src/api/solo/appointments.ts
/**
* Solo appointments: create (by patient id, HSID or SPID), get, update (reschedule, cancel, external id,
* reasons, encounter), and the video-call links (provider, MS Teams provider, provider + patient).
* Times are unix timestamps in seconds (UTC); durations are seconds.
*/
/** The documented appointment status list. */
var soloAppointmentStatuses = [
	"scheduled",
	"arrived",
	"in progress.intake.ready",
	"in progress.intake.progress",
	"in progress.exam.ready",
	"in progress.exam.progress",
	"discharge.ready",
	"discharge.progress",
	"completed",
	"sign off",
	"cancelled",
	"not showed up"
];
var soloAppointmentStatusSchema = _enum(soloAppointmentStatuses);
var soloVideoCallStatusSchema = _enum([
	"LWBS",
	"incomplete",
	"complete",
	"finalizing",
	"on hold",
	"on call",
	"waiting"
]);
var soloCreateAppointmentSchema = object({
	/** Appointment date (unix seconds); without it the visit is on demand. */
	date: soloUnixSecondsSchema.optional(),
	reasons: array(string()).optional(),
	/** By default the waiting room's slot duration is used. */
	duration: soloDurationSecondsSchema.optional(),
	/** Waiting room name: required. */
	waitingRoom: string().trim().min(1),
	externalId: string().min(1).optional(),
	episodeOfCareId: string().min(1).optional(),
	/** Encounter id. */
	accountNumber: string().min(1).optional()
});
var soloAppointmentCreatedSchema = object({
	id: number().int().positive(),
	visitUrl: url()
});
var soloVideoCallSchema = object({
	id: string(),
	status: soloVideoCallStatusSchema
});
var soloProviderSchema = object({
	id: string(),
	email: string(),
	firstName: string(),
	middleName: string().optional(),
	lastName: string()
});
var soloAppointmentSchema = object({
	id: number().int().positive(),
	date: soloUnixSecondsSchema,
	duration: number().int().nonnegative(),
	reasons: array(string()),
	status: soloAppointmentStatusSchema,
	videoCall: soloVideoCallSchema.nullable(),
	externalId: string().nullable(),
	patient: object({
		id: string(),
		demographics: soloDemographicsSchema
	}),
	providers: array(soloProviderSchema)
});
var soloUpdateAppointmentSchema = object({
	date: soloUnixSecondsSchema.optional(),
	duration: soloDurationSecondsSchema.optional(),
	/** Only `cancelled` may be set through the API (assumption 2 in common.ts). */
	status: _enum(SOLO_APPOINTMENT_UPDATE_STATUSES).optional(),
	externalId: string().min(1).optional(),
	reasons: array(string()).optional(),
	accountNumber: string().min(1).optional()
}).refine((body) => Object.values(body).some((value) => value !== void 0), "validation.nothingToUpdate");
var soloProviderLinkSchema = object({
	id: number().int().positive(),
	providerVisitUrl: url()
});
var soloMsTeamsProviderLinkSchema = object({
	id: number().int().positive(),
	msTeamsProviderVisitUrl: url()
});
var soloVideoCallLinksSchema = object({
	/** Null when the appointment (fetched by SAID) has no external id. */
	appointmentExternalId: string().nullable(),
	providerVisitUrl: url(),
	patientVisitUrl: url()
});
function createCall(patient) {
	if ("spid" in patient) return soloEndpoints.createAppointmentBySpid.at({ solo_patient_id: patient.spid });
	if ("hsid" in patient) return soloEndpoints.createAppointmentByHsid.at({ hsid: patient.hsid });
	return soloEndpoints.createAppointment.at({ patient_id: patient.patientId });
}
/** Books an appointment. A slot taken in the meantime answers 409 (VendorError). */
async function createSoloAppointment(patient, input, options = {}) {
	const call = createCall(patient);
	const body = parseInput("solo", call.endpoint, soloCreateAppointmentSchema, input);
	return soloClient.request({
		...call,
		json: body,
		schema: soloAppointmentCreatedSchema,
		...options
	});
}
async function getSoloAppointment(id, options = {}) {
	return soloClient.request({
		...soloEndpoints.getAppointment.at({ appointment_id: id }),
		schema: soloAppointmentSchema,
		...options
	});
}
async function updateSoloAppointment(id, input, options = {}) {
	const body = parseInput("solo", soloEndpoints.updateAppointment.name, soloUpdateAppointmentSchema, input);
	return soloClient.request({
		...soloEndpoints.updateAppointment.at({ appointment_id: id }),
		json: body,
		schema: soloAppointmentCreatedSchema,
		...options
	});
}
async function getSoloProviderLink(id, options = {}) {
	return soloClient.request({
		...soloEndpoints.getProviderLink.at({ appointment_id: id }),
		schema: soloProviderLinkSchema,
		...options
	});
}
/** Needs the provider's Microsoft Teams token, sent as `Teams-Auth-Token`. */
async function getSoloMsTeamsProviderLink(id, teamsAuthToken, options = {}) {
	const token = parseInput("solo", soloEndpoints.getMsTeamsProviderLink.name, string().trim().min(1), teamsAuthToken, { at: "teamsAuthToken" });
	return soloClient.request({
		...soloEndpoints.getMsTeamsProviderLink.at({ appointment_id: id }),
		headers: { "Teams-Auth-Token": token },
		schema: soloMsTeamsProviderLinkSchema,
		...options
	});
}
async function getSoloVideoCallLinksByExternalId(externalId, options = {}) {
	return soloClient.request({
		...soloEndpoints.getVideoCallLinksByExternalId.at({ external_appointment_id: externalId }),
		schema: soloVideoCallLinksSchema,
		...options
	});
}
async function getSoloVideoCallLinksBySaid(id, options = {}) {
	return soloClient.request({
		...soloEndpoints.getVideoCallLinksBySaid.at({ solo_appointment_id: id }),
		schema: soloVideoCallLinksSchema,
		...options
	});
}
export { getSoloVideoCallLinksByExternalId as a, soloAppointmentStatuses as c, Pill as d, usePillsReorder as f, getSoloProviderLink as i, updateSoloAppointment as l, getSoloAppointment as n, getSoloVideoCallLinksBySaid as o, getSoloMsTeamsProviderLink as r, soloAppointmentStatusSchema as s, createSoloAppointment as t, PillsInput as u };
