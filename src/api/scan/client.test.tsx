import { faults } from '@mocks/faults';
import { expireScanTokens, scanRefreshCalls } from '@mocks/scan/store';
import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { createTestReferral, startTestScanUser } from '../../test/scan.test-helpers';
import { isTransient, SessionError, VendorError } from '../errors';
import { createQueryClient } from '../query-client';
import { endScanSession } from './client';
import { scanEndpoints } from './endpoints';
import { useScanReferrals } from './queries';
import { listScanReferrals } from './referrals';
import { getScanSessionSnapshot } from './session';
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
    expect(getScanSessionSnapshot()).toEqual({
      active: true,
      expiresAt,
      renewable: true,
      endedBecause: null,
      sessionId: expect.any(Number),
    });
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
    await expect(listScanReferrals()).rejects.toBeInstanceOf(SessionError);
    await expect(listScanReferrals()).rejects.toMatchObject({
      reason: 'missing',
      messageKey: 'errors.sessionMissing',
    });
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
    const { sessionId } = getScanSessionSnapshot();
    const unauthorized = countResponses('/api/scan/', 401);
    const realNow = Date.now();
    // 23h57m later: less than the 5-minute margin is left on a one-day token.
    vi.spyOn(Date, 'now').mockReturnValue(realNow + 86_400_000 - 3 * 60_000);
    await listScanReferrals();
    expect(scanRefreshCalls()).toBe(1);
    expect(unauthorized.count).toBe(0);
    await listScanReferrals();
    expect(scanRefreshCalls()).toBe(1);
    // Renewed tokens are the same session (the same user): its id does not change.
    expect(getScanSessionSnapshot()).toMatchObject({ active: true, sessionId });
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
    expect(error).toBeInstanceOf(SessionError);
    expect(error).toMatchObject({ reason: 'refused', messageKey: 'errors.sessionRefused' });
    expect((error as SessionError).cause).toBeInstanceOf(VendorError);
    expect(getScanSessionSnapshot()).toMatchObject({ active: false, endedBecause: 'refused' });
    await expect(listScanReferrals()).rejects.toMatchObject({ reason: 'refused' });
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

describe('Scan.com refresh: a lost answer is never followed by the same refresh again', () => {
  /** The console's own query client (its retry rule: transient errors, 3 times), with no backoff wait. */
  function retryingWrapper() {
    const queryClient = createQueryClient();
    queryClient.setDefaultOptions({
      queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 1 },
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    return wrapper;
  }

  it('a query whose refresh answer is lost fails once, plainly, and no retry sends the refresh again', async () => {
    await startTestScanUser();
    await createTestReferral();
    expireScanTokens();
    // The back end renews the tokens (the old refresh token is used up), then the answer is lost.
    faults.set({
      failure: 'network',
      afterProcessing: true,
      vendor: 'scan',
      methods: 'writes',
      remaining: 1,
    });
    const { result } = renderHook(() => useScanReferrals(), { wrapper: retryingWrapper() });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(scanRefreshCalls()).toBe(1);
    expect(result.current.error).toBeInstanceOf(SessionError);
    expect(result.current.error).toMatchObject({
      vendor: 'scan',
      reason: 'lost',
      messageKey: 'errors.sessionLost',
    });
    expect(isTransient(result.current.error)).toBe(false);
    expect(getScanSessionSnapshot()).toMatchObject({ active: false, endedBecause: 'lost' });
    // Later calls say the same, and still send nothing to the refresh endpoint.
    await expect(listScanReferrals()).rejects.toMatchObject({ reason: 'lost' });
    expect(scanRefreshCalls()).toBe(1);
  });

  it('a lost answer to an early renewal keeps the still-valid token working, and is not sent again', async () => {
    await startTestScanUser();
    await createTestReferral();
    const realNow = Date.now();
    // 23h57m later: less than the 5-minute margin is left, so the console renews before sending.
    vi.spyOn(Date, 'now').mockReturnValue(realNow + 86_400_000 - 3 * 60_000);
    faults.set({
      failure: 'network',
      afterProcessing: true,
      vendor: 'scan',
      methods: 'writes',
      remaining: 1,
    });
    await expect(listScanReferrals()).resolves.toHaveLength(1);
    await expect(listScanReferrals()).resolves.toHaveLength(1);
    expect(scanRefreshCalls()).toBe(1);
    expect(getScanSessionSnapshot()).toMatchObject({ active: true, renewable: false, endedBecause: null });
  });

  it('a refresh refused before it was processed (429) may be sent again: the session survives', async () => {
    await startTestScanUser();
    await createTestReferral();
    expireScanTokens();
    faults.set({ failure: 'rate-limit', vendor: 'scan', methods: 'writes', remaining: 1 });
    const { result } = renderHook(() => useScanReferrals(), { wrapper: retryingWrapper() });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toHaveLength(1);
    // The refused attempt never reached the back end (the fault answered for it); the retry renewed.
    expect(scanRefreshCalls()).toBe(1);
    expect(getScanSessionSnapshot()).toMatchObject({ active: true, renewable: true });
  });
});
