import { Ft as Alert, Nt as Anchor, Ot as Button, Pt as Text, Vt as Group, ut as useTranslation, xr as Link, xt as Stack, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { t as IconArrowBackUp } from "./IconArrowBackUp-BMUcwN2a.js";
import { t as IconInfoCircle } from "./IconInfoCircle-B_ArYEuX.js";
// src/features/patients/components/forms/PatientFormShell.tsx
var import_jsx_runtime = require_jsx_runtime();
/** The frame of both patient forms: title, way back, the restored-draft notice. */
function PatientFormShell({ title, back, draftRestored, onDiscardDraft, children }) {
	const { t } = useTranslation("patient-forms");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
			justify: "space-between",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 1,
				children: title
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
				component: Link,
				to: back.to,
				size: "sm",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					gap: 4,
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconArrowBackUp, {
						size: 16,
						"aria-hidden": true
					}), back.label]
				})
			})]
		}),
		draftRestored && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
			icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconInfoCircle, { "aria-hidden": true }),
			color: "blue",
			"data-testid": "draft-restored",
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				justify: "space-between",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					children: t("forms.draftRestored")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					size: "xs",
					variant: "default",
					onClick: onDiscardDraft,
					children: t("forms.discardDraft")
				})]
			})
		}),
		children
	] });
}
/** Whether a stored draft has the shape of a form's values (a draft of an older version is ignored). */
function hasShape(value, sample) {
	if (!value || typeof value !== "object") return false;
	const record = value;
	return Object.entries(sample).every(([key, expected]) => Array.isArray(expected) ? Array.isArray(record[key]) : typeof record[key] === typeof expected);
}
export { hasShape as n, PatientFormShell as t };
