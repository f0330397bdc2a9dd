import { HttpResponse, http, type RequestHandler } from 'msw';
import { postDicomEndpoints } from '@/api/postdicom/endpoints';

/**
 * Mock mode's stand-in for the server's `GET /api/postdicom/config` (build/vendor-proxy.ts in live mode):
 * keys that mean nothing, and no script URL, since ./install.ts has already defined the simulated global.
 * It is the console's own server endpoint, not the vendor's, so the fault scenarios leave it alone
 * (PostDICOM faults apply inside the library simulation).
 */
export const POSTDICOM_MOCK_KEYS = { apiKey: 'mock-api-key', accountKey: 'mock-account-key' } as const;

export const postDicomConfigHandlers: RequestHandler[] = [
  http.get(`*/api/postdicom${postDicomEndpoints.config.route}`, () =>
    HttpResponse.json({ ...POSTDICOM_MOCK_KEYS, libraryUrl: '' }),
  ),
];
