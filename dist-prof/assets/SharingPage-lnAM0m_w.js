import { Er as useLocation, Ot as Button, Pt as Text, Q as useDocumentTitle, Vt as Group, ut as useTranslation, xr as Link, xt as Stack, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
// src/features/sharing/components/SharingPage.tsx
var import_jsx_runtime = require_jsx_runtime();
var sections = [
	{
		to: "/sharing",
		key: "register"
	},
	{
		to: "/sharing/studies",
		key: "studies"
	},
	{
		to: "/sharing/folders",
		key: "folders"
	},
	{
		to: "/sharing/visits",
		key: "visits"
	},
	{
		to: "/sharing/context-links",
		key: "contextLinks"
	}
];
/** Every sharing page: the area's title, its sections (links, the current one marked), then the page. */
function SharingPage({ section, children }) {
	const { t } = useTranslation("sharing");
	const { pathname } = useLocation();
	useDocumentTitle(`${t(`sections.${section}`)} · ${t("title")}`);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "md",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: 4,
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: 1,
					children: t("title")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					c: "dimmed",
					children: t("intro")
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
				component: "nav",
				"aria-label": t("sectionsLabel"),
				gap: 6,
				children: sections.map((item) => {
					const current = pathname === item.to || item.to !== "/sharing" && pathname.startsWith(`${item.to}/`);
					return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						component: Link,
						to: item.to,
						size: "xs",
						variant: current ? "filled" : "default",
						"aria-current": current ? "page" : void 0,
						children: t(`sections.${item.key}`)
					}, item.to);
				})
			}),
			children
		]
	});
}
export { SharingPage as t };
