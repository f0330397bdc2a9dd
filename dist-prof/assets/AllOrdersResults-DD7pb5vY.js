const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/fetch-all-orders-DuFWA6uR.js","assets/search-Bd_rEMYc.js","assets/rolldown-runtime-SbdDWaPq.js","assets/boot-CCHtFN9d.js","assets/preload-helper-BhofnfyO.js","assets/boot-xJBZfUJG.css","assets/CheckIcon-Cwl5gALt.js","assets/IconChevronDown-OkUoCsKk.js","assets/session-tTKx-X8h.js","assets/session-tZkRHlO9.js","assets/list-toggle-Yprc9Nmq.js","assets/search-B3UfxCfZ.css","assets/sites-BmKjGMx7.js","assets/orders-pwrwT17L.js","assets/AllOrdersPage-Dk1mhS2V.js","assets/IconPlus-D7dMIGNS.js","assets/use-url-view-BtcOEeO7.js","assets/Checkbox-CTnuPsUm.js","assets/get-auto-contrast-value-PwHhpCBn.js","assets/InlineInput-DVzr8fKC.js","assets/SimpleGrid-1HP91LG8.js","assets/get-base-value-BBk1UvSk.js","assets/DateField-B5fO42cl.js","assets/PageSkeleton-Djbnf-Yh.js","assets/Skeleton-CycB90X8.js"])))=>i.map(i=>d[i]);
import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { $ as formatInstant, Ct as NativeSelect, Ir as require_react, Jt as UnstyledButton, Kt as Paper, Nt as Anchor, Ot as Button, Pt as Text, Vt as Group, Zn as vendorNames, et as formatLocalDate, kt as Badge, ut as useTranslation, vt as createReactComponent, xr as Link, xt as Stack, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { t as PageSkeleton } from "./PageSkeleton-Djbnf-Yh.js";
import { fr as useQueries, s as useVirtualizer, wt as scanKeys } from "./search-Bd_rEMYc.js";
import { o as useOpenOrder, t as worklist_module_default } from "./worklist.module-BzltT4WP.js";
import { d as worklistVendors, l as sortKeys, n as allOrdersCsvRows, r as applyAllOrdersView } from "./AllOrdersPage-Dk1mhS2V.js";
import { i as useScanSession } from "./session-tZkRHlO9.js";
import { t as __vitePreload } from "./preload-helper-BhofnfyO.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconArrowDown = createReactComponent("outline", "arrow-down", "ArrowDown", [
	["path", {
		"d": "M12 5l0 14",
		"key": "svg-0"
	}],
	["path", {
		"d": "M18 13l-6 6",
		"key": "svg-1"
	}],
	["path", {
		"d": "M6 13l6 6",
		"key": "svg-2"
	}]
]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconArrowUp = createReactComponent("outline", "arrow-up", "ArrowUp", [
	["path", {
		"d": "M12 5l0 14",
		"key": "svg-0"
	}],
	["path", {
		"d": "M18 11l-6 -6",
		"key": "svg-1"
	}],
	["path", {
		"d": "M6 11l6 -6",
		"key": "svg-2"
	}]
]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconDownload = createReactComponent("outline", "download", "Download", [
	["path", {
		"d": "M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2 -2v-2",
		"key": "svg-0"
	}],
	["path", {
		"d": "M7 11l5 5l5 -5",
		"key": "svg-1"
	}],
	["path", {
		"d": "M12 4l0 12",
		"key": "svg-2"
	}]
]);
// src/lib/orders/csv.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var FORMULA_START = /^[=+\-@\t\r]/;
/** One cell, neutralised and quoted as needed. */
function csvCell(value) {
	let text = value === null || value === void 0 ? "" : String(value);
	if (FORMULA_START.test(text)) text = `'${text}`;
	if (/[",\r\n]/.test(text) || text !== text.trim()) return `"${text.replaceAll("\"", "\"\"")}"`;
	return text;
}
/** Rows (the first is the header) → the file's text, BOM first, CRLF after every row. */
function toCsv(rows) {
	return "﻿" + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + (rows.length ? "\r\n" : "");
}
// src/features/orders/all/row-cells.tsx
var import_jsx_runtime = require_jsx_runtime();
/** What the all-orders table and its narrow-screen cards show the same way: date, status, priority. */
var statusColors = {
	requested: "blue.9",
	"in-progress": "violet.9",
	reporting: "grape.9",
	completed: "teal.9",
	cancelled: "gray.8",
	unknown: "dark.6"
};
/** How a row's date is written: a day, a day and a wall time, or an instant in the user's zone. */
function useRowDate() {
	const { i18n } = useTranslation();
	return (date) => {
		if (!date) return "—";
		if (date.length === 10) return formatLocalDate(date, i18n.language);
		if (date.length === 16) return `${formatLocalDate(date.slice(0, 10), i18n.language)} ${date.slice(11)}`;
		return formatInstant(date, i18n.language);
	};
}
/** The console status, filled (shade 9, white text: AA contrast in both schemes, never cut). */
function ConsoleStatusBadge({ status }) {
	const { t } = useTranslation("orders");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
		variant: "filled",
		color: statusColors[status],
		autoContrast: true,
		size: "sm",
		styles: {
			root: {
				flexShrink: 0,
				maxWidth: "none"
			},
			label: { overflow: "visible" }
		},
		children: t(`all.statuses.${status}`)
	});
}
/**
* The vendor's own status, as it sent it; PostDICOM has none, so its image count (what the console status
* is read from) is shown instead, in the user's language.
*/
function VendorStatusText({ row }) {
	const { t } = useTranslation("orders");
	const text = row.images !== void 0 ? t("all.images", { count: row.images }) : row.vendorStatus;
	if (!text) return null;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
		size: "xs",
		c: "dimmed",
		"data-testid": "vendor-status",
		children: text
	});
}
function usePriorityText() {
	const { t } = useTranslation("orders");
	return (priority) => priority ? t(`priorities.${priority}`, priority) : "—";
}
// src/features/orders/all/AllOrdersCards.tsx
/** A first guess of a card's height; each card is measured once drawn. */
var CARD_HEIGHT = 132;
var GAP = 8;
/**
* The all-orders worklist on narrow screens: one stacked card per order (vendor, patient, modality or kit,
* console status with the vendor's own, date, priority), nothing wider than the screen. Virtualized like
* the table (cards measured as drawn). The whole card opens its order; its reference link is the one
* focus stop (Enter opens, ↑/↓ move to the previous or next card), as in the Eden worklist's cards. The
* sort the table's headers give is a pair of selects here.
*/
var AllOrdersCards = (0, import_react.memo)(function AllOrdersCards({ rows, view, onView }) {
	const { t } = useTranslation("orders");
	const scroller = (0, import_react.useRef)(null);
	const virtualizer = useVirtualizer({
		count: rows.length,
		getScrollElement: () => scroller.current,
		estimateSize: () => CARD_HEIGHT,
		gap: GAP,
		overscan: 6,
		initialRect: {
			width: 0,
			height: window.innerHeight * .7
		}
	});
	const items = virtualizer.getVirtualItems();
	const top = items[0]?.start ?? 0;
	const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "xs",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
			gap: "xs",
			grow: true,
			align: "flex-end",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
				label: t("all.sortOrder"),
				value: view.sort,
				onChange: (event) => onView({ sort: event.currentTarget.value }),
				data: sortKeys.map((key) => ({
					value: key,
					label: t(`all.columns.${key}`)
				})),
				"data-testid": "cards-sort"
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
				"aria-label": t("all.sortBy", { column: t(`all.columns.${view.sort}`) }),
				value: view.dir,
				onChange: (event) => onView({ dir: event.currentTarget.value }),
				data: [{
					value: "asc",
					label: t("all.ascending")
				}, {
					value: "desc",
					label: t("all.descending")
				}],
				"data-testid": "cards-dir"
			})]
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("section", {
			ref: scroller,
			className: worklist_module_default.cardScroller,
			tabIndex: 0,
			"aria-label": t("all.cardsLabel"),
			"data-testid": "all-orders-scroller",
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
				className: worklist_module_default.cardList,
				style: {
					paddingTop: top,
					paddingBottom: bottom
				},
				"data-testid": "all-orders-cards",
				children: items.map((item) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AllOrdersCard, {
					row: rows[item.index],
					index: item.index,
					count: rows.length,
					measure: virtualizer.measureElement
				}, rows[item.index].key))
			})
		})]
	});
});
/**
* One order's card. Memoized: the virtualizer's measurements and a new answer from another vendor redraw
* the list, not the cards already on screen.
*/
var AllOrdersCard = (0, import_react.memo)(function AllOrdersCard({ row, index, count, measure }) {
	const { t } = useTranslation("orders");
	const dateOf = useRowDate();
	const priorityOf = usePriorityText();
	const open = useOpenOrder();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Paper, {
		component: "li",
		ref: measure,
		"data-index": index,
		"aria-setsize": count,
		"aria-posinset": index + 1,
		withBorder: true,
		p: "sm",
		mb: GAP,
		className: worklist_module_default.card,
		onClick: (event) => open.onClick(event, row.href),
		onKeyDown: open.onKeyDown,
		"data-testid": "all-orders-card",
		"data-vendor": row.vendor,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
			justify: "space-between",
			align: "flex-start",
			wrap: "nowrap",
			gap: "xs",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: 0,
				style: { minWidth: 0 },
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					fw: 600,
					style: { overflowWrap: "anywhere" },
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: row.patient || "—" })
				}), row.patientId && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
					size: "xs",
					c: "dimmed",
					style: { overflowWrap: "anywhere" },
					children: [
						t("all.columns.patientId"),
						": ",
						row.patientId
					]
				})]
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: 2,
				align: "flex-end",
				style: {
					textAlign: "end",
					flexShrink: 0
				},
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ConsoleStatusBadge, { status: row.status }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(VendorStatusText, { row })]
			})]
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: 2,
			mt: 6,
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
					size: "sm",
					style: { overflowWrap: "anywhere" },
					"data-testid": "card-what",
					children: [
						vendorNames[row.vendor],
						" · ",
						t("all.columns.what"),
						": ",
						row.what || "—"
					]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
					size: "xs",
					c: "dimmed",
					children: [
						t("all.columns.date"),
						": ",
						dateOf(row.date),
						row.priority ? ` · ${t("all.columns.priority")}: ${priorityOf(row.priority)}` : ""
					]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
					component: Link,
					to: row.href,
					size: "sm",
					ff: "monospace",
					style: {
						overflowWrap: "anywhere",
						alignSelf: "flex-start"
					},
					"data-order-link": true,
					children: row.reference
				})
			]
		})]
	});
});
// src/features/orders/all/AllOrdersTable.tsx
var ROW_HEIGHT = 56;
var columns = [
	{
		key: "date",
		sortable: true
	},
	{
		key: "vendor",
		sortable: true
	},
	{
		key: "reference",
		sortable: false
	},
	{
		key: "patient",
		sortable: true
	},
	{
		key: "what",
		sortable: true
	},
	{
		key: "status",
		sortable: true
	},
	{
		key: "priority",
		sortable: true
	}
];
/**
* Every vendor's orders in one table, virtualized (@tanstack/react-virtual): only the rows in view are in
* the DOM, with spacer rows above and below, so thousands of orders scroll smoothly. The scroll box is
* focusable (keyboard scrolling) and named.
*/
var AllOrdersTable = (0, import_react.memo)(function AllOrdersTable({ rows, view, onSort }) {
	const { t } = useTranslation("orders");
	const scroller = (0, import_react.useRef)(null);
	const virtualizer = useVirtualizer({
		count: rows.length,
		getScrollElement: () => scroller.current,
		estimateSize: () => ROW_HEIGHT,
		overscan: 8,
		initialRect: {
			width: 0,
			height: window.innerHeight * .65
		}
	});
	const items = virtualizer.getVirtualItems();
	const top = items[0]?.start ?? 0;
	const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
	const sortLabel = (key) => t(`all.columns.${key}`);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("section", {
		ref: scroller,
		className: worklist_module_default.scroller,
		style: {
			maxHeight: "65vh",
			overflowY: "auto"
		},
		tabIndex: 0,
		"aria-label": t("all.tableLabel"),
		"data-testid": "all-orders-scroller",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("table", {
			className: worklist_module_default.table,
			"data-testid": "all-orders-table",
			"aria-rowcount": rows.length + 1,
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("thead", {
				style: {
					position: "sticky",
					top: 0,
					zIndex: 1,
					background: "var(--mantine-color-body)"
				},
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("tr", {
					"aria-rowindex": 1,
					children: columns.map((column) => {
						const sorted = column.sortable && view.sort === column.key;
						return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
							scope: "col",
							"aria-sort": sorted ? view.dir === "asc" ? "ascending" : "descending" : void 0,
							children: column.sortable ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(UnstyledButton, {
								onClick: () => onSort(column.key),
								fw: 700,
								fz: "sm",
								"data-testid": `sort-${column.key}`,
								"aria-label": t("all.sortBy", { column: sortLabel(column.key) }),
								children: [t(`all.columns.${column.key}`), sorted && (view.dir === "asc" ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconArrowUp, {
									size: 14,
									"aria-hidden": true,
									style: { marginInlineStart: 4 }
								}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconArrowDown, {
									size: 14,
									"aria-hidden": true,
									style: { marginInlineStart: 4 }
								}))]
							}) : t(`all.columns.${column.key}`)
						}, column.key);
					})
				})
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tbody", { children: [
				top > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("tr", {
					"aria-hidden": true,
					style: { height: top },
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
						colSpan: columns.length,
						style: {
							padding: 0,
							border: 0
						}
					})
				}),
				items.map((item) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AllOrdersTableRow, {
					row: rows[item.index],
					index: item.index
				}, rows[item.index].key)),
				bottom > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("tr", {
					"aria-hidden": true,
					style: { height: bottom },
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
						colSpan: columns.length,
						style: {
							padding: 0,
							border: 0
						}
					})
				})
			] })]
		})
	});
});
/** One order's row. Memoized: a new answer from another vendor redraws the table, not the rows on screen. */
var AllOrdersTableRow = (0, import_react.memo)(function AllOrdersTableRow({ row, index }) {
	const dateOf = useRowDate();
	const priorityOf = usePriorityText();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tr", {
		"data-testid": "all-orders-row",
		"data-vendor": row.vendor,
		"aria-rowindex": index + 2,
		style: { height: ROW_HEIGHT },
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
				className: worklist_module_default.nowrap,
				children: dateOf(row.date)
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
				className: worklist_module_default.nowrap,
				children: vendorNames[row.vendor]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
				className: worklist_module_default.nowrap,
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
					component: Link,
					to: row.href,
					size: "sm",
					ff: "monospace",
					children: row.reference
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("td", {
				className: worklist_module_default.name,
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					style: { overflowWrap: "anywhere" },
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: row.patient || "—" })
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "xs",
					c: "dimmed",
					children: row.patientId
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
				className: worklist_module_default.name,
				children: row.what
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("td", {
				className: worklist_module_default.nowrap,
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ConsoleStatusBadge, { status: row.status }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(VendorStatusText, { row })]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
				className: worklist_module_default.nowrap,
				children: priorityOf(row.priority)
			})
		]
	});
});
// src/features/orders/all/use-all-orders.ts
/**
* Every vendor's orders in the window, one query per vendor: each loads and fails on its own. Scan.com is
* asked only while this tab has a session; its key names the session (a new user's list is another list)
* and sits under Scan.com's referral keys, so a referral written in the wizard refreshes it.
*/
function useAllOrders(from, to) {
	const session = useScanSession();
	const windowOk = Boolean(from && to && from <= to);
	const queries = useQueries({ queries: worklistVendors.map((vendor) => ({
		queryKey: vendor === "scan" ? [
			...scanKeys.referrals(),
			"worklist",
			session.sessionId,
			from,
			to
		] : [
			"orders-worklist",
			vendor,
			from,
			to
		],
		queryFn: async ({ signal }) => (await __vitePreload(async () => {
			const { allOrdersFetchers } = await import("./fetch-all-orders-DuFWA6uR.js");
			return { allOrdersFetchers };
		}, __vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24]))).allOrdersFetchers[vendor](from, to, { signal }),
		enabled: windowOk && (vendor !== "scan" || session.active)
	})) });
	return worklistVendors.map((vendor, index) => ({
		vendor,
		query: queries[index],
		...vendor === "scan" && !session.active ? { notAsked: "no-scan-session" } : {}
	}));
}
// src/features/orders/all/AllOrdersResults.tsx
/** The lists joined, as one array that stays the same while every list does (react-query keeps each answer). */
function useConcatenated(lists) {
	const previous = (0, import_react.useRef)(null);
	if (!(previous.current !== null && previous.current.lists.length === lists.length && previous.current.lists.every((list, index) => list === lists[index])) || !previous.current) previous.current = {
		lists,
		joined: lists.flatMap((list) => list ?? [])
	};
	return previous.current.joined;
}
/**
* What the vendors answer for the view's window: each vendor's failure, the count, the CSV export, and the
* cards or the table. Its own chunk (with the vendors' service layer behind it), loaded once the page's
* header, filters and notices have painted.
*/
function AllOrdersResults({ view, narrow, onView }) {
	const { t } = useTranslation("orders");
	const vendors = useAllOrders(view.from, view.to);
	const answered = useConcatenated(vendors.map(({ query }) => query.data));
	const pending = vendors.some(({ query }) => query.isPending && query.fetchStatus !== "idle");
	const latest = (0, import_react.useMemo)(() => ({
		loaded: answered,
		anyPending: pending
	}), [answered, pending]);
	const { loaded, anyPending } = (0, import_react.useDeferredValue)(latest);
	const rows = (0, import_react.useMemo)(() => applyAllOrdersView(loaded, view), [loaded, view]);
	const exportCsv = () => {
		const header = [
			t("all.columns.vendor"),
			t("all.columns.reference"),
			t("all.columns.patient"),
			t("all.columns.patientId"),
			t("all.columns.what"),
			t("all.columns.status"),
			t("all.columns.vendorStatus"),
			t("all.columns.date"),
			t("all.columns.priority")
		];
		const text = toCsv(allOrdersCsvRows(rows, header, (v) => vendorNames[v], (s) => t(`all.statuses.${s}`)));
		const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
		const link = document.createElement("a");
		link.href = url;
		link.download = `orders-${view.from}-${view.to}.csv`;
		link.click();
		setTimeout(() => URL.revokeObjectURL(url), 1e3);
	};
	const onSort = (0, import_react.useCallback)((sort) => onView((current) => current.sort === sort ? { dir: current.dir === "asc" ? "desc" : "asc" } : {
		sort,
		dir: sort === "date" ? "desc" : "asc"
	}), [onView]);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [vendors.map(({ vendor, query }) => query.isError ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
		"data-testid": `vendor-error-${vendor}`,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
			error: query.error,
			title: t("all.vendorFailed", { vendor: vendorNames[vendor] }),
			onRetry: () => void query.refetch()
		})
	}, vendor) : null), anyPending && loaded.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PageSkeleton, {}) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "xs",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
			justify: "space-between",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
				size: "sm",
				c: "dimmed",
				"aria-live": "polite",
				"data-testid": "all-orders-count",
				children: [t("common.results", { count: rows.length }), anyPending ? ` · ${t("all.stillLoading")}` : ""]
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				variant: "light",
				size: "xs",
				leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconDownload, {
					size: 14,
					"aria-hidden": true
				}),
				onClick: exportCsv,
				disabled: rows.length === 0,
				"data-testid": "export-csv",
				children: t("all.export")
			})]
		}), rows.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, { children: t("empty") }) : narrow ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AllOrdersCards, {
			rows,
			view,
			onView
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AllOrdersTable, {
			rows,
			view,
			onSort
		})]
	})] });
}
export { AllOrdersResults as default };
