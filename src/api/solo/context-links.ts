import { z } from 'zod';
import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { soloClient } from './client';
import { soloEndpoints } from './endpoints';
import { type SoloContextLink, soloContextLinkSchema } from './linking';

/**
 * The one seam of context-aware links (Solo's `/integrations/linking?arg=`): the browser never holds the
 * shared secret, in any mode. It sends the linking JSON to the console's own server and gets the encrypted
 * link back.
 *
 *   POST /api/solo/context-link
 *   request   the linking JSON itself (`SoloContextLink`: user, type, visit, date, patient), Content-Type JSON
 *   200       { "url": "https://<Solo web app>/integrations/linking?arg=<URL-encoded encrypted JSON>" }
 *   400       { "error": "invalid", "issues": [{ "path": "patient.dob", "message": "…" }] }
 *             (parseSoloError, ./errors.ts, puts each issue on its field)
 *   503       { "error": { "message": "…" } }    (no secret configured on the server)
 *
 * Who answers it: in mock mode the msw mock (mocks/solo, holding SOLO_MOCK_LINK_SECRET); in live mode the
 * dev proxy (build/vendor-proxy.ts, `SOLO_CONTEXT_LINK_SECRET`, `SOLO_LINK_BASE_URL`) until the gateway
 * (server/) answers the same request with the same shapes.
 */

/** The answer: the link, which must be a Solo linking URL carrying its `arg`. */
export const soloContextLinkAnswerSchema = z.object({
  url: z
    .url()
    .refine(
      (url) =>
        new URL(url).pathname.endsWith(soloEndpoints.contextLink.template) &&
        new URL(url).searchParams.has('arg'),
      'Not a Solo context link.',
    ),
});
export type SoloContextLinkAnswer = z.infer<typeof soloContextLinkAnswerSchema>;

/**
 * Asks the server to encrypt `context` into a link. The JSON is checked first against the documented
 * schema (InputError naming each field); nothing is sent when it fails.
 */
export async function requestSoloContextLink(
  context: SoloContextLink,
  options: CallOptions = {},
): Promise<string> {
  const body = parseInput('solo', soloEndpoints.encryptContextLink.name, soloContextLinkSchema, context);
  const answer = await soloClient.request({
    ...soloEndpoints.encryptContextLink.at(),
    json: body,
    schema: soloContextLinkAnswerSchema,
    ...options,
  });
  return answer.url;
}
