import { z } from 'zod';
import { VendorError } from '../errors';
import type { VendorErrorParser } from '../http';

/**
 * Solo answers errors as `{ "error": { "message": "…" } }`, except the request-assistance endpoints,
 * which answer `{ "message": "…" }`. Both become a VendorError carrying that message.
 */
const soloErrorBody = z.union([
  z.object({ error: z.object({ message: z.string() }) }).transform((b) => b.error.message),
  z.object({ message: z.string() }).transform((b) => b.message),
]);

/** The console's own server (context links, ./context-links.ts) refuses a body as `{ error: 'invalid', issues }`. */
export const soloConsoleServerRefusalSchema = z.object({
  error: z.literal('invalid'),
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});

export const parseSoloError: VendorErrorParser = (status, body) => {
  const refusal = soloConsoleServerRefusalSchema.safeParse(body);
  if (refusal.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of refusal.data.issues) {
      fieldErrors[issue.path] = [...(fieldErrors[issue.path] ?? []), issue.message];
    }
    return { message: refusal.data.issues.map((i) => `${i.path}: ${i.message}`).join('; '), fieldErrors };
  }
  const parsed = soloErrorBody.safeParse(body);
  return {
    message: parsed.success ? parsed.data : typeof body === 'string' && body ? body : `HTTP ${status}`,
  };
};

/** The request-assistance endpoints' documented messages (the mock answers the same). */
export const SOLO_ASSISTANCE_MESSAGES = {
  missingParameters:
    'Service Request Error: Missing Required Parameters. Please include either Device ID, Patient ID, or a combination of Building, Floor, Room, and Bed (opt.), or Department, Room, and Bed (opt.) to proceed',
  deviceNotFound: 'Device could not be found from the data submitted',
  requestNotFound: 'Service Request Error: Request not found',
} as const;

/** A 404 "Request not found" on the current assistance request: there is none. */
export function isSoloAssistanceNotFound(error: unknown): boolean {
  return (
    error instanceof VendorError &&
    error.status === 404 &&
    error.vendorMessage === SOLO_ASSISTANCE_MESSAGES.requestNotFound
  );
}

/** Perfect answer: "A visit has already been created for the patient within 24 hours". */
export const SOLO_PERFECT_ANSWER_24H_MESSAGE =
  'A visit has already been created for the patient within 24 hours';

/** The encounter report was still pending when the console stopped waiting for it. */
export class SoloReportTimeoutError extends Error {
  constructor(
    readonly reportId: string,
    readonly timeoutMs: number,
  ) {
    super(`Solo encounter report ${reportId} was still pending after ${Math.round(timeoutMs / 1000)} s.`);
    this.name = 'SoloReportTimeoutError';
  }
}
