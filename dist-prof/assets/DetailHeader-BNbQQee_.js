import { Nt as Anchor, Vt as Group, kt as Badge, ut as useTranslation, xr as Link, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { t as IconArrowBackUp } from "./IconArrowBackUp-BMUcwN2a.js";
var detail_module_default = { properties: "_properties_kyw5w_2" };
// src/features/orders/detail/DetailHeader.tsx
var import_jsx_runtime = require_jsx_runtime();
/** The title of a vendor's order page, the vendor's name, and the way back to the worklist. */
function DetailHeader({ title, vendor, actions }) {
	const { t } = useTranslation("orders");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
		justify: "space-between",
		align: "flex-start",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
			gap: "sm",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 1,
				children: title
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
				variant: "default",
				tt: "none",
				children: vendor
			})]
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
			gap: "sm",
			children: [actions, /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
				component: Link,
				to: "/orders",
				size: "sm",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					gap: 4,
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconArrowBackUp, {
						size: 16,
						"aria-hidden": true
					}), t("backToWorklist")]
				})
			})]
		})]
	});
}
/** One property of an order, as a row of a description list (stacked on a phone). */
function PropertyRows({ rows }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("dl", {
		className: detail_module_default.properties,
		children: rows.map(([label, value]) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			style: { display: "contents" },
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("dt", { children: label }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("dd", { children: value })]
		}, label))
	});
}
export { PropertyRows as n, DetailHeader as t };
