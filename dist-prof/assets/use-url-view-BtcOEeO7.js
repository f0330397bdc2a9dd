import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { Ir as require_react, kr as useSearchParams } from "./boot-CCHtFN9d.js";
// src/components/use-url-view.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
/**
* A page's view (filters, sort, page) kept in the URL. `view` is the one drawn, memoized per URL. `update`
* starts from the URL as it is now, not from the view drawn: React Router applies a navigation in a
* transition, so two changes made before the page re-renders (a "from" date then at once a "to" date, or
* two chips clicked in a row on a busy machine) would both start from the same old view, and the second
* would silently write the first one back.
*/
function useUrlView(read, write, defaults) {
	const [params, setParams] = useSearchParams();
	const search = params.toString();
	const view = (0, import_react.useMemo)(() => read(new URLSearchParams(search)), [read, search]);
	const replace = defaults?.replace;
	return {
		view,
		update: (0, import_react.useCallback)((patch, options) => {
			const current = read(new URLSearchParams(window.location.search));
			const changes = typeof patch === "function" ? patch(current) : patch;
			setParams(write({
				...current,
				...changes
			}), {
				replace,
				...options
			});
		}, [
			read,
			write,
			setParams,
			replace
		]),
		clear: (0, import_react.useCallback)(() => setParams(new URLSearchParams(), { replace }), [setParams, replace])
	};
}
export { useUrlView as t };
