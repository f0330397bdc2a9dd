import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { A as tryDecodePatientKey, D as encodePatientKey, Ir as require_react, vt as createReactComponent } from "./boot-CCHtFN9d.js";
import { c as peopleKeys, f as fetchPeopleFromSource, fr as useQueries, m as sourcesOfKey, ur as queryOptions } from "./search-Bd_rEMYc.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconArrowLeft = createReactComponent("outline", "arrow-left", "ArrowLeft", [
	["path", {
		"d": "M5 12l14 0",
		"key": "svg-0"
	}],
	["path", {
		"d": "M5 12l6 6",
		"key": "svg-1"
	}],
	["path", {
		"d": "M5 12l6 -6",
		"key": "svg-2"
	}]
]);
// src/api/people/queries.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var bySourceKey = (source, identities) => {
	const own = identities.filter((i) => i.source === source);
	return [
		...peopleKeys.byKey(),
		source,
		own.length ? encodePatientKey(own) : ""
	];
};
/** One vendor's records named by a key's identities. */
var peopleFromSourceQuery = (source, identities) => queryOptions({
	queryKey: bySourceKey(source, identities),
	queryFn: ({ signal }) => fetchPeopleFromSource(source, identities, { signal })
});
/**
* Demographics for `?patient=<key>` or `/patients/:key`: one query per vendor named by the key (see
* `fetchPeopleFromSource` for how each is asked). Retry one vendor with `sources[i].query.refetch()`.
*/
function usePeopleByKey(key) {
	const identities = (0, import_react.useMemo)(() => tryDecodePatientKey(key), [key]);
	const sources = identities ? sourcesOfKey(identities) : [];
	const queries = useQueries({ queries: sources.map((source) => peopleFromSourceQuery(source, identities ?? [])) });
	return {
		identities,
		sources: sources.map((source, index) => ({
			source,
			query: queries[index]
		})),
		people: queries.flatMap((query) => query.data?.people ?? []),
		isPending: queries.some((query) => query.isPending)
	};
}
export { IconArrowLeft as n, usePeopleByKey as t };
