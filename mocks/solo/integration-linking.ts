import { HttpResponse, http } from 'msw';
import { ContractError } from '@/api/errors';
import { soloEndpoints } from '@/api/solo/endpoints';
import { buildSoloContextLink, readSoloContextLink, soloContextLinkSchema } from '@/api/solo/linking';
import { readJson } from '../shared/http';
import {
  badParameters,
  SOLO_MOCK_LINK_SECRET,
  SOLO_MOCK_STATUS,
  SOLO_MOCK_VISIT_BASE_URL,
  soloError,
} from './integration-config';

/**
 * `GET /integrations/linking?arg=…` (served under `/api/solo`): decrypts `arg` with SOLO_MOCK_LINK_SECRET,
 * checks it against the documented JSON schema and redirects (302) to `…/videocalls/{visit}` like Solo.
 *
 * `POST /api/solo/context-link` is not Solo's: it stands for the console's own server, which holds the secret
 * and encrypts the linking JSON (src/api/solo/context-links.ts; the gateway and the dev proxy answer the same):
 * `{ url }`, or 400 `{ error: 'invalid', issues: [{ path, message }] }` for a body off the documented schema.
 */
export const soloLinkingHandlers = [
  http.post(`*/api/solo${soloEndpoints.encryptContextLink.route}`, async ({ request }) => {
    const parsed = soloContextLinkSchema.safeParse(await readJson(request));
    if (!parsed.success) {
      return HttpResponse.json(
        {
          error: 'invalid',
          issues: parsed.error.issues.map((issue) => ({
            path: issue.path.join('.'),
            message: issue.message,
          })),
        },
        { status: SOLO_MOCK_STATUS.badRequest },
      );
    }
    const url = await buildSoloContextLink(parsed.data, {
      secret: SOLO_MOCK_LINK_SECRET,
      baseUrl: SOLO_MOCK_VISIT_BASE_URL,
    });
    return HttpResponse.json({ url }, { headers: { 'Cache-Control': 'no-store' } });
  }),
  http.get('*/api/solo/integrations/linking', async ({ request }) => {
    const arg = new URL(request.url).searchParams.get('arg');
    if (!arg) return badParameters([{ field: 'arg', message: 'This value should not be blank.' }]);
    try {
      const context = await readSoloContextLink(arg, SOLO_MOCK_LINK_SECRET);
      return new HttpResponse(null, {
        status: 302,
        headers: { Location: `${SOLO_MOCK_VISIT_BASE_URL}/videocalls/${encodeURIComponent(context.visit)}` },
      });
    } catch (error) {
      // Decrypted, but not JSON or not the documented shape: the client's reader says where.
      if (error instanceof ContractError) {
        return badParameters(
          error.issues.map((issue) => ({ field: issue.path || 'arg', message: issue.message })),
        );
      }
      return soloError(SOLO_MOCK_STATUS.badRequest, 'Invalid link: the data could not be decrypted.');
    }
  }),
];
