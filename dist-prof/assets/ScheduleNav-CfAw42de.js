import { Er as useLocation, Nt as Anchor, Vt as Group, ut as useTranslation, xr as Link, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
// src/features/schedule/components/ScheduleNav.tsx
var import_jsx_runtime = require_jsx_runtime();
/** The schedule area's sections: booking (week and day views), the day agenda, the location time zones. */
function ScheduleNav({ search = "" }) {
	const { t } = useTranslation("schedule");
	const { pathname } = useLocation();
	const links = [
		{
			to: "/schedule",
			label: t("nav.book"),
			active: pathname === "/schedule" || pathname === "/schedule/"
		},
		{
			to: "/schedule/agenda",
			label: t("nav.agenda"),
			active: pathname.startsWith("/schedule/agenda")
		},
		{
			to: "/schedule/scan",
			label: t("nav.scan"),
			active: pathname.startsWith("/schedule/scan")
		},
		{
			to: "/schedule/zones",
			label: t("nav.zones"),
			active: pathname.startsWith("/schedule/zones")
		}
	];
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("nav", {
		"aria-label": t("nav.label"),
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
			gap: "lg",
			wrap: "wrap",
			children: links.map((link) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
				component: Link,
				to: `${link.to}${search}`,
				"aria-current": link.active ? "page" : void 0,
				fw: link.active ? 700 : 500,
				underline: link.active ? "always" : "hover",
				children: link.label
			}, link.to))
		})
	});
}
export { ScheduleNav as t };
