import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock';
import { Browser, type Stack, startStack } from './harness';

const clock = new ManualClock(Date.parse('2026-12-01T09:00:00Z'));
let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ clock });
});
afterAll(() => stack.close());

const MINUTE = 60_000;

describe('staff sign-in (OpenID Connect against the local provider)', () => {
  it('signs a seeded user in with an HttpOnly, SameSite=Strict session cookie, and knows the roles', async () => {
    const browser = new Browser(stack.origin);
    const callback = await browser.signIn('scheduler');
    expect(callback.status).toBe(200);
    expect(await callback.text()).toContain('url=/orders');
    const session = (await (await browser.fetch('/api/gateway/session')).json()) as Record<string, unknown>;
    expect(session).toMatchObject({
      staff: { name: 'Sam Scheduler', roles: ['scheduler'] },
      idleTimeoutMs: 15 * MINUTE,
      mode: 'fake',
    });
    expect(typeof session.csrfToken).toBe('string');
  });

  it('sets the session cookie HttpOnly and SameSite=Strict, and the sign-in cookies Secure behind the TLS proxy', async () => {
    const tls = await startStack({ env: { TRUST_PROXY: '127.0.0.1' } });
    try {
      const browser = new Browser(tls.origin);
      const start = await browser.fetch('/auth/login', { headers: { 'x-forwarded-proto': 'https' } });
      expect(start.status).toBe(302);
      const loginCookie = start.headers.getSetCookie().join('\n');
      expect(loginCookie).toMatch(/console_login=.*HttpOnly/);
      expect(loginCookie).toMatch(/Secure/);
      expect(loginCookie).toMatch(/SameSite=Lax/);
    } finally {
      await tls.close();
    }
    const browser = new Browser(stack.origin);
    const started = await browser.follow('/auth/login');
    const action = /action="([^"]+)"/.exec(await started.text())?.[1] ?? '';
    let response = await browser.fetch(
      new URL(action, (started as Response & { finalUrl: string }).finalUrl).toString(),
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'username=admin&password=admin-pass',
      },
    );
    let cookies = '';
    let url = new URL(action, stack.idp.issuer);
    for (let i = 0; i < 10 && response.status >= 300 && response.status < 400; i++) {
      url = new URL(response.headers.get('location') ?? '/', url);
      await response.arrayBuffer();
      response = await browser.fetch(url.toString());
      cookies += response.headers.getSetCookie().join('\n');
    }
    expect(cookies).toMatch(/console_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict/);
    expect(cookies).not.toMatch(/console_session=[^\n]*Secure/); // plain HTTP, no trusted proxy
  });

  it('refuses a wrong password and an account without a console role', async () => {
    const wrong = new Browser(stack.origin);
    expect((await wrong.signIn('admin', 'not-the-password')).status).toBe(401);
    expect((await wrong.fetch('/api/gateway/session')).status).toBe(401);
    const visitor = new Browser(stack.origin);
    const refused = await visitor.signIn('visitor');
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('no role in the console');
    expect((await visitor.fetch('/api/gateway/session')).status).toBe(401);
  });

  it('refuses a callback that was not started by this browser', async () => {
    const browser = new Browser(stack.origin);
    const answer = await browser.fetch('/auth/callback?code=stolen&state=whatever');
    expect(answer.status).toBe(400);
    expect((await browser.fetch('/api/gateway/session')).status).toBe(401);
  });

  it('signs out: the session is gone on the server, the cookie cleared', async () => {
    const browser = new Browser(stack.origin);
    await browser.signIn('frontdesk');
    const out = await browser.fetch('/auth/logout', { method: 'POST' });
    expect(out.status).toBe(200);
    expect(((await out.json()) as { endSessionUrl: string }).endSessionUrl).toContain(stack.idp.issuer);
    expect(browser.hasCookie('console_session')).toBe(false);
    expect((await browser.fetch('/api/gateway/session')).status).toBe(401);
    expect(
      await stack.gateway.ctx.db
        .selectFrom('sessions')
        .selectAll()
        .where('subject', '=', 'frontdesk')
        .execute(),
    ).toEqual([]);
  });
});

