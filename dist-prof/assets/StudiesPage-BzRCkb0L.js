import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { En as useMediaQuery, Ft as Alert, Ir as require_react, Kt as Paper, Ot as Button, Pt as Text, Vt as Group, bt as TextInput, et as formatLocalDate, ht as IconSearch, mt as IconShare, ut as useTranslation, xt as Stack, yr as require_jsx_runtime, yt as Title, z as isIsoDate } from "./boot-CCHtFN9d.js";
import { t as Checkbox } from "./Checkbox-CTnuPsUm.js";
import { t as Pagination } from "./Pagination-CwvIGLKi.js";
import { t as SimpleGrid } from "./SimpleGrid-1HP91LG8.js";
import { zn as Table } from "./search-Bd_rEMYc.js";
import { a as ShareOrdersDialog, c as useToday, d as addIsoDays, l as usePostDicomActingUser, o as shareableOrderFrom, p as IconLink, t as ViewerLinkButton, u as readablePersonName } from "./sharing-DKWXKKuw.js";
import { f as usePostDicomPatientOrderListWithDateRange } from "./queries-C-TE7ghd.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { t as DateField } from "./DateField-B5fO42cl.js";
import { t as SharingPage } from "./SharingPage-lnAM0m_w.js";
// src/features/sharing/StudiesPage.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
var PAGE_SIZE = 20;
/** `/sharing/studies`: find PostDICOM studies, pick one or more, share them by email or as a quick link, or open them. */
function StudiesPage() {
	const { t, i18n } = useTranslation("sharing");
	const phone = useMediaQuery("(max-width: 48em)") ?? false;
	const { today } = useToday();
	const acting = usePostDicomActingUser();
	const initial = {
		patientName: "",
		patientId: "",
		accessionNumber: "",
		startDate: addIsoDays(today, -30),
		endDate: today
	};
	const [draft, setDraft] = (0, import_react.useState)(initial);
	const [filters, setFilters] = (0, import_react.useState)(initial);
	const [page, setPage] = (0, import_react.useState)(1);
	const [selected, setSelected] = (0, import_react.useState)(/* @__PURE__ */ new Map());
	const [dialog, setDialog] = (0, import_react.useState)(null);
	const orders = usePostDicomPatientOrderListWithDateRange({
		userUuid: acting.userUuid ?? "",
		...filters
	}, { queryConfig: { enabled: Boolean(acting.userUuid) } });
	const rows = (0, import_react.useMemo)(() => [...orders.data ?? []].sort((a, b) => b.OrderDate.localeCompare(a.OrderDate) || (b.OrderTime ?? "").localeCompare(a.OrderTime ?? "")), [orders.data]);
	const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
	const current = Math.min(page, pages);
	const pageRows = rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
	const [dateErrors, setDateErrors] = (0, import_react.useState)({});
	const search = (event) => {
		event.preventDefault();
		const problems = {};
		for (const name of ["startDate", "endDate"]) {
			const value = draft[name].trim();
			if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) problems[name] = t("validation.isoDate");
			else if (value && !isIsoDate(value)) problems[name] = t("validation.noSuchDate");
		}
		if (!problems.startDate && !problems.endDate && draft.startDate && draft.endDate && draft.endDate < draft.startDate) problems.endDate = t("validation.endBeforeStart");
		setDateErrors(problems);
		if (problems.startDate || problems.endDate) return;
		setFilters({
			...draft,
			startDate: draft.startDate.trim(),
			endDate: draft.endDate.trim()
		});
		setPage(1);
	};
	const toggle = (order) => setSelected((map) => {
		const next = new Map(map);
		if (next.has(order.PatientOrderUuid)) next.delete(order.PatientOrderUuid);
		else next.set(order.PatientOrderUuid, shareableOrderFrom(order));
		return next;
	});
	const allOnPage = pageRows.length > 0 && pageRows.every((o) => selected.has(o.PatientOrderUuid));
	const togglePage = () => setSelected((map) => {
		const next = new Map(map);
		for (const o of pageRows) if (allOnPage) next.delete(o.PatientOrderUuid);
		else next.set(o.PatientOrderUuid, shareableOrderFrom(o));
		return next;
	});
	const field = (name, extra = {}) => ({
		label: t(`studies.filters.${name}`),
		value: draft[name],
		onChange: (event) => {
			const value = event.currentTarget.value;
			setDraft((d) => ({
				...d,
				[name]: value
			}));
		},
		autoComplete: "off",
		...extra
	});
	const picked = [...selected.values()];
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SharingPage, {
		section: "studies",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 2,
				size: "h3",
				children: t("studies.title")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Paper, {
				withBorder: true,
				p: "sm",
				component: "form",
				onSubmit: search,
				"aria-label": t("studies.searchLabel"),
				noValidate: true,
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
					cols: {
						base: 1,
						xs: 2,
						md: 5
					},
					spacing: "sm",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("patientName") }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("patientId") }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, { ...field("accessionNumber", { maxLength: 16 }) }),
						["startDate", "endDate"].map((name) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DateField, {
							label: t(`studies.filters.${name}`),
							value: draft[name],
							onChange: (value) => setDraft((d) => ({
								...d,
								[name]: value
							})),
							error: dateErrors[name]
						}, name))
					]
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
					justify: "flex-end",
					mt: "sm",
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						type: "submit",
						leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconSearch, {
							size: 16,
							"aria-hidden": true
						}),
						children: t("studies.search")
					})
				})]
			}),
			(acting.error || orders.error) && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
				error: acting.error ?? orders.error,
				onRetry: () => void (acting.error ? acting.refetch() : orders.refetch())
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
				withBorder: true,
				p: "sm",
				"data-testid": "studies-selection",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					justify: "space-between",
					gap: "xs",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						"aria-live": "polite",
						children: t("studies.selected", { count: picked.length })
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
						gap: "xs",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
								size: "xs",
								leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconShare, {
									size: 14,
									"aria-hidden": true
								}),
								disabled: picked.length === 0,
								onClick: () => setDialog({
									orders: picked,
									mode: "email"
								}),
								"data-testid": "share-selected-email",
								children: t("studies.shareByEmail")
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
								size: "xs",
								variant: "light",
								leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconLink, {
									size: 14,
									"aria-hidden": true
								}),
								disabled: picked.length === 0,
								onClick: () => setDialog({
									orders: picked,
									mode: "link"
								}),
								"data-testid": "share-selected-link",
								children: t("studies.quickLink")
							}),
							picked.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
								size: "xs",
								variant: "default",
								onClick: () => setSelected(/* @__PURE__ */ new Map()),
								children: t("studies.clearSelection")
							})
						]
					})]
				})
			}),
			orders.isPending && acting.userUuid ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("common.loading")
			}) : rows.length === 0 && orders.isSuccess ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
				color: "gray",
				variant: "light",
				children: t("studies.empty")
			}) : rows.length > 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				gap: "xs",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						c: "dimmed",
						children: t("studies.count", { count: rows.length })
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.ScrollContainer, {
						minWidth: phone ? 0 : 760,
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table, {
							striped: true,
							highlightOnHover: true,
							"data-testid": "studies-table",
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Thead, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
									w: 40,
									children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Checkbox, {
										"aria-label": t("studies.selectPage"),
										checked: allOnPage,
										indeterminate: !allOnPage && pageRows.some((o) => selected.has(o.PatientOrderUuid)),
										onChange: togglePage
									})
								}),
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("studies.columns.patient") }),
								!phone && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("studies.columns.study") }),
								!phone && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("studies.columns.date") }),
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("studies.columns.actions") })
							] }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Tbody, { children: pageRows.map((order) => {
								const name = readablePersonName(order.PatientName);
								const study = `${order.OrderModality} ${order.StudyDescription ?? ""}`.trim();
								return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, {
									"data-testid": "study-row",
									"data-uuid": order.PatientOrderUuid,
									children: [
										/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Checkbox, {
											"aria-label": t("studies.select", {
												name,
												study
											}),
											checked: selected.has(order.PatientOrderUuid),
											onChange: () => toggle(order)
										}) }),
										/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Td, { children: [
											/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
												size: "sm",
												fw: 600,
												children: name
											}),
											/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
												size: "xs",
												c: "dimmed",
												children: t("studies.patientId", { id: order.PatientId })
											}),
											phone && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
												size: "xs",
												children: [
													study,
													" · ",
													formatLocalDate(order.OrderDate, i18n.language)
												]
											})
										] }),
										!phone && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Td, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
											size: "sm",
											children: study
										}), order.AccessionNumber && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
											size: "xs",
											c: "dimmed",
											children: order.AccessionNumber
										})] }),
										!phone && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
											size: "sm",
											children: formatLocalDate(order.OrderDate, i18n.language)
										}) }),
										/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
											gap: 6,
											wrap: phone ? "wrap" : "nowrap",
											align: "flex-start",
											children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ViewerLinkButton, {
												kind: "order",
												uuid: order.PatientOrderUuid,
												subject: `${name}, ${study}`
											}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
												size: "xs",
												variant: "default",
												onClick: () => setDialog({
													orders: [shareableOrderFrom(order)],
													mode: "email"
												}),
												"aria-label": t("studies.shareOne", {
													name,
													study
												}),
												children: t("studies.share")
											})]
										}) })
									]
								}, order.PatientOrderUuid);
							}) })]
						})
					}),
					pages > 1 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Pagination, {
						total: pages,
						value: current,
						onChange: setPage,
						getControlProps: (control) => ({ "aria-label": t(`studies.pagination.${control}`) }),
						getItemProps: (item) => ({ "aria-label": t("studies.pagination.page", { page: item }) })
					})
				]
			}) : null,
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ShareOrdersDialog, {
				orders: dialog?.orders ?? [],
				opened: dialog !== null,
				onClose: () => setDialog(null),
				initialMode: dialog?.mode ?? "email"
			})
		]
	});
}
export { StudiesPage as default };
