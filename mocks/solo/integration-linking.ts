import { HttpResponse, http } from 'msw';
import { ContractError } from '@/api/errors';
import { readSoloContextLink } from '@/api/solo/linking';
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
 */
export const soloLinkingHandlers = [
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
