const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/SearchResults-DNM2L0KZ.js","assets/rolldown-runtime-SbdDWaPq.js","assets/boot-CCHtFN9d.js","assets/preload-helper-BhofnfyO.js","assets/boot-xJBZfUJG.css","assets/Skeleton-CycB90X8.js","assets/search-Bd_rEMYc.js","assets/CheckIcon-Cwl5gALt.js","assets/IconChevronDown-OkUoCsKk.js","assets/session-tTKx-X8h.js","assets/session-tZkRHlO9.js","assets/list-toggle-Yprc9Nmq.js","assets/search-B3UfxCfZ.css"])))=>i.map(i=>d[i]);
import { n as __exportAll, r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { Ir as require_react, Kt as Paper, Ot as Button, Pt as Text, Q as useDocumentTitle, Vt as Group, Wt as Loader, _ as SearchBox, br as afterPaint, ft as IconUserPlus, g as search_page_module_default, kr as useSearchParams, n as readSearchParams, r as writeSearchParams, t as createOwnWrites, ut as useTranslation, v as RecentPatients, x as recognizeQuery, xr as Link, xt as Stack, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { t as __vitePreload } from "./preload-helper-BhofnfyO.js";
// src/features/patients/PatientSearchPage.tsx
var PatientSearchPage_exports = /* @__PURE__ */ __exportAll({ default: () => PatientSearchPage });
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
/** How long typing must pause before the URL follows (the vendors are asked on the same beat). */
var URL_DEBOUNCE_MS = 250;
var loadResults = () => __vitePreload(() => import("./SearchResults-DNM2L0KZ.js"), __vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12]));
var SearchResults = (0, import_react.lazy)(loadResults);
/** `/patients`: the one search across every vendor, the landing page of the console. */
function PatientSearchPage() {
	const { t, i18n } = useTranslation("patients");
	useDocumentTitle(t("search.title"));
	const [params, setParams] = useSearchParams();
	const state = readSearchParams(params);
	const filterText = writeSearchParams({
		...state,
		q: ""
	}).toString();
	const filters = (0, import_react.useMemo)(() => {
		const { q: _q, ...rest } = readSearchParams(new URLSearchParams(filterText));
		return rest;
	}, [filterText]);
	const [text, setText] = (0, import_react.useState)(state.q);
	const typed = (0, import_react.useMemo)(() => recognizeQuery(text, i18n.language), [text, i18n.language]);
	const boxRef = (0, import_react.useRef)(null);
	const resultsRef = (0, import_react.useRef)(null);
	(0, import_react.useEffect)(() => afterPaint(() => void loadResults().catch(() => void 0)), []);
	const latest = (0, import_react.useRef)({
		params,
		setParams
	});
	latest.current = {
		params,
		setParams
	};
	const [ownWrites] = (0, import_react.useState)(() => createOwnWrites(state.q));
	const write = (0, import_react.useCallback)((next) => {
		ownWrites.wrote(readSearchParams(next).q);
		latest.current.setParams(next, { replace: true });
	}, [ownWrites]);
	(0, import_react.useEffect)(() => {
		const timer = setTimeout(() => {
			const current = readSearchParams(latest.current.params);
			if (current.q !== text) write(writeSearchParams({
				...current,
				q: text
			}));
		}, URL_DEBOUNCE_MS);
		return () => clearTimeout(timer);
	}, [text, write]);
	(0, import_react.useEffect)(() => {
		if (ownWrites.isOwn(state.q)) return;
		setText(state.q);
	}, [state.q, ownWrites]);
	const updateFilters = (patch) => {
		const current = readSearchParams(new URLSearchParams(window.location.search));
		const changes = typeof patch === "function" ? patch(current) : patch;
		write(writeSearchParams({
			...current,
			...changes,
			q: text
		}));
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "md",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				justify: "space-between",
				align: "center",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: 1,
					children: t("search.title")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					gap: "xs",
					className: search_page_module_default.create,
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						component: Link,
						to: "/patients/new/solo",
						variant: "default",
						leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconUserPlus, {
							size: 16,
							"aria-hidden": true
						}),
						children: t("search.newSolo")
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						component: Link,
						to: "/patients/new/impilo",
						variant: "default",
						leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconUserPlus, {
							size: 16,
							"aria-hidden": true
						}),
						children: t("search.newImpilo")
					})]
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SearchBox, {
				ref: boxRef,
				value: text,
				onChange: setText,
				typed,
				onFocus: () => void loadResults().catch(() => void 0),
				onArrowDown: () => resultsRef.current?.focusFirstResult()
			}),
			text.trim() === "" ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Paper, {
				withBorder: true,
				p: "md",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: 2,
					size: "h4",
					children: t("search.start.title")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					mt: 4,
					children: t("search.start.body")
				})]
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(RecentPatients, {})] }) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(import_react.Suspense, {
				fallback: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Loader, {
					size: "sm",
					"aria-label": t("search.status.searching")
				}),
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SearchResults, {
					ref: resultsRef,
					text,
					filters,
					onFilters: updateFilters,
					onLeave: () => boxRef.current?.focus()
				})
			})
		]
	});
}
export { PatientSearchPage as default, PatientSearchPage_exports as t };
