import { t as Skeleton } from "./Skeleton-CycB90X8.js";
import { qt as VisuallyHidden, ut as useTranslation, xt as Stack, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
// src/features/orders/components/PageSkeleton.tsx
var import_jsx_runtime = require_jsx_runtime();
function PageSkeleton() {
	const { t } = useTranslation("orders");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		"aria-busy": "true",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(VisuallyHidden, {
				role: "status",
				children: t("common.loading")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Skeleton, {
				h: 34,
				w: "40%"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Skeleton, { h: 120 }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Skeleton, { h: 120 })
		]
	});
}
export { PageSkeleton as t };
