import { expireScanTokens, scanRefreshCalls } from '@mocks/scan/store';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { createTestReferral, startTestScanUser } from '../../test/scan.test-helpers';
import { VendorError } from '../errors';
import { endScanSession, getScanSessionSnapshot } from './client';
import { scanEndpoints } from './endpoints';
import { ScanSessionError } from './errors';
import { listScanReferrals } from './referrals';
import { createScanUser } from './users';

function countResponses(pathPart: string, status: number) {
  const seen = { count: 0 };
  server.events.on('response:mocked', ({ request, response }) => {
    if (new URL(request.url).pathname.includes(pathPart) && response.status === status) seen.count++;
  });
  return seen;
}

beforeEach(() => endScanSession());
afterEach(() => server.events.removeAllListeners());

describe('Scan.com session (tokens in memory)', () => {
  it('creates a user, keeps its tokens in memory only and exposes only the expiry', async () => {
    const { expiresAt } = await createScanUser({
      first_name: 'Ann',
      last_name: 'Lee',
      email: 'ann@example.com',
    });
    expect(expiresAt).toBeGreaterThan(Date.now() + 23 * 3600_000);
    expect(getScanSessionSnapshot()).toEqual({ active: true, expiresAt });
    expect(JSON.stringify(getScanSessionSnapshot())).not.toContain('scan-at-');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });

  it('turns user-creation validation errors into field errors', async () => {
    server.use(
      http.post(`*/api/scan${scanEndpoints.createUser.route}`, () =>
        HttpResponse.json(
          {
            success: false,
            validation_errors: [{ field: 'email', message: 'has already been taken' }],
            data: null,
          },
          { status: 422 },
        ),
      ),
    );
    const error = await createScanUser({ first_name: 'A', last_name: 'B', email: 'taken@example.com' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).status).toBe(422);
    expect((error as VendorError).fieldErrors).toEqual({ email: ['has already been taken'] });
    expect(getScanSessionSnapshot().active).toBe(false);
  });

  it('refuses an invalid user body before sending it', async () => {
    await expect(createScanUser({ first_name: '', last_name: 'B', email: 'nope' })).rejects.toThrow();
  });

  it('refuses to call an authenticated endpoint without a user', async () => {
    await expect(listScanReferrals()).rejects.toBeInstanceOf(ScanSessionError);
  });

  it('20 parallel requests that all meet a 401 make exactly one refresh call, and all succeed', async () => {
    await startTestScanUser();
    await createTestReferral();
    expireScanTokens();
    const unauthorized = countResponses('/referrals', 401);
    const results = await Promise.all(Array.from({ length: 20 }, () => listScanReferrals()));
    expect(unauthorized.count).toBe(20);
    expect(scanRefreshCalls()).toBe(1);
    expect(results).toHaveLength(20);
    for (const result of results) expect(result).toHaveLength(1);
  });

  it('refreshes before the token expires, without meeting a 401', async () => {
    await startTestScanUser();
    const unauthorized = countResponses('/api/scan/', 401);
    const realNow = Date.now();
    // 23h57m later: less than the 5-minute margin is left on a one-day token.
    vi.spyOn(Date, 'now').mockReturnValue(realNow + 86_400_000 - 3 * 60_000);
    await listScanReferrals();
    expect(scanRefreshCalls()).toBe(1);
    expect(unauthorized.count).toBe(0);
    await listScanReferrals();
    expect(scanRefreshCalls()).toBe(1);
  });

  it('ends the session when the refresh token is refused', async () => {
    await startTestScanUser();
    expireScanTokens();
    server.use(
      http.post(`*/api/scan${scanEndpoints.refreshToken.route}`, () =>
        HttpResponse.json(
          { success: false, validation_errors: [], data: null, message: 'Invalid refresh token' },
          { status: 401 },
        ),
      ),
    );
    const error = await listScanReferrals().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).status).toBe(401);
    expect(getScanSessionSnapshot().active).toBe(false);
  });

  it('sends a refused request only once more after refreshing', async () => {
    await startTestScanUser();
    const unauthorized = countResponses('/referrals', 401);
    server.use(
      http.get(`*/api/scan${scanEndpoints.listReferrals.route}`, () =>
        HttpResponse.json(
          { success: false, validation_errors: [], data: null, message: 'no' },
          { status: 401 },
        ),
      ),
    );
    await expect(listScanReferrals()).rejects.toBeInstanceOf(VendorError);
    expect(unauthorized.count).toBe(2);
    expect(scanRefreshCalls()).toBe(1);
  });
});
