const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/AllOrdersResults-DD7pb5vY.js","assets/rolldown-runtime-SbdDWaPq.js","assets/boot-CCHtFN9d.js","assets/preload-helper-BhofnfyO.js","assets/boot-xJBZfUJG.css","assets/ErrorAlert-B4Fs11-6.js","assets/search-Bd_rEMYc.js","assets/CheckIcon-Cwl5gALt.js","assets/IconChevronDown-OkUoCsKk.js","assets/session-tTKx-X8h.js","assets/session-tZkRHlO9.js","assets/list-toggle-Yprc9Nmq.js","assets/search-B3UfxCfZ.css","assets/PageSkeleton-Djbnf-Yh.js","assets/Skeleton-CycB90X8.js","assets/worklist.module-BzltT4WP.js","assets/worklist-Bd0tEF5d.css"])))=>i.map(i=>d[i]);
import { n as __exportAll, r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { En as useMediaQuery, Ft as Alert, Ir as require_react, Jt as UnstyledButton, Kt as Paper, Nt as Anchor, Ot as Button, Pt as Text, Q as useDocumentTitle, Vt as Group, Z as searchShortcutTarget, Zn as vendorNames, br as afterPaint, bt as TextInput, et as formatLocalDate, ut as useTranslation, xr as Link, xt as Stack, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { t as IconPlus } from "./IconPlus-D7dMIGNS.js";
import { i as useScanSession } from "./session-tZkRHlO9.js";
import { t as useUrlView } from "./use-url-view-BtcOEeO7.js";
import { t as Checkbox } from "./Checkbox-CTnuPsUm.js";
import { t as SimpleGrid } from "./SimpleGrid-1HP91LG8.js";
import { t as IconChevronDown } from "./IconChevronDown-OkUoCsKk.js";
import { t as DateField } from "./DateField-B5fO42cl.js";
import { t as toggled } from "./list-toggle-Yprc9Nmq.js";
import { t as PageSkeleton } from "./PageSkeleton-Djbnf-Yh.js";
import { t as __vitePreload } from "./preload-helper-BhofnfyO.js";
// src/lib/orders/console-status.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
/**
* One set of order statuses over every vendor, for the worklist's column and filter. Each vendor's own
* status word is kept and shown next to it; this table is the only place that maps one to the other.
*/
var consoleStatuses = [
	"requested",
	"in-progress",
	"reporting",
	"completed",
	"cancelled",
	"unknown"
];
var eden = {
	NEW: "requested",
	PATIENT_ARRIVED: "in-progress",
	IN_PROCESS: "in-progress",
	COMPLETED: "reporting",
	READING_PENDING: "reporting",
	SIGNED: "completed",
	ADDENDUM_SIGNED: "completed",
	CANCELLED: "cancelled"
};
var impilo = {
	RECEIVED: "requested",
	PROCESSING: "in-progress",
	SHIPPED: "in-progress",
	DELIVERED: "completed",
	CANCELLED: "cancelled"
};
/** Eden's order status → the console's (a study done but not yet reported is "reporting"). */
function edenConsoleStatus(status) {
	return eden[status] ?? "unknown";
}
/** Impilo's order status → the console's (a kit on its way is still "in progress"; delivered is done). */
function impiloConsoleStatus(status) {
	return impilo[status] ?? "unknown";
}
/**
* PostDICOM orders carry no status: an order with images is "reporting" (the study arrived), one without
* is "requested". The vendor column says how many images it has.
*/
function postDicomConsoleStatus(imageCount) {
	if (imageCount === void 0) return "unknown";
	return imageCount > 0 ? "reporting" : "requested";
}
var scan = {
	draft: "requested",
	submitted: "requested",
	confirmed: "in-progress"
};
/**
* Scan.com's referral status → the console's. A draft (created, not yet sent) and a submitted referral
* (Scan.com emailed the patient, who still picks the provider and time) both wait on someone: "requested".
* A confirmed referral is booked (provider, time blocks, GP and safety answers given): Scan.com has it in
* hand, "in progress". Scan.com reports nothing after that (no scan done, no report) through this API.
*/
function scanConsoleStatus(status) {
	return scan[status] ?? "unknown";
}
// src/features/orders/all/all-orders-model.ts
var worklistVendors = [
	"eden",
	"postdicom",
	"impilo",
	"scan"
];
var sortKeys = [
	"date",
	"vendor",
	"patient",
	"what",
	"status",
	"priority"
];
function isoDay(date) {
	const pad = (n) => String(n).padStart(2, "0");
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
/** A week back and a week ahead of today, on the user's wall clock. */
function defaultAllOrdersWindow(today = /* @__PURE__ */ new Date()) {
	const at = (days) => new Date(today.getFullYear(), today.getMonth(), today.getDate() + days, 12);
	return {
		from: isoDay(at(-7)),
		to: isoDay(at(7))
	};
}
var isDay = (value) => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);
function readAllOrdersView(params, today = /* @__PURE__ */ new Date()) {
	const window = defaultAllOrdersWindow(today);
	const sort = params.get("sort");
	return {
		vendors: params.getAll("vendor").filter((v) => worklistVendors.includes(v)),
		statuses: params.getAll("status").filter((s) => consoleStatuses.includes(s)),
		q: params.get("q") ?? "",
		from: isDay(params.get("from")) ? params.get("from") : window.from,
		to: isDay(params.get("to")) ? params.get("to") : window.to,
		sort: sortKeys.includes(sort ?? "") ? sort : "date",
		dir: params.get("dir") === "asc" ? "asc" : "desc"
	};
}
function writeAllOrdersView(view) {
	const params = new URLSearchParams();
	for (const v of view.vendors) params.append("vendor", v);
	for (const s of view.statuses) params.append("status", s);
	if (view.q.trim()) params.set("q", view.q.trim());
	params.set("from", view.from);
	params.set("to", view.to);
	if (view.sort !== "date") params.set("sort", view.sort);
	if (view.dir !== "desc") params.set("dir", view.dir);
	return params;
}
var join = (...parts) => parts.filter(Boolean).join(" ");
function edenRow(order) {
	return {
		vendor: "eden",
		key: `eden:${order.id}`,
		href: `/orders/${encodeURIComponent(order.id)}`,
		reference: order.folio,
		patient: join(order.patient_name, order.patient_first_surname, order.patient_last_surname),
		patientId: order.patient_identifier ?? "",
		what: order.modality,
		status: edenConsoleStatus(order.status),
		vendorStatus: order.status,
		date: order.appointment_date ? `${order.appointment_date}${order.appointment_time ? `T${order.appointment_time.slice(0, 5)}` : ""}` : order.created_at,
		priority: order.priority ?? "NORMAL"
	};
}
/** A DICOM name `SURNAMES^GIVEN^MIDDLE` as people read it: "GIVEN MIDDLE SURNAMES". */
function readableDicomName(pn) {
	const [family = "", given = "", middle = ""] = pn.split("=")[0]?.split("^") ?? [];
	return join(given, middle, family) || pn;
}
function postDicomRow(order) {
	const images = order.ImageCount;
	return {
		vendor: "postdicom",
		key: `postdicom:${order.PatientOrderUuid}`,
		href: `/orders/postdicom/${encodeURIComponent(order.PatientOrderUuid)}?institution=${encodeURIComponent(order.PatientOrderInstitutionUuid)}`,
		reference: order.AccessionNumber || order.PatientOrderUuid.slice(0, 8),
		patient: readableDicomName(order.PatientName),
		patientId: order.PatientId,
		what: order.OrderModality,
		status: postDicomConsoleStatus(images),
		vendorStatus: images === void 0 ? "" : `images: ${images}`,
		...images === void 0 ? {} : { images },
		date: order.OrderTime ? `${order.OrderDate}T${order.OrderTime.slice(0, 5)}` : order.OrderDate,
		priority: ""
	};
}
function impiloRow(order, names) {
	const patient = order.patient ? names.patients.get(order.patient.id) : void 0;
	const site = order.site ? names.sites.get(order.site.id) : void 0;
	const lines = [...order.orderKits, ...order.orderItems].map((line) => `${names.catalogue.get(line.id) ?? line.id}${line.quantity && line.quantity > 1 ? ` × ${line.quantity}` : ""}`);
	return {
		vendor: "impilo",
		key: `impilo:${order.id}`,
		href: `/orders/impilo/${encodeURIComponent(order.id)}`,
		reference: order.externalOrderIds[0] ?? order.id.slice(0, 8),
		patient: patient?.name ?? site ?? order.patient?.id ?? order.site?.id ?? "",
		patientId: patient?.mrn ?? "",
		what: lines.join(", "),
		status: impiloConsoleStatus(order.currentStatus),
		vendorStatus: order.currentStatus,
		date: order.createdAt ?? "",
		priority: ""
	};
}
/**
* A Scan.com referral of the current user: its id is the reference, the modality in Scan.com's spelling
* (`MRI`, `X-Ray`), dated by its creation (Scan.com has no order date; the booked blocks are time-slot ids).
* Scan.com has no patient id and no priority.
*/
function scanRow(referral) {
	const patient = referral.patient_information;
	return {
		vendor: "scan",
		key: `scan:${referral.id}`,
		href: `/orders/scan/${referral.id}`,
		reference: String(referral.id),
		patient: join(patient.first_name, patient.last_name),
		patientId: "",
		what: referral.modality ?? "",
		status: scanConsoleStatus(referral.status),
		vendorStatus: referral.status,
		date: referral.created_at,
		priority: ""
	};
}
/**
* One row per order: a vendor read page by page while its list changes (an order created, or one whose
* status the platform moves, between two page reads) can answer one order on two pages. The later read
* wins, in the place of the first. Two rows with one key would also leave React unable to tell them apart
* (rows of a filtered-out vendor stayed in the table).
*/
function uniqueRows(rows) {
	const byKey = /* @__PURE__ */ new Map();
	for (const row of rows) byKey.set(row.key, row);
	return [...byKey.values()];
}
/** Whether a row's day (its ISO date's first 10 characters, or the instant's local day) is in the window. */
function inWindow(row, from, to) {
	const day = row.date.length > 16 ? isoDay(new Date(row.date)) : row.date.slice(0, 10);
	return day !== "" && (!from || day >= from) && (!to || day <= to);
}
var fold = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
var statusOrder = new Map(consoleStatuses.map((s, i) => [s, i]));
var priorityOrder = {
	HIGHEST: 0,
	URGENT: 1,
	NORMAL: 2,
	"": 3
};
/** The rows of the view: its vendors, statuses, text and window, in its order (ties by date, newest first). */
function applyAllOrdersView(rows, view) {
	const q = fold(view.q.trim());
	const kept = rows.filter((row) => (view.vendors.length === 0 || view.vendors.includes(row.vendor)) && (view.statuses.length === 0 || view.statuses.includes(row.status)) && (!q || fold(`${row.patient} ${row.patientId} ${row.reference}`).includes(q)));
	const sign = view.dir === "asc" ? 1 : -1;
	const textSort = view.sort === "vendor" || view.sort === "patient" || view.sort === "what";
	const keyed = kept.map((row) => ({
		row,
		at: instant(row.date),
		text: textSort ? fold(row[view.sort]) : ""
	}));
	const compare = (a, b) => {
		switch (view.sort) {
			case "status": return (statusOrder.get(a.row.status) ?? 99) - (statusOrder.get(b.row.status) ?? 99);
			case "priority": return (priorityOrder[a.row.priority] ?? 3) - (priorityOrder[b.row.priority] ?? 3);
			case "vendor":
			case "patient":
			case "what": return textCollator().compare(a.text, b.text);
			default: return a.at - b.at;
		}
	};
	return keyed.sort((a, b) => sign * compare(a, b) || b.at - a.at || (a.row.key < b.row.key ? -1 : a.row.key > b.row.key ? 1 : 0)).map(({ row }) => row);
}
var collator = null;
/** The browser's collation for names and kits (built on first use: it loads the locale's collation data). */
function textCollator() {
	collator ??= new Intl.Collator();
	return collator;
}
/** A row's date as a number to sort by (a day alone counts as its start, local time). */
function instant(date) {
	if (!date) return 0;
	const value = date.length <= 16 ? new Date(date.length === 10 ? `${date}T00:00` : date) : new Date(date);
	return Number.isNaN(value.getTime()) ? 0 : value.getTime();
}
/** The rows as the CSV's cells: the header first (translated by the caller). */
function allOrdersCsvRows(rows, header, vendorName, statusName) {
	return [[...header], ...rows.map((row) => [
		vendorName(row.vendor),
		row.reference,
		row.patient,
		row.patientId,
		row.what,
		statusName(row.status),
		row.vendorStatus,
		row.date,
		row.priority
	])];
}
// src/features/orders/all/AllOrdersFilters.tsx
var import_jsx_runtime = require_jsx_runtime();
/** The all-orders filters: the window, the text, the vendors and the console statuses (all in the URL). */
/** Memoized: a vendor's answer redraws the results below, not the filters. */
var AllOrdersFilters = (0, import_react.memo)(function AllOrdersFilters({ view, windowProblem, collapsible, onChange }) {
	const { t, i18n } = useTranslation("orders");
	const { t: tc } = useTranslation();
	const [q, setQ] = (0, import_react.useState)(view.q);
	const [unfolded, setUnfolded] = (0, import_react.useState)(false);
	const open = !collapsible || unfolded || windowProblem !== null;
	const day = (iso) => iso ? formatLocalDate(iso, i18n.language) : "…";
	const summary = [
		`${day(view.from)} – ${day(view.to)}`,
		...view.vendors.map((vendor) => vendorNames[vendor]),
		...view.statuses.map((status) => t(`all.statuses.${status}`)),
		view.q
	].filter(Boolean).join(" · ");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Paper, {
		withBorder: true,
		p: collapsible ? "sm" : "md",
		component: "section",
		"aria-labelledby": "all-filters-title",
		children: [collapsible ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(UnstyledButton, {
			id: "all-filters-title",
			"aria-expanded": open,
			"aria-controls": "all-orders-filters",
			onClick: () => setUnfolded((value) => !value),
			"data-testid": "all-filters-toggle",
			w: "100%",
			mb: open ? "xs" : 0,
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				justify: "space-between",
				wrap: "nowrap",
				gap: "xs",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					fw: 600,
					children: t("filters.title")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "xs",
					c: "dimmed",
					children: summary
				})] }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconChevronDown, {
					size: 18,
					"aria-hidden": true,
					style: {
						transform: open ? "rotate(180deg)" : void 0,
						flexShrink: 0
					}
				})]
			})
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
			id: "all-filters-title",
			fw: 600,
			mb: "xs",
			children: t("filters.title")
		}), open && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "sm",
			id: "all-orders-filters",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
					cols: {
						base: 1,
						sm: 3
					},
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DateField, {
							label: t("filters.from"),
							value: view.from,
							onChange: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && onChange({ from: value }),
							"data-testid": "all-filter-from"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DateField, {
							label: t("filters.to"),
							value: view.to,
							onChange: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && onChange({ to: value }),
							error: windowProblem ? tc(windowProblem) : void 0,
							"data-testid": "all-filter-to"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("form", {
							onSubmit: (event) => {
								event.preventDefault();
								onChange({ q });
							},
							children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
								label: t("all.search"),
								value: q,
								onChange: (event) => setQ(event.currentTarget.value),
								"data-testid": "all-filter-q",
								...searchShortcutTarget
							})
						})
					]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Checkbox.Group, {
					label: t("all.vendors"),
					description: t("all.noneIsAll"),
					value: view.vendors,
					onChange: (value) => onChange((current) => ({ vendors: toggled(value, view.vendors, current.vendors) })),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
						mt: 4,
						children: worklistVendors.map((vendor) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Checkbox, {
							value: vendor,
							label: vendorNames[vendor]
						}, vendor))
					})
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Checkbox.Group, {
					label: t("filters.status"),
					description: t("all.noneIsAll"),
					value: view.statuses,
					onChange: (value) => onChange((current) => ({ statuses: toggled(value, view.statuses, current.statuses) })),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
						mt: 4,
						children: consoleStatuses.map((status) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Checkbox, {
							value: status,
							label: t(`all.statuses.${status}`)
						}, status))
					})
				})
			]
		})]
	});
});
// src/features/orders/AllOrdersPage.tsx
var AllOrdersPage_exports = /* @__PURE__ */ __exportAll({ default: () => AllOrdersPage });
/** Below this width the worklist is stacked cards instead of a table (Mantine's `md`, as the Eden worklist). */
var NARROW = "(max-width: 61.99em)";
var days = (from, to) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5;
var loadResults = () => __vitePreload(() => import("./AllOrdersResults-DD7pb5vY.js"), __vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]));
var AllOrdersResults = (0, import_react.lazy)(loadResults);
/** `/orders`: every vendor's orders in one table; the view (filters, sort) is in the URL. */
function AllOrdersPage() {
	const { t } = useTranslation("orders");
	useDocumentTitle(t("all.title"));
	const { view, update } = useUrlView(readAllOrdersView, writeAllOrdersView, { replace: true });
	const windowProblem = view.from > view.to ? "validation.windowReversed" : days(view.from, view.to) > 31 ? "validation.windowTooLong" : null;
	const narrow = useMediaQuery(NARROW, false, { getInitialValueInEffect: false });
	const scanNotAsked = !useScanSession().active && (view.vendors.length === 0 || view.vendors.includes("scan"));
	const [painted, setPainted] = (0, import_react.useState)(false);
	(0, import_react.useEffect)(() => afterPaint(() => setPainted(true)), []);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
			justify: "space-between",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 1,
				children: t("all.title")
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				gap: "sm",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
					component: Link,
					to: "/orders/eden",
					size: "sm",
					children: t("all.edenWorklist")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					component: Link,
					to: "/orders/new",
					leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconPlus, {
						size: 16,
						"aria-hidden": true
					}),
					children: t("newOrder")
				})]
			})]
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(AllOrdersFilters, {
			view,
			windowProblem,
			collapsible: narrow,
			onChange: update
		}),
		scanNotAsked && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Alert, {
			color: "gray",
			variant: "light",
			title: t("all.notAsked", { vendor: vendorNames.scan }),
			role: "status",
			"data-testid": "vendor-not-asked-scan",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("all.noScanSession")
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
				component: Link,
				to: "/orders/new?vendor=scan",
				size: "sm",
				children: t("all.startScanSession")
			})]
		}),
		windowProblem ? null : painted ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(import_react.Suspense, {
			fallback: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PageSkeleton, {}),
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AllOrdersResults, {
				view,
				narrow,
				onView: update
			})
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PageSkeleton, {})
	] });
}
export { impiloRow as a, scanRow as c, worklistVendors as d, AllOrdersPage as default, edenRow as i, sortKeys as l, allOrdersCsvRows as n, inWindow as o, applyAllOrdersView as r, postDicomRow as s, AllOrdersPage_exports as t, uniqueRows as u };
