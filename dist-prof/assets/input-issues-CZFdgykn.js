import { Un as safeParse } from "./session-tTKx-X8h.js";
import { vn as toInputIssue } from "./search-Bd_rEMYc.js";
// src/components/forms/input-issues.ts
/**
* The issues of a zod parse as translation keys (zod's own checks named by code; see `toInputIssue`).
* Kept apart from the form helper so a page that only checks a query (the worklist) does not load
* react-hook-form.
*/
function zodIssues(schema, input) {
	const result = safeParse(schema, input, { reportInput: true });
	return result.success ? [] : result.error.issues.map(toInputIssue);
}
export { zodIssues as t };
