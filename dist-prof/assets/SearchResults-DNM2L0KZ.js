import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { Ft as Alert, Ir as require_react, Kt as Paper, Ot as Button, Pt as Text, S as personDisplayName, Vt as Group, _t as IconAlertTriangle, a as hasActiveFilters, c as summarizeGroup, f as groupSources, nt as formatNumber, ot as rememberRecentPatient, u as groupPatientKey, ut as useTranslation, xt as Stack, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { t as Skeleton } from "./Skeleton-CycB90X8.js";
import { i as ResultList, n as VendorStatusList, o as patientHref, r as SearchFilters, t as useSearchResults } from "./search-Bd_rEMYc.js";
// src/features/patients/SearchResults.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
/**
* Everything below the box once something is typed: who was asked and how, the filters, the summary, the
* designed states (searching, partial, all failed, empty) and the virtualized list. Its own chunk: the page
* starts loading it right after its first paint, so the first route stays small.
*/
var SearchResults = (0, import_react.forwardRef)(function SearchResults({ text, filters, onFilters, onLeave }, ref) {
	const { t, i18n } = useTranslation("patients");
	const [split, setSplit] = (0, import_react.useState)(/* @__PURE__ */ new Set());
	const listRef = (0, import_react.useRef)(null);
	const results = useSearchResults(text, filters, split);
	(0, import_react.useImperativeHandle)(ref, () => ({ focusFirstResult: () => listRef.current?.focusRow(0) }), []);
	const open = (0, import_react.useCallback)((group) => {
		const summary = summarizeGroup(group);
		rememberRecentPatient({
			key: groupPatientKey(group),
			name: personDisplayName(summary.name),
			birthDate: summary.birthDates[0] ?? null,
			sources: groupSources(group)
		});
	}, []);
	const hrefOf = (0, import_react.useCallback)((group) => patientHref(groupPatientKey(group)), []);
	const asked = results.vendors.filter((v) => v.plan.asked);
	const failed = asked.filter((v) => v.query?.isError);
	const waiting = asked.filter((v) => v.query && !v.query.data && v.query.isPending);
	const modalities = (0, import_react.useMemo)(() => [...new Set(results.groups.flatMap((group) => summarizeGroup(group).modalities))], [results.groups]);
	const searching = results.groups.length === 0 && (waiting.length > 0 || results.updating);
	const hiddenByFilters = results.groups.length - results.rows.length;
	const clearFilters = () => onFilters({
		vendors: [],
		modality: null,
		from: null,
		to: null
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "md",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(VendorStatusList, { vendors: results.vendors }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SearchFilters, {
				filters,
				modalities,
				onChange: onFilters
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				gap: "xs",
				"aria-live": "polite",
				"data-testid": "patient-results-summary",
				children: [searching ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					fw: 500,
					children: t("search.status.searching")
				}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					fw: 500,
					children: t("search.summary", {
						count: results.rows.length,
						formatted: formatNumber(results.rows.length, i18n.language),
						records: t("search.records", { count: results.records })
					})
				}), results.updating && !searching && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					c: "dimmed",
					children: t("search.updating")
				})]
			}),
			failed.length > 0 && failed.length === asked.length ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
				color: "red",
				icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconAlertTriangle, { "aria-hidden": true }),
				"data-testid": "search-all-failed",
				children: t("search.allFailed")
			}) : failed.length > 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
				color: "yellow",
				icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconAlertTriangle, { "aria-hidden": true }),
				"data-testid": "search-partial",
				children: t("search.partial")
			}) : null,
			results.rows.length > 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ResultList, {
				ref: listRef,
				rows: results.rows,
				hrefOf,
				onOpen: open,
				onSplit: (group) => setSplit((current) => /* @__PURE__ */ new Set([...current, group.key])),
				onJoin: (group) => setSplit((current) => new Set([...current].filter((key) => key !== group.splitFrom))),
				onLeaveTop: onLeave
			}) : waiting.length > 0 || results.updating ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stack, {
				gap: "xs",
				"aria-hidden": true,
				"data-testid": "search-loading",
				children: [
					0,
					1,
					2,
					3
				].map((row) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Skeleton, {
					height: 56,
					radius: "sm"
				}, row))
			}) : asked.length > 0 && failed.length < asked.length ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Paper, {
				withBorder: true,
				p: "md",
				"data-testid": "search-empty",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
						order: 2,
						size: "h4",
						children: t("search.empty.title")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						mt: 4,
						children: t("search.empty.body", { query: results.searched.text })
					}),
					hiddenByFilters > 0 && hasActiveFilters(filters) && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
						mt: "xs",
						gap: "xs",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							children: t("search.empty.filtered")
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							size: "compact-sm",
							variant: "default",
							onClick: clearFilters,
							children: t("search.empty.clearFilters")
						})]
					})
				]
			}) : null
		]
	});
});
export { SearchResults as default };
