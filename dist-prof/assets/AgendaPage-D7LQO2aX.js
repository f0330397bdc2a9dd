import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { En as useMediaQuery, Ft as Alert, Ir as require_react, Nt as Anchor, Ot as Button, Pt as Text, Q as useDocumentTitle, Vt as Group, bt as TextInput, kr as useSearchParams, ut as useTranslation, xr as Link, xt as Stack, yr as require_jsx_runtime, yt as Title, z as isIsoDate } from "./boot-CCHtFN9d.js";
import { f as Card, n as canCancel, o as statusKey, r as canReschedule, u as useSoloAgenda } from "./status-flow-14YcVfRg.js";
import { t as MultiSelect } from "./MultiSelect-YFdjvgtM.js";
import { a as formatLongDay, d as localDayRange, g as addDays, u as localDayOf, v as Select } from "./zones-BfiTQEyQ.js";
import { t as Skeleton } from "./Skeleton-CycB90X8.js";
import { zn as Table } from "./search-Bd_rEMYc.js";
import { n as notifications } from "./esm-BZ7yxgoG.js";
import { t as IconChevronLeft } from "./IconChevronLeft-BDh_6O6U.js";
import { t as IconChevronRight } from "./IconChevronRight-IShDpuUd.js";
import { c as soloAppointmentStatuses } from "./appointments-s3rFyF1D.js";
import { u as useSoloWaitingRooms } from "./queries-DCLO6RnH.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { r as useLocationZone, t as LocationZoneControl } from "./LocationZoneControl-CXjh0Kqg.js";
import { t as ZonedTime } from "./ZonedTime-LItDy1w5.js";
import { n as CancelAppointmentModal, t as StatusBadge } from "./StatusBadge-DjJZd84Z.js";
import { t as ScheduleNav } from "./ScheduleNav-CfAw42de.js";
// src/features/schedule/AgendaPage.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
/** The agenda refreshes this often: the platform moves visits along (arrived, in progress, completed…). */
var AGENDA_REFRESH_MS = 3e4;
var utcDay = (ms) => new Date(ms).toISOString().slice(0, 10);
/** A waiting room's appointments of one local day, with their statuses, filters and quick actions. */
function AgendaPage() {
	const { t, i18n } = useTranslation("schedule");
	const locale = i18n.language;
	useDocumentTitle(t("agenda.title"));
	const [search, setSearch] = useSearchParams();
	const rooms = useSoloWaitingRooms();
	const room = search.get("room") || rooms.data?.[0]?.name || null;
	const zone = useLocationZone(room ? {
		kind: "solo-room",
		id: room
	} : void 0);
	const today = localDayOf(Date.now(), zone.timeZone);
	const requestedDay = search.get("day");
	const day = requestedDay && isIsoDate(requestedDay) ? requestedDay : today;
	const [start, end] = localDayRange(day, zone.timeZone);
	const agenda = useSoloAgenda({
		from: utcDay(start),
		to: utcDay(end - 1)
	}, { queryConfig: {
		refetchInterval: AGENDA_REFRESH_MS,
		refetchOnWindowFocus: true
	} });
	const [statuses, setStatuses] = (0, import_react.useState)([]);
	const [text, setText] = (0, import_react.useState)("");
	const [cancelling, setCancelling] = (0, import_react.useState)(null);
	const wide = useMediaQuery("(min-width: 62em)", true, { getInitialValueInEffect: false });
	const set = (patch) => {
		const next = new URLSearchParams(search);
		for (const [key, value] of Object.entries(patch)) if (value) next.set(key, value);
		else next.delete(key);
		setSearch(next);
	};
	const entries = (0, import_react.useMemo)(() => {
		const needle = text.trim().toLowerCase();
		return (agenda.data ?? []).filter((entry) => entry.waitingRoom === room && entry.start >= start && entry.start < end && (statuses.length === 0 || statuses.includes(entry.status)) && (!needle || entry.patientName.toLowerCase().includes(needle) || entry.mrn.toLowerCase().includes(needle) || String(entry.patientSpid).includes(needle) || entry.reasons.some((reason) => reason.toLowerCase().includes(needle))));
	}, [
		agenda.data,
		room,
		start,
		end,
		statuses,
		text
	]);
	const counts = (0, import_react.useMemo)(() => {
		const byStatus = /* @__PURE__ */ new Map();
		for (const entry of agenda.data ?? []) {
			if (entry.waitingRoom !== room || entry.start < start || entry.start >= end) continue;
			byStatus.set(entry.status, (byStatus.get(entry.status) ?? 0) + 1);
		}
		return byStatus;
	}, [
		agenda.data,
		room,
		start,
		end
	]);
	const statusLabel = (status) => t(`status.${statusKey(status)}`);
	const roomQuery = room ? `room=${encodeURIComponent(room)}` : "";
	const actions = (entry) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
		gap: 4,
		wrap: "nowrap",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				component: Link,
				to: `/schedule/appointments/${entry.id}?${roomQuery}`,
				size: "compact-sm",
				variant: "light",
				"aria-label": t("agenda.openLabel", { id: entry.id }),
				children: t("agenda.open")
			}),
			canReschedule(entry.status) && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				component: Link,
				to: `/schedule?${roomQuery}&reschedule=${entry.id}&day=${localDayOf(entry.start, zone.timeZone)}&duration=${entry.duration}`,
				size: "compact-sm",
				variant: "default",
				"aria-label": t("agenda.rescheduleLabel", { id: entry.id }),
				children: t("agenda.reschedule")
			}),
			canCancel(entry.status) && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				size: "compact-sm",
				variant: "default",
				color: "red.9",
				onClick: () => setCancelling(entry),
				"aria-label": t("agenda.cancelLabel", { id: entry.id }),
				"data-testid": `cancel-${entry.id}`,
				children: t("agenda.cancel")
			})
		]
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "md",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: 4,
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: 1,
					children: t("agenda.title")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScheduleNav, { search: roomQuery ? `?${roomQuery}` : "" })]
			}),
			rooms.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
				error: rooms.error,
				onRetry: () => void rooms.refetch()
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				gap: "sm",
				align: "flex-end",
				wrap: "wrap",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Select, {
						label: t("toolbar.room"),
						data: (rooms.data ?? []).map((r) => ({
							value: r.name,
							label: r.name
						})),
						value: room,
						onChange: (value) => value && set({ room: value }),
						allowDeselect: false,
						w: {
							base: "100%",
							sm: 300
						},
						"data-testid": "room-select"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
						gap: 4,
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
								variant: "default",
								onClick: () => set({ day: addDays(day, -1) }),
								"aria-label": t("toolbar.previousDay"),
								children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconChevronLeft, {
									size: 16,
									"aria-hidden": true
								})
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
								variant: "default",
								onClick: () => set({ day: null }),
								children: t("toolbar.today")
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
								variant: "default",
								onClick: () => set({ day: addDays(day, 1) }),
								"aria-label": t("toolbar.nextDay"),
								children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconChevronRight, {
									size: 16,
									"aria-hidden": true
								})
							})
						]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						fw: 600,
						"aria-live": "polite",
						"data-testid": "agenda-day",
						children: formatLongDay(day, locale)
					})
				]
			}),
			room && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(LocationZoneControl, {
				location: {
					kind: "solo-room",
					id: room
				},
				name: room,
				at: start
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				gap: "sm",
				align: "flex-end",
				wrap: "wrap",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(MultiSelect, {
					label: t("agenda.statusFilter"),
					placeholder: statuses.length ? void 0 : t("agenda.allStatuses"),
					data: soloAppointmentStatuses.map((status) => ({
						value: status,
						label: `${statusLabel(status)} (${counts.get(status) ?? 0})`
					})),
					value: statuses,
					onChange: setStatuses,
					clearable: true,
					w: {
						base: "100%",
						sm: 340
					},
					"data-testid": "status-filter"
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
					label: t("agenda.search"),
					placeholder: t("agenda.searchHint"),
					value: text,
					onChange: (event) => setText(event.currentTarget.value),
					w: {
						base: "100%",
						sm: 260
					},
					"data-testid": "agenda-search"
				})]
			}),
			agenda.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
				error: agenda.error,
				onRetry: () => void agenda.refetch()
			}),
			agenda.isPending ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Skeleton, { height: 240 }) : entries.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
				color: "gray",
				variant: "light",
				"data-testid": "agenda-empty",
				children: t("agenda.empty")
			}) : wide ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table, {
				striped: true,
				highlightOnHover: true,
				"data-testid": "agenda-table",
				"aria-label": t("agenda.tableLabel", {
					room: room ?? "",
					day: formatLongDay(day, locale)
				}),
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Thead, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("agenda.time") }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("agenda.patient") }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("agenda.reasons") }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("agenda.status") }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("agenda.actions") })
				] }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Tbody, { children: entries.map((entry) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, {
					"data-appointment": entry.id,
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Td, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ZonedTime, {
							at: entry.start,
							timeZone: zone.timeZone,
							stacked: true
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "xs",
							c: "dimmed",
							children: t("agenda.minutes", { count: Math.round(entry.duration / 60) })
						})] }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Td, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							fw: 500,
							children: entry.patientName || t("booking.unnamed")
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
							size: "xs",
							c: "dimmed",
							children: [
								"SPID ",
								entry.patientSpid,
								" · ",
								entry.mrn
							]
						})] }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							children: entry.reasons.join(", ") || t("common.none")
						}) }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(StatusBadge, { status: entry.status }) }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: actions(entry) })
					]
				}, entry.id)) })]
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stack, {
				gap: "xs",
				"data-testid": "agenda-cards",
				children: entries.map((entry) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Card, {
					withBorder: true,
					padding: "sm",
					"data-appointment": entry.id,
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
						gap: 6,
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
								justify: "space-between",
								wrap: "nowrap",
								align: "flex-start",
								children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ZonedTime, {
									at: entry.start,
									timeZone: zone.timeZone,
									stacked: true
								}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(StatusBadge, { status: entry.status })]
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
								size: "sm",
								fw: 500,
								children: [
									entry.patientName || t("booking.unnamed"),
									" ",
									/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
										span: true,
										size: "xs",
										c: "dimmed",
										children: ["SPID ", entry.patientSpid]
									})
								]
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								size: "xs",
								children: entry.reasons.join(", ")
							}),
							actions(entry)
						]
					})
				}, entry.id))
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
				size: "xs",
				c: "dimmed",
				children: [
					t("agenda.refreshNote"),
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
						component: Link,
						to: `/schedule${roomQuery ? `?${roomQuery}` : ""}`,
						size: "xs",
						underline: "always",
						children: t("agenda.bookLink")
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(CancelAppointmentModal, {
				opened: cancelling !== null,
				appointment: cancelling ? {
					id: cancelling.id,
					start: cancelling.start,
					patientName: cancelling.patientName
				} : null,
				timeZone: zone.timeZone,
				onClose: () => setCancelling(null),
				onCancelled: (id) => {
					setCancelling(null);
					notifications.show({
						color: "teal",
						message: t("cancel.done", { id })
					});
				}
			})
		]
	});
}
export { AGENDA_REFRESH_MS, AgendaPage as default };
