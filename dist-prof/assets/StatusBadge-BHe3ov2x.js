import { Ft as Alert, Pt as Text, kt as Badge, ut as useTranslation, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
import { Rn as IconRefresh, l as describeError } from "./search-Bd_rEMYc.js";
// src/components/RetryNotice.tsx
var import_jsx_runtime = require_jsx_runtime();
/**
* While a query retries a transient failure, says so at once ("Could not reach Eden… retrying, attempt 2
* of 4") instead of a silent skeleton; the final failure is the page's ErrorAlert.
*/
function RetryNotice({ failureCount, error }) {
	const { t } = useTranslation();
	if (failureCount === 0 || !error) return null;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Alert, {
		color: "gray",
		variant: "light",
		icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconRefresh, { "aria-hidden": true }),
		role: "status",
		"data-testid": "retrying",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
			size: "sm",
			children: describeError(t, error)
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
			size: "sm",
			children: t("request.retrying", {
				attempt: failureCount + 1,
				attempts: 4
			})
		})]
	});
}
// src/features/orders/components/StatusBadge.tsx
var colors = {
	NEW: "blue.9",
	PATIENT_ARRIVED: "cyan.9",
	IN_PROCESS: "violet.9",
	COMPLETED: "teal.9",
	READING_PENDING: "grape.9",
	SIGNED: "indigo.9",
	ADDENDUM_SIGNED: "indigo.9",
	CANCELLED: "gray.8"
};
function StatusBadge({ status }) {
	const { t } = useTranslation("orders");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
		color: colors[status],
		variant: "filled",
		autoContrast: true,
		styles: {
			root: {
				flexShrink: 0,
				maxWidth: "none"
			},
			label: { overflow: "visible" }
		},
		children: t(`statuses.${status}`)
	});
}
export { RetryNotice as n, StatusBadge as t };
