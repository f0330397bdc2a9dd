import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { Ft as Alert, Ir as require_react, Kt as Paper, Nt as Anchor, Ot as Button, Pt as Text, Un as InputError, Vt as Group, Wt as Loader, Yn as isTransient, Zn as vendorNames, _t as IconAlertTriangle, qn as VendorError, qt as VisuallyHidden, ut as useTranslation, vt as createReactComponent, wt as List, xt as Stack, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { l as describeError } from "./search-Bd_rEMYc.js";
import { i as set, r as get } from "./use-form-draft-D2Qhoe7n.js";
import { t as translateValidation } from "./zod-messages-Cr21UGky.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconPlayerStop = createReactComponent("outline", "player-stop", "PlayerStop", [["path", {
	"d": "M5 7a2 2 0 0 1 2 -2h10a2 2 0 0 1 2 2v10a2 2 0 0 1 -2 2h-10a2 2 0 0 1 -2 -2l0 -10",
	"key": "svg-0"
}]]);
// node_modules/@hookform/resolvers/dist/resolvers.mjs
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var t = (r, t, s) => {
	if (r && "reportValidity" in r) {
		const o = get(s, t);
		r.setCustomValidity(o && o.message || ""), r.reportValidity();
	}
};
var s = (e, r) => {
	for (const s in r.fields) {
		const o = r.fields[s];
		o && o.ref && "reportValidity" in o.ref ? t(o.ref, s, e) : o && o.refs && o.refs.forEach((r) => t(r, s, e));
	}
};
var o = (t, o) => {
	o.shouldUseNativeValidation && s(t, o);
	const n = {};
	for (const s in t) {
		const f = get(o.fields, s), c = Object.assign(t[s] || {}, { ref: f && f.refs ? f.refs[0] : f && f.ref });
		if (i(o.names || Object.keys(t), s)) {
			const t = Object.assign({}, get(n, s));
			set(t, "root", c), set(n, s, t);
		} else set(n, s, c);
	}
	return n;
};
var i = (e, r) => {
	const t = n(r).replace(/[.*+?^${}()|\\]/g, "\\$&");
	return e.some((e) => n(e).match(`^${t}\\.\\d+`));
};
function n(e) {
	return e.replace(/\[(\d+)]/g, ".$1").replace(/[[\]]/g, "");
}
// src/components/forms/form-errors.ts
/** `extra[1].key` → `extra.1.key` (react-hook-form's path syntax). */
function toFormPath(path) {
	return path.replace(/\[(\d+)\]/g, ".$1").replace(/^\./, "");
}
/** The DOM id of a field's input, so the error summary can link to it. Give it to the input as `id`. */
function fieldId(path) {
	return `field-${toFormPath(path).replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
function mapField(fieldMap, wirePath) {
	if (typeof fieldMap === "function") return fieldMap(wirePath) ?? null;
	const exact = fieldMap[wirePath];
	if (exact) return exact;
	return fieldMap[wirePath.split(/[.[]/)[0] ?? wirePath] ?? null;
}
/**
* A react-hook-form resolver from a validation function whose issues carry form paths and message keys.
* Every check of the function runs (no check hides another); the first issue of each field is shown.
*/
function inputResolver(validate) {
	return (values, _context, options) => {
		const result = validate(values);
		if (result.ok) return {
			values: result.value,
			errors: {}
		};
		const flat = {};
		for (const issue of result.issues) {
			const path = toFormPath(issue.path);
			if (flat[path]) continue;
			flat[path] = issue.params ? {
				type: "input",
				message: issue.message,
				params: issue.params
			} : {
				type: "input",
				message: issue.message
			};
		}
		return {
			values: {},
			errors: o(flat, options)
		};
	};
}
/** How many frames focusing waits for a form to leave its busy (inert) state. */
var INERT_WAIT_FRAMES = 120;
/**
* Focuses the first of these fields on screen (by document order, not by the order of the errors). A
* form that was busy is still inert when its request fails, until it re-renders: the focus then waits
* for the field to leave the inert subtree (a few frames), and is given once.
*/
function focusFirstField(paths) {
	if (typeof document === "undefined") return false;
	const elements = paths.map((path) => document.getElementById(fieldId(path))).filter((element) => element !== null);
	elements.sort((a, b) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
	const first = elements[0];
	if (!first) return false;
	let frames = 0;
	const attempt = () => {
		if (!first.isConnected) return;
		if (first.closest("[inert]")) {
			if (frames++ < INERT_WAIT_FRAMES) requestAnimationFrame(attempt);
			return;
		}
		first.focus();
	};
	attempt();
	return true;
}
/** The index of the first step holding one of these fields (for wizards); -1 when none does. */
function firstStepWithError(fields, steps) {
	return steps.findIndex((stepFields) => fields.some((field) => stepFields.some((name) => field === name || field.startsWith(`${name}.`))));
}
/**
* Puts a failed request's input problems next to the form's fields: an `InputError`'s issues and a
* `VendorError`'s field errors, through `fieldMap`. Focuses the first bad field on screen unless
* `focus: false` (a wizard first moves to the step, then calls `focusFirstField`). Returns the fields hit
* and the messages that belong to no field. Any other error gives no fields: describe it with
* `describeError`.
*/
function applyFormErrors(form, error, fieldMap, options = {}) {
	const fields = [];
	const unplaced = [];
	const place = (wirePath, message, params) => {
		const field = wirePath ? mapField(fieldMap, wirePath) : null;
		if (!field) {
			unplaced.push({
				message,
				...params ? { params } : {},
				...wirePath ? { wireField: wirePath } : {}
			});
			return;
		}
		if (fields.includes(field)) return;
		fields.push(field);
		const option = params ? {
			type: "server",
			message,
			params
		} : {
			type: "server",
			message
		};
		form.setError(field, option, { shouldFocus: false });
	};
	if (error instanceof InputError) for (const issue of error.issues) place(issue.path, issue.message, issue.params);
	else if (error instanceof VendorError) {
		const vendor = vendorNames[error.vendor];
		for (const [wireField, messages] of Object.entries(error.fieldErrors)) place(wireField, "validation.vendorRefused", {
			vendor,
			detail: messages.join(" ")
		});
	}
	if (options.focus !== false && fields.length) focusFirstField(fields);
	return {
		fields,
		unplaced
	};
}
/** Whether an error is about the input (it has field problems a form can show). */
function isFieldError(error) {
	return error instanceof InputError || error instanceof VendorError && Object.keys(error.fieldErrors).length > 0;
}
/** Every field error of a form, flattened to `path → error` (nested arrays and objects included). */
function flattenFieldErrors(errors, prefix = "") {
	const out = [];
	for (const [key, value] of Object.entries(errors ?? {})) {
		if (!value || typeof value !== "object") continue;
		const path = prefix ? `${prefix}.${key}` : key;
		const maybe = value;
		if (typeof maybe.message === "string" && typeof maybe.type === "string") {
			out.push([path, maybe]);
			continue;
		}
		if (key === "ref" || key === "root") continue;
		out.push(...flattenFieldErrors(value, path));
	}
	return out;
}
// src/components/forms/ErrorSummary.tsx
var import_jsx_runtime = require_jsx_runtime();
function inDocumentOrder(paths) {
	if (typeof document === "undefined") return paths;
	const position = new Map(paths.map((path) => [path, document.getElementById(fieldId(path))]));
	return [...paths].sort((a, b) => {
		const x = position.get(a);
		const y = position.get(b);
		if (!x || !y) return 0;
		return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
	});
}
/**
* The error summary of a form (GOV.UK's pattern): "Some fields need attention", a link to each bad field
* with its message, the messages that belong to no field, and what went wrong with the request. Every
* text is translated when shown. It takes the focus itself when a failure names no field.
*/
function ErrorSummary({ form, failure, labelOf, title, onRetry }) {
	const { t } = useTranslation();
	const ref = (0, import_react.useRef)(null);
	const { errors, submitCount } = form.formState;
	const fieldErrors = flattenFieldErrors(errors);
	const shownFields = submitCount > 0 || failure ? fieldErrors : [];
	const order = inDocumentOrder(shownFields.map(([path]) => path));
	const byPath = new Map(shownFields);
	const unplaced = failure?.unplaced ?? [];
	const requestError = failure && !isFieldError(failure.error) ? failure.error : null;
	(0, import_react.useEffect)(() => {
		if (failure && failure.fields.length === 0) ref.current?.focus();
	}, [failure]);
	if (!failure && shownFields.length === 0) return null;
	const needsAttention = shownFields.length > 0 || unplaced.length > 0;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
		ref,
		tabIndex: -1,
		color: "red",
		variant: "light",
		icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconAlertTriangle, { "aria-hidden": true }),
		role: "alert",
		"data-testid": "error-summary",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "xs",
			children: [
				title && failure && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					fw: 600,
					children: title
				}),
				requestError !== null && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					children: describeError(t, requestError)
				}),
				failure && isFieldError(failure.error) && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					children: describeError(t, failure.error)
				}),
				needsAttention && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: 2,
					size: "h5",
					children: t("forms.fixFields")
				}),
				order.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List, {
					size: "sm",
					spacing: 4,
					children: order.map((path) => {
						const error = byPath.get(path);
						return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List.Item, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Anchor, {
							href: `#${fieldId(path)}`,
							size: "sm",
							c: "inherit",
							underline: "always",
							onClick: (event) => {
								event.preventDefault();
								document.getElementById(fieldId(path))?.focus();
							},
							children: [
								labelOf(path),
								": ",
								translateValidation(t, error?.message, error?.params)
							]
						}) }, path);
					})
				}),
				unplaced.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List, {
					size: "sm",
					spacing: 4,
					"data-testid": "unplaced-errors",
					children: unplaced.map((item) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(List.Item, { children: [item.wireField ? `${item.wireField}: ` : "", translateValidation(t, item.message, item.params)] }, `${item.wireField ?? ""}|${item.message}|${JSON.stringify(item.params ?? {})}`))
				}),
				onRetry && requestError !== null && isTransient(requestError) && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					size: "xs",
					variant: "filled",
					color: "red.9",
					onClick: onRetry,
					children: t("errors.retry")
				}) })
			]
		})
	});
}
// src/components/forms/PendingRequest.tsx
/** After this long, the waiting line says that it is taking longer than usual. */
var SLOW_AFTER_S = 8;
/**
* Shown while a form's request is in flight (the form itself is inert meanwhile): how long it has been
* waiting, and a button that stops waiting (aborts the request). Screen readers hear it once, and once
* more when it turns slow, not every second.
*/
function PendingRequest({ vendor, onStop }) {
	const { t } = useTranslation();
	const [seconds, setSeconds] = (0, import_react.useState)(0);
	(0, import_react.useEffect)(() => {
		const started = performance.now();
		const timer = setInterval(() => setSeconds(Math.floor((performance.now() - started) / 1e3)), 500);
		return () => clearInterval(timer);
	}, []);
	const name = vendorNames[vendor];
	const slow = seconds >= SLOW_AFTER_S;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
		withBorder: true,
		shadow: "sm",
		p: "sm",
		"data-testid": "pending-request",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
			justify: "space-between",
			wrap: "wrap",
			gap: "sm",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				gap: "sm",
				wrap: "nowrap",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Loader, {
						size: "sm",
						"aria-hidden": true
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						"aria-hidden": true,
						"data-testid": "pending-elapsed",
						children: slow ? t("request.stillWaiting", {
							vendor: name,
							seconds
						}) : t("request.waiting", {
							vendor: name,
							seconds
						})
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(VisuallyHidden, {
						role: "status",
						children: slow ? t("request.stillWaiting", {
							vendor: name,
							seconds: SLOW_AFTER_S
						}) : t("request.waiting", {
							vendor: name,
							seconds: 0
						})
					})
				]
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				size: "xs",
				variant: "default",
				leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconPlayerStop, {
					size: 14,
					"aria-hidden": true
				}),
				onClick: onStop,
				"data-testid": "stop-waiting",
				children: t("request.stop")
			})]
		})
	});
}
// src/components/forms/use-abortable.ts
/**
* The user's Cancel for a request in flight: `begin()` gives the signal to pass to the mutation (and on to
* the service function's `signal`), `cancel()` aborts it. The page's values are untouched.
*/
function useAbortable() {
	const controller = (0, import_react.useRef)(null);
	return {
		begin: (0, import_react.useCallback)(() => {
			controller.current?.abort();
			controller.current = new AbortController();
			return controller.current.signal;
		}, []),
		cancel: (0, import_react.useCallback)(() => {
			controller.current?.abort();
			controller.current = null;
		}, [])
	};
}
// src/components/forms/use-field-error.ts
/**
* What a form's inputs need to show their errors: `errorOf(path)` is the field's message, translated now
* (so a language switch re-translates it); `idOf(path)` is the id the error summary links to.
*/
function useFieldErrors(form) {
	const { t } = useTranslation();
	const { errors } = form.formState;
	return {
		errorOf(path) {
			const error = get(errors, path);
			return translateValidation(t, error?.message, error?.params);
		},
		idOf: fieldId
	};
}
export { applyFormErrors as a, inputResolver as c, ErrorSummary as i, useAbortable as n, firstStepWithError as o, PendingRequest as r, focusFirstField as s, useFieldErrors as t };
