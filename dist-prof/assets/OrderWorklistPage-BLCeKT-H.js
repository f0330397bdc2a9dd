import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { En as useMediaQuery, Ir as require_react, Jt as UnstyledButton, Kt as Paper, Nt as Anchor, Ot as Button, Pt as Text, Q as useDocumentTitle, Vt as Group, Yn as isTransient, Z as searchShortcutTarget, bt as TextInput, et as formatLocalDate, ht as IconSearch, j as commonImagingModalities, ut as useTranslation, vt as createReactComponent, xr as Link, xt as Stack, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { t as Pagination } from "./Pagination-CwvIGLKi.js";
import { t as IconPlus } from "./IconPlus-D7dMIGNS.js";
import { a as useEdenOrders } from "./queries-wFqakvlC.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { n as RetryNotice, t as StatusBadge } from "./StatusBadge-BHe3ov2x.js";
import { t as PageSkeleton } from "./PageSkeleton-Djbnf-Yh.js";
import { a as patientName, i as When, n as Name, o as useOpenOrder, r as PriorityBadge, t as worklist_module_default } from "./worklist.module-BzltT4WP.js";
import { A as edenListOrdersParamsSchema, Bn as Chip, N as edenStatuses } from "./search-Bd_rEMYc.js";
import { t as SimpleGrid } from "./SimpleGrid-1HP91LG8.js";
import { t as IconChevronDown } from "./IconChevronDown-OkUoCsKk.js";
import { n as dateProblem, r as localToday, t as DateField } from "./DateField-B5fO42cl.js";
import { t as translateValidation } from "./zod-messages-Cr21UGky.js";
import { t as toggled } from "./list-toggle-Yprc9Nmq.js";
import { t as useUrlView } from "./use-url-view-BtcOEeO7.js";
import { t as zodIssues } from "./input-issues-CZFdgykn.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconFilterOff = createReactComponent("outline", "filter-off", "FilterOff", [["path", {
	"d": "M8 4h12v2.172a2 2 0 0 1 -.586 1.414l-3.914 3.914m-.5 3.5v4l-6 2v-8.5l-4.48 -4.928a2 2 0 0 1 -.52 -1.345v-2.227",
	"key": "svg-0"
}], ["path", {
	"d": "M3 3l18 18",
	"key": "svg-1"
}]]);
// src/features/orders/components/WorklistCards.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
/** The worklist on narrow screens: one stacked card per order, status and modality in view; the card opens it. */
function WorklistCards({ orders }) {
	const { t } = useTranslation("orders");
	const open = useOpenOrder();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stack, {
		component: "ul",
		gap: "xs",
		p: 0,
		m: 0,
		style: { listStyle: "none" },
		"data-testid": "worklist-cards",
		children: orders.map((order) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Paper, {
			component: "li",
			withBorder: true,
			p: "sm",
			className: worklist_module_default.card,
			onClick: (event) => open.onClick(event, `/orders/${order.id}`),
			onKeyDown: open.onKeyDown,
			"data-testid": "worklist-card",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				justify: "space-between",
				align: "flex-start",
				wrap: "nowrap",
				gap: "xs",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stack, {
					gap: 0,
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(When, { order })
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					gap: 6,
					justify: "flex-end",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(StatusBadge, { status: order.status }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PriorityBadge, { order })]
				})]
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: 2,
				mt: 6,
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Name, { children: patientName(order) }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "xs",
						c: "dimmed",
						style: { overflowWrap: "anywhere" },
						children: [order.patient_identifier, `${order.modality} · ${order.study_name}`].filter(Boolean).join(" · ")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
						justify: "space-between",
						gap: "xs",
						wrap: "wrap",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
							component: Link,
							to: `/orders/${order.id}`,
							size: "sm",
							ff: "monospace",
							"data-order-link": true,
							children: order.folio
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
							size: "xs",
							c: "dimmed",
							children: [
								t("columns.place"),
								": ",
								order.facility.identifier,
								order.room ? ` · ${order.room.ae_title}` : ""
							]
						})]
					})
				]
			})]
		}, order.id))
	});
}
// src/features/orders/components/WorklistFilters.tsx
/**
* A date filter: what is typed stays in the field; the URL (and the query) changes only once it is a real
* day or empty, so half a date never sends a request.
*/
function DateFilter({ label, value, issue, onCommit, testId }) {
	const { t } = useTranslation();
	const [typed, setTyped] = (0, import_react.useState)(value);
	(0, import_react.useEffect)(() => setTyped(value), [value]);
	const problem = dateProblem(typed);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DateField, {
		label,
		value: typed,
		onChange: (next) => {
			setTyped(next);
			if (!dateProblem(next)) onCommit(next);
		},
		error: problem ? translateValidation(t, problem) : translateValidation(t, issue?.message, issue?.params),
		"data-testid": testId
	});
}
/** What the view filters, in a few words: "Mar 1, 2090 – Mar 31, 2090 · CT · New". */
function useFilterSummary(view) {
	const { t, i18n } = useTranslation("orders");
	const day = (iso) => iso ? formatLocalDate(iso, i18n.language) : "…";
	return [
		`${day(view.from)} – ${day(view.to)}`,
		...view.modality,
		...view.status.map((status) => t(`statuses.${status}`)),
		view.patient
	].filter(Boolean).join(" · ");
}
function WorklistFilters({ collapsible = false, view, errors, onChange, onClear }) {
	const { t } = useTranslation("orders");
	const { t: tc } = useTranslation();
	const [patient, setPatient] = (0, import_react.useState)(view.patient);
	const [unfolded, setUnfolded] = (0, import_react.useState)(false);
	const summary = useFilterSummary(view);
	const patientError = errors.patient_identifier;
	const hasErrors = Object.keys(errors).length > 0;
	const open = !collapsible || unfolded || hasErrors;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
		withBorder: true,
		p: collapsible ? "sm" : "md",
		component: "section",
		"aria-labelledby": "filters-title",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "sm",
			children: [collapsible ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(UnstyledButton, {
				id: "filters-title",
				"aria-expanded": open,
				"aria-controls": "worklist-filters",
				onClick: () => setUnfolded((value) => !value),
				"data-testid": "filters-toggle",
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
				id: "filters-title",
				fw: 600,
				children: t("filters.title")
			}), open && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: "sm",
				id: "worklist-filters",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
						cols: {
							base: 1,
							xs: 2,
							md: 3
						},
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DateFilter, {
								label: t("filters.from"),
								value: view.from,
								issue: errors.start_date,
								onCommit: (from) => onChange({
									from,
									page: 1
								}),
								testId: "filter-from"
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DateFilter, {
								label: t("filters.to"),
								value: view.to,
								issue: errors.end_date,
								onCommit: (to) => onChange({
									to,
									page: 1
								}),
								testId: "filter-to"
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("form", {
								onSubmit: (event) => {
									event.preventDefault();
									onChange({
										patient,
										page: 1
									});
								},
								children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
									gap: "xs",
									align: "flex-end",
									wrap: "nowrap",
									children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
										flex: 1,
										label: t("filters.patient"),
										value: patient,
										onChange: (event) => setPatient(event.currentTarget.value),
										error: translateValidation(tc, patientError?.message, patientError?.params),
										"data-testid": "filter-patient",
										...searchShortcutTarget
									}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
										type: "submit",
										variant: "light",
										leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconSearch, {
											size: 14,
											"aria-hidden": true
										}),
										children: t("filters.apply")
									})]
								})
							})
						]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Chip.Group, {
						multiple: true,
						value: view.modality,
						onChange: (next) => onChange((current) => ({
							modality: toggled(next, view.modality, current.modality),
							page: 1
						})),
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
							gap: 6,
							role: "group",
							"aria-label": t("filters.modality"),
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								size: "sm",
								fw: 500,
								mr: "xs",
								"aria-hidden": true,
								children: t("filters.modality")
							}), commonImagingModalities.map((code) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Chip, {
								value: code,
								size: "xs",
								children: code
							}, code))]
						})
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Chip.Group, {
						multiple: true,
						value: view.status,
						onChange: (next) => onChange((current) => ({
							status: toggled(next, view.status, current.status),
							page: 1
						})),
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
							gap: 6,
							role: "group",
							"aria-label": t("filters.status"),
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								size: "sm",
								fw: 500,
								mr: "xs",
								"aria-hidden": true,
								children: t("filters.status")
							}), edenStatuses.map((status) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Chip, {
								value: status,
								size: "xs",
								children: t(`statuses.${status}`)
							}, status))]
						})
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						variant: "subtle",
						size: "xs",
						leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconFilterOff, {
							size: 14,
							"aria-hidden": true
						}),
						onClick: () => {
							setPatient("");
							onClear();
						},
						children: t("filters.clear")
					}) })
				]
			})]
		})
	});
}
// src/features/orders/components/WorklistTable.tsx
/**
* The worklist on wide screens: one row per order, the whole row opens it. A plain table styled here,
* not Mantine's Table: that one always brings its ScrollArea, and with it floating-ui, onto the first route.
*/
function WorklistTable({ orders }) {
	const { t } = useTranslation("orders");
	const open = useOpenOrder();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
		className: worklist_module_default.scroller,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("table", {
			className: worklist_module_default.table,
			"data-testid": "worklist-table",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("thead", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("tr", { children: [
				"when",
				"folio",
				"patient",
				"modality",
				"study",
				"place",
				"status",
				"priority"
			].map((column) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
				scope: "col",
				children: t(`columns.${column}`)
			}, column)) }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("tbody", { children: orders.map((order) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tr", {
				className: worklist_module_default.row,
				onClick: (event) => open.onClick(event, `/orders/${order.id}`),
				onKeyDown: open.onKeyDown,
				"data-testid": "worklist-row",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(When, { order }) }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
						className: worklist_module_default.nowrap,
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
							component: Link,
							to: `/orders/${order.id}`,
							size: "sm",
							ff: "monospace",
							"data-order-link": true,
							children: order.folio
						})
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("td", {
						className: worklist_module_default.name,
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Name, { children: patientName(order) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "xs",
							c: "dimmed",
							style: { overflowWrap: "anywhere" },
							children: order.patient_identifier ?? ""
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", { children: order.modality }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
						className: worklist_module_default.name,
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Name, { children: order.study_name })
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("td", {
						className: worklist_module_default.nowrap,
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							children: order.facility.identifier
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "xs",
							c: "dimmed",
							children: order.room?.ae_title ?? ""
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
						className: worklist_module_default.nowrap,
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(StatusBadge, { status: order.status })
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
						className: worklist_module_default.nowrap,
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PriorityBadge, { order })
					})
				]
			}, order.id)) })]
		})
	});
}
/** A week from today, on the user's wall clock (not UTC: late in the evening it is still today here). */
function defaultWindow(today = /* @__PURE__ */ new Date()) {
	const end = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 6, 12);
	return {
		from: localToday(today),
		to: localToday(end)
	};
}
function readWorklistView(params, today = /* @__PURE__ */ new Date()) {
	const window = defaultWindow(today);
	const page = Number(params.get("page") ?? "1");
	return {
		from: params.get("from") ?? window.from,
		to: params.get("to") ?? window.to,
		modality: params.getAll("modality").filter((m) => commonImagingModalities.includes(m)),
		status: params.getAll("status").filter((s) => edenStatuses.includes(s)),
		patient: params.get("patient") ?? "",
		page: Number.isInteger(page) && page > 0 ? page : 1
	};
}
function writeWorklistView(view) {
	const params = new URLSearchParams();
	params.set("from", view.from);
	params.set("to", view.to);
	for (const m of view.modality) params.append("modality", m);
	for (const s of view.status) params.append("status", s);
	if (view.patient.trim()) params.set("patient", view.patient.trim());
	if (view.page > 1) params.set("page", String(view.page));
	return params;
}
/** The Eden query for a view, or the field problems (translation keys) that stop it from being sent. */
function toListParams(view) {
	const params = {
		start_date: view.from || void 0,
		end_date: view.to || void 0,
		modality: view.modality.length ? view.modality : void 0,
		status: view.status.length ? view.status : void 0,
		patient_identifier: view.patient.trim() || void 0,
		limit: 25,
		offset: (view.page - 1) * 25
	};
	const issues = zodIssues(edenListOrdersParamsSchema, params);
	if (issues.length === 0) return {
		ok: true,
		params
	};
	const errors = {};
	for (const issue of issues) {
		const key = issue.path.split(/[.[]/)[0] ?? "";
		errors[key] ??= issue;
	}
	return {
		ok: false,
		errors
	};
}
/** The last page of `count` results (at least 1). */
function lastPage(count) {
	return Math.max(1, Math.ceil(count / 25));
}
// src/features/orders/use-worklist-view.ts
/** The Eden worklist's view, kept in the URL (see `useUrlView`: every change starts from the URL as it is now). */
function useWorklistView() {
	return useUrlView(readWorklistView, writeWorklistView);
}
// src/features/orders/OrderWorklistPage.tsx
/** Below this width the worklist is a list of stacked cards instead of a table (Mantine's `md`). */
var NARROW = "(max-width: 61.99em)";
function OrderWorklistPage() {
	const { t } = useTranslation("orders");
	useDocumentTitle(t("worklistTitle"));
	const { view, update, clear } = useWorklistView();
	const narrow = useMediaQuery(NARROW, false, { getInitialValueInEffect: false });
	const request = toListParams(view);
	const orders = useEdenOrders(request.ok ? request.params : { start_date: view.from }, { queryConfig: { enabled: request.ok } });
	const pages = orders.data ? lastPage(orders.data.count) : 1;
	const pastEnd = Boolean(orders.data && !orders.isPlaceholderData && view.page > pages);
	const noRowsHere = Boolean(orders.data && orders.data.count > 0 && orders.data.results.length === 0);
	(0, import_react.useEffect)(() => {
		if (pastEnd) update({ page: pages }, { replace: true });
	}, [
		pastEnd,
		pages,
		update
	]);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
			justify: "space-between",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 1,
				children: t("worklistTitle")
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				component: Link,
				to: "/orders/new",
				leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconPlus, {
					size: 16,
					"aria-hidden": true
				}),
				children: t("newOrder")
			})]
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(WorklistFilters, {
			collapsible: narrow,
			view,
			errors: request.ok ? {} : request.errors,
			onChange: update,
			onClear: clear
		}, view.patient),
		request.ok && orders.isFetching && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(RetryNotice, {
			failureCount: orders.failureCount,
			error: orders.failureReason
		}),
		!request.ok ? null : orders.isPending || pastEnd || noRowsHere ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PageSkeleton, {}) : orders.isError ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
			error: orders.error,
			onRetry: isTransient(orders.error) ? () => void orders.refetch() : void 0
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "xs",
			"aria-busy": orders.isFetching,
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					c: "dimmed",
					"aria-live": "polite",
					"data-testid": "worklist-count",
					children: t("common.results", { count: orders.data.count })
				}),
				orders.data.results.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, { children: t("empty") }) : narrow ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(WorklistCards, { orders: orders.data.results }) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(WorklistTable, { orders: orders.data.results }),
				pages > 1 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
					justify: "center",
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Pagination, {
						total: pages,
						value: view.page,
						onChange: (page) => update({ page }),
						getItemProps: (page) => ({ "aria-label": t("common.page", {
							page,
							pages
						}) }),
						getControlProps: (control) => control === "previous" ? { "aria-label": t("common.previous") } : control === "next" ? { "aria-label": t("common.next") } : {}
					})
				})
			]
		})
	] });
}
export { OrderWorklistPage as default };
