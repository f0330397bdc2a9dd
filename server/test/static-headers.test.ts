import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, type Stack, startStack } from './harness';

let stack: Stack;
let staff: Browser;

beforeAll(async () => {
  stack = await startStack();
  staff = new Browser(stack.origin);
  expect((await staff.signIn('frontdesk')).status).toBe(200);
});
afterAll(() => stack.close());

const directives = (csp: string) =>
  Object.fromEntries(
    csp.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  ) as Record<string, string[]>;

describe('the served production build', () => {
  it('sends a strict CSP and the security headers on the app', async () => {
    const response = await staff.fetch('/orders');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('strict-transport-security')).toBeNull(); // plain HTTP, no trusted proxy
    const csp = directives(response.headers.get('content-security-policy') ?? '');
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['script-src']).toEqual([
      "'self'",
      'https://www.postdicom.com/cloud-api/PostDicomCloudApi.min.v10.8.js',
    ]);
    expect(csp['script-src']).not.toContain("'unsafe-inline'");
    expect(csp['script-src']).not.toContain("'unsafe-eval'");
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-src']).toEqual(['https://www.postdicom.com', 'https://demo.visitnow.org']);
    expect(csp['connect-src']).toEqual(["'self'", 'https://www.postdicom.com']);
    // Nothing wider than the named hosts.
    expect(
      Object.values(csp)
        .flat()
        .some((value) => value.includes('*')),
    ).toBe(false);
  });

  it('serves hashed assets immutable, and a missing asset as a 404, not the app', async () => {
    const asset = await staff.fetch('/assets/index-Abc123xy.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    const missing = await staff.fetch('/assets/index-Gone0000.js');
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<div id="root">');
    expect(missing.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('does not serve build metadata or dotfiles', async () => {
    for (const path of [
      '/.vite/manifest.json',
      '/.vite/',
      '/%2evite/manifest.json',
      '/assets/../.vite/manifest.json',
    ]) {
      const response = await staff.fetch(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('index-Abc123xy');
    }
  });

  it('serves the app for app routes (SPA fallback), other files no-cache, unknown API paths as JSON 404', async () => {
    for (const path of ['/', '/patients', '/orders/123', '/admin/audit?user=x']) {
      const response = await staff.fetch(path);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toContain('<div id="root">');
    }
    const favicon = await staff.fetch('/favicon.svg');
    expect(favicon.headers.get('cache-control')).toBe('no-cache');
    const api = await staff.fetch('/api/nothing-here');
    expect(api.status).toBe(404);
    expect(await api.json()).toEqual({ error: 'not-found' });
  });

  it('names a page’s first-paint chunks in its HTML, as the build lists them, and only safe asset names', async () => {
    const orders = await (await staff.fetch('/orders')).text();
    const links = '<link rel="modulepreload" crossorigin href="/assets/index-Abc123xy.js"></head>';
    expect(orders).toContain(links);
    expect(orders.match(/modulepreload/g)).toHaveLength(1); // the other two names are refused
    expect(await (await staff.fetch('/orders/')).text()).toContain(links);
    for (const path of ['/patients', '/orders/123', '/'])
      expect(await (await staff.fetch(path)).text(), path).not.toContain('modulepreload');
  });

  it('sends an app navigation without a session to sign-in', async () => {
    const anonymous = new Browser(stack.origin);
    const response = await anonymous.fetch('/orders?status=NEW');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/auth/login?returnTo=%2Forders%3Fstatus%3DNEW');
  });

  it('answers health and readiness', async () => {
    expect(await (await staff.fetch('/healthz')).json()).toEqual({ ok: true });
    const ready = await staff.fetch('/readyz');
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { ready: boolean }).ready).toBe(true);
  });
});

describe('behind the TLS proxy', () => {
  it('sends HSTS only when the trusted proxy says https', async () => {
    const behind = await startStack({ env: { TRUST_PROXY: '127.0.0.1' } });
    try {
      const viaTls = await fetch(`${behind.origin}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(viaTls.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
      const plain = await fetch(`${behind.origin}/healthz`);
      expect(plain.headers.get('strict-transport-security')).toBeNull();
    } finally {
      await behind.close();
    }
    // Not trusted: the header is ignored.
    const spoofed = await fetch(`${stack.origin}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(spoofed.headers.get('strict-transport-security')).toBeNull();
  });
});