describe('session lifetime (a clock moved by hand)', () => {
  it('ends a session after 15 minutes without a request, and keeps it alive while used', async () => {
    const browser = new Browser(stack.origin);
    await browser.signIn('frontdesk');
    clock.advance(14 * MINUTE);
    expect((await browser.fetch('/api/eden/facilities/')).status).toBe(200);
    clock.advance(14 * MINUTE);
    expect((await browser.fetch('/api/eden/facilities/')).status).toBe(200);
    clock.advance(15 * MINUTE);
    const ended = await browser.fetch('/api/eden/facilities/');
    expect(ended.status).toBe(401);
    expect(await ended.json()).toMatchObject({ error: 'signed-out', reason: 'idle' });
    expect((await browser.fetch('/api/eden/facilities/')).status).toBe(401);
  });

  it('does not count the session probe or the event stream as activity', async () => {
    const browser = new Browser(stack.origin);
    await browser.signIn('frontdesk');
    clock.advance(7 * MINUTE);
    expect((await browser.fetch('/api/gateway/session')).status).toBe(200);
    clock.advance(7 * MINUTE);
    expect((await browser.fetch('/api/gateway/session')).status).toBe(200);
    clock.advance(MINUTE);
    expect((await browser.fetch('/api/eden/facilities/')).status).toBe(401);
  });

  it('ends a session 12 hours after sign-in however busy it is', async () => {
    const browser = new Browser(stack.origin);
    await browser.signIn('frontdesk');
    // Every 10 minutes for 11 h 50 min, then 11 h 59 min: still in.
    for (let step = 1; step <= 71; step++) {
      clock.advance(10 * MINUTE);
      const answer = await browser.fetch('/api/eden/facilities/');
      expect(answer.status, `${step * 10} min`).toBe(200);
    }
    clock.advance(9 * MINUTE);
    expect((await browser.fetch('/api/eden/facilities/')).status).toBe(200);
    clock.advance(MINUTE);
    const ended = await browser.fetch('/api/eden/facilities/');
    expect(ended.status).toBe(401);
    expect(await ended.json()).toMatchObject({ reason: 'absolute' });
  });
});

describe('CSRF and roles', () => {
  it('refuses a write without the session’s CSRF token, with a wrong one, or from another origin', async () => {
    const browser = new Browser(stack.origin);
    await browser.signIn('frontdesk');
    const write = (headers: Record<string, string>, csrf = true) =>
      browser.fetch('/api/impilo/api/v3/patient', {
        method: 'POST',
        csrf,
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ firstName: 'Ana', lastName: 'López' }),
      });
    const posts = () => stack.vendors.received.filter((r) => r.method === 'POST').length;
    const before = posts();
    expect((await write({}, false)).status).toBe(403);
    expect((await write({ 'x-csrf-token': 'forged' })).status).toBe(403);
    expect((await write({ origin: 'https://evil.example' })).status).toBe(403);
    expect((await write({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect(posts()).toBe(before);
    expect((await write({})).status).toBe(201);
    expect(posts()).toBe(before + 1);
    // Sign-out is a write too.
    expect((await browser.fetch('/auth/logout', { method: 'POST', csrf: false })).status).toBe(403);
  });

  it('keeps Admin’s endpoints and the vendors’ webhook and report settings for admins', async () => {
    const desk = new Browser(stack.origin);
    await desk.signIn('frontdesk');
    const admin = new Browser(stack.origin);
    await admin.signIn('admin');
    for (const path of [
      '/api/gateway/audit',
      '/api/gateway/deliveries',
      '/api/gateway/integrations',
      '/api/solo/qapi/v1/webhooks',
      '/api/impilo/api/v3/webhook',
    ]) {
      expect((await desk.fetch(path)).status, path).toBe(403);
      expect((await admin.fetch(path)).status, path).toBe(200);
    }
    const settings = { facilityZones: { 'HOSP-01': 'America/Mexico_City' }, idleLockMinutes: 15 };
    const put = (b: Browser) =>
      b.fetch('/api/gateway/settings', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(settings),
      });
    expect((await put(desk)).status).toBe(403);
    expect((await put(admin)).status).toBe(200);
    // The day agenda reads Solo's CSV data dump: every role may GET it; the encounter reports stay admins'.
    const dump = '/api/solo/qapi/v1/reports/csv-data-dump?from=2026-12-01&to=2026-12-01';
    expect((await desk.fetch(dump)).status).toBe(200);
    expect((await desk.fetch('/api/solo/qapi/v1/encounter-report/1')).status).toBe(403);
    // Everyone reads the settings (the schedule needs the facility zones).
    expect(await (await desk.fetch('/api/gateway/settings')).json()).toMatchObject(settings);
  });
});
