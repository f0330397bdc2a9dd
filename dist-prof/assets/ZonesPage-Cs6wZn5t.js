import { Pt as Text, Q as useDocumentTitle, ut as useTranslation, xt as Stack, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { zn as Table } from "./search-Bd_rEMYc.js";
import { r as useEdenFacilities } from "./queries-wFqakvlC.js";
import { u as useSoloWaitingRooms } from "./queries-DCLO6RnH.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { t as LocationZoneControl } from "./LocationZoneControl-CXjh0Kqg.js";
import { t as ScheduleNav } from "./ScheduleNav-CfAw42de.js";
// src/features/schedule/ZonesPage.tsx
var import_jsx_runtime = require_jsx_runtime();
/** Every location the console knows and the time zone its times are shown and entered in. */
function ZonesPage() {
	const { t } = useTranslation("schedule");
	useDocumentTitle(t("zones.title"));
	const rooms = useSoloWaitingRooms();
	const facilities = useEdenFacilities();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "md",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: 4,
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: 1,
					children: t("zones.title")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScheduleNav, {})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("zones.intro")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 2,
				size: "h4",
				children: t("zones.soloRooms")
			}),
			rooms.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
				error: rooms.error,
				onRetry: () => void rooms.refetch()
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table, {
				"data-testid": "room-zones",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Thead, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("zones.location") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("zones.zone") })] }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Tbody, { children: (rooms.data ?? []).map((room) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Td, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					fw: 500,
					children: room.name
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
					size: "xs",
					c: "dimmed",
					children: [
						room.serviceLine,
						" · ",
						room.serviceType
					]
				})] }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(LocationZoneControl, {
					location: {
						kind: "solo-room",
						id: room.name
					},
					name: room.name
				}) })] }, room.id)) })]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 2,
				size: "h4",
				children: t("zones.edenFacilities")
			}),
			facilities.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
				error: facilities.error,
				onRetry: () => void facilities.refetch()
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table, {
				"data-testid": "facility-zones",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Thead, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("zones.location") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("zones.zone") })] }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Tbody, { children: (facilities.data ?? []).map((facility) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, {
					"data-facility": facility.identifier,
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Td, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						fw: 500,
						children: facility.name
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "xs",
						c: "dimmed",
						children: facility.identifier
					})] }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(LocationZoneControl, {
						location: {
							kind: "eden-facility",
							id: facility.identifier
						},
						name: facility.name,
						vendorHint: facility.time_zone
					}) })]
				}, facility.id)) })]
			})
		]
	});
}
export { ZonesPage as default };
