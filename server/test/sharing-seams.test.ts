import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VendorError } from '../../src/api/errors';
import { recordGatewayShare } from '../../src/api/gateway/shares';
import { requestSoloContextLink } from '../../src/api/solo/context-links';
import { readSoloContextLink, type SoloContextLink } from '../../src/api/solo/linking';
import { Browser, type Stack, startStack, testCredentials } from './harness';

/**
 * The sharing area's seams with the gateway, through the functions the browser calls: the context link
 * (src/api/solo/context-links.ts; the same request and answers as the dev proxy's endpoint, which
 * build/vendor-proxy.test.ts runs the same function against) and the share register's copy
 * (src/api/gateway/shares.ts). The browser's `fetch` sends what a
 * signed-in page sends: the session cookie of a `Browser` (harness.ts), same-origin headers, and the CSRF
 * token on writes, as the console's gateway mode adds it (src/api/gateway/session.ts).
 */
let stack: Stack;
let desk: Browser;
let admin: Browser;
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
    const url = new URL(String(input), origin);
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
  admin = new Browser(stack.origin);
  await admin.signIn('admin');
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

describe('the share register’s copy on the gateway (POST /api/gateway/shares)', () => {
  it('writes the row the console sends, with the recipient sealed at rest and read back by Admin', async () => {
    browseFrom(stack.origin, desk);
    const id = await recordGatewayShare({
      vendor: 'postdicom',
      patientKey: 'postdicom:14571782',
      item: 'orders-email:o-1,o-2',
      kind: 'email',
      recipient: 'ana@example.org',
      expiresAt: '2026-03-17T23:00:00.000Z',
    });
    const sealed = await stack.gateway.ctx.db
      .selectFrom('share_register')
      .select('recipient_sealed')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(sealed.recipient_sealed).not.toContain('ana@example.org');
    globalThis.fetch = realFetch;
    const listed = await admin.fetch('/api/gateway/shares');
    expect(listed.status).toBe(200);
    const { shares } = (await listed.json()) as { shares: Record<string, unknown>[] };
    expect(shares.find((s) => s.id === id)).toMatchObject({
      vendor: 'postdicom',
      patient_key: 'postdicom:14571782',
      item: 'orders-email:o-1,o-2',
      kind: 'email',
      recipient: 'ana@example.org',
      expires_at: '2026-03-17T23:00:00.000Z',
    });
  });
});
