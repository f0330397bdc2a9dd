import { errorAnswer } from '../shared/http';

/*
 * The Solo integration mocks' own assumptions, in one place (the vendor page leaves these open).
 * The documented rules themselves (limits, enums, messages) come from the src/api/solo modules.
 *
 * - Status codes the page does not give: a bad body → 400, an unknown id → 404, a rule that refuses the
 *   request as it stands (perfect answer's 24-hour rule, downloading a report that is not ready) → 409,
 *   a file over 5 MB → 413.
 * - Messages the page does not give are worded like Solo's documented ones (`Bad parameters [field: …]`).
 * - Creates answer 201, reads 200, deletes and cancels 204 with no body.
 * - Encounter reports become `completed` on the ENCOUNTER_REPORT_POLLS_UNTIL_DONE-th status poll
 *   (a counter, so tests and QA get the same sequence every time); a report ordered with the seeded
 *   "failing" preset becomes `failed` instead.
 * - The vendor's password lock on encounter-report zips is out of scope for the mock: the zip is not encrypted.
 * - The context-link secret the mock decrypts with is SOLO_MOCK_LINK_SECRET (the vendor's own example secret).
 */
export const SOLO_MOCK_STATUS = {
  badRequest: 400,
  notFound: 404,
  conflict: 409,
  tooLarge: 413,
  created: 201,
} as const;

export const ENCOUNTER_REPORT_POLLS_UNTIL_DONE = 2;
export const SOLO_MOCK_LINK_SECRET = 'some secret';
export const SOLO_MOCK_VISIT_BASE_URL = 'https://demo.visitnow.org';

/** Solo's documented error body: `{ "error": { "message": "…" } }` (mocks/shared/http.ts). */
export function soloError(status: number, message: string): Response {
  return errorAnswer('solo', status, message);
}

/** Solo's validation message format, as in `Bad parameters [locationId: This is not a valid UUID.]`. */
export function badParameters(problems: { field: string; message: string }[]): Response {
  const text = problems.map((p) => `${p.field}: ${p.message}`).join(', ');
  return soloError(SOLO_MOCK_STATUS.badRequest, `Bad parameters [${text}]`);
}

/** ATOM date-time in UTC, as Solo writes them: `2022-07-19T11:35:46+00:00`. */
export function atomUtc(date: Date): string {
  return `${date.toISOString().slice(0, 19)}+00:00`;
}
