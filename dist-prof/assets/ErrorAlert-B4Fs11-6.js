import { Et as Code, Ft as Alert, Hn as ContractError, Ot as Button, Pt as Text, Vt as Group, _t as IconAlertTriangle, ut as useTranslation, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
import { l as describeError } from "./search-Bd_rEMYc.js";
// src/components/ErrorAlert.tsx
var import_jsx_runtime = require_jsx_runtime();
/** A vendor error, said plainly, with the technical detail QA needs and an optional retry. */
function ErrorAlert({ error, title, onRetry }) {
	const { t } = useTranslation();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Alert, {
		color: "red",
		variant: "light",
		icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconAlertTriangle, { "aria-hidden": true }),
		title,
		role: "alert",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: describeError(t, error)
			}),
			error instanceof ContractError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Code, {
				block: true,
				mt: "xs",
				fz: "xs",
				children: error.issues.slice(0, 5).map((issue) => `${issue.path || "(body)"}: ${issue.message}`).join("\n")
			}),
			onRetry && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
				mt: "sm",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					size: "xs",
					variant: "filled",
					color: "red.9",
					onClick: onRetry,
					children: t("errors.retry")
				})
			})
		]
	});
}
export { ErrorAlert as t };
