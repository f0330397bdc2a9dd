import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VendorError } from '../../src/api/errors';
import { requestSoloContextLink } from '../../src/api/solo/context-links';
import { readSoloContextLink, type SoloContextLink } from '../../src/api/solo/linking';
import { Browser, type Stack, startStack, testCredentials } from './harness';

/**
 * The console's context-link seam (src/api/solo/context-links.ts, the function the browser calls) against
 * the gateway's route: the same request and the same answers as the dev proxy's endpoint
 * (build/vendor-proxy.test.ts runs the same function against that one). The browser's `fetch` sends what a
 * signed-in page sends: the session cookie of a `Browser` (harness.ts), same-origin headers, and the CSRF
 * token on writes, as the console's gateway mode adds it (src/api/gateway/session.ts).
 */
let stack: Stack;
let desk: Browser;
const realFetch = globalThis.fetch;
const context: SoloContextLink = {
  user: 'dra.núñez',
  type: 'provider',
  visit: '3110042',
  date: 1_796_000_000,
  patient: {
    id: 'EXT-000042',
    sex: 'female',
    dob: '1990-04-12',
    firstName: 'María José',
    lastName: 'Núñez Ødegård-李',
  },
};

/** The page's address, which the service layer resolves `/api/...` against. */
function browseFrom(origin: string, browser: Browser) {
  Object.defineProperty(globalThis, 'location', { value: { href: `${origin}/sharing` }, configurable: true });
  globalThis.fetch = ((input: string | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const headers = new Headers(init.headers);
    const cookie = browser.cookieHeader(url);
    if (cookie) headers.set('cookie', cookie);
    headers.set('sec-fetch-site', 'same-origin');
    if ((init.method ?? 'GET').toUpperCase() !== 'GET') {
      headers.set('origin', origin);
      if (browser.csrfToken) headers.set('x-csrf-token', browser.csrfToken);
    }
    return realFetch(url, { ...init, headers });
  }) as typeof fetch;
}

beforeAll(async () => {
  stack = await startStack();
  desk = new Browser(stack.origin);
  await desk.signIn('frontdesk');
});
afterEach(() => {
  globalThis.fetch = realFetch;
  Reflect.deleteProperty(globalThis, 'location');
});
afterAll(() => stack.close());

describe('the browser’s context-link seam against the gateway (POST /api/solo/context-link)', () => {
  it('answers a link that decrypts, with the gateway’s secret, to exactly the JSON entered', async () => {
    browseFrom(stack.origin, desk);
    const url = await requestSoloContextLink(context);
    expect(url.startsWith('https://demo.visitnow.org/integrations/linking?arg=')).toBe(true);
    expect(url).not.toContain(testCredentials.SOLO_CONTEXT_LINK_SECRET);
    expect(await readSoloContextLink(url, testCredentials.SOLO_CONTEXT_LINK_SECRET)).toEqual(context);
  });

  it('without a session, the gateway refuses and the seam says so as a vendor error, never a link', async () => {
    browseFrom(stack.origin, new Browser(stack.origin));
    const error = await requestSoloContextLink(context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).status).toBe(401);
  });
});
