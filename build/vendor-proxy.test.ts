// @vitest-environment node
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bypass } from 'msw';
import { describe, expect, it } from 'vitest';
import { decryptSoloPayload } from '../src/lib/crypto/solo-cipher';
import { buildVendorProxy, createSoloContextLinkHandler, proxyHeadersFor } from './vendor-proxy';

const env = {
  EDEN_BASE_URL: 'https://eden.example/api',
  EDEN_AUTHORIZATION: 'Token eden-secret',
  SOLO_BASE_URL: 'https://solo.example',
  SOLO_API_KEY: 'solo-secret',
  SCAN_BASE_URL: 'https://scan.example',
  SCAN_CLIENT_ID: 'client',
  SCAN_CLIENT_SECRET: 'shh',
  IMPILO_API_KEY: 'impilo-secret',
};

describe('live-mode vendor proxy', () => {
  it('adds each vendor’s credential header from server-side variables', () => {
    expect(proxyHeadersFor('eden', env, 'POST', '/orders/')).toEqual({ Authorization: 'Token eden-secret' });
    expect(proxyHeadersFor('solo', env, 'GET', '/qapi/v1/patients/1')).toEqual({ 'Api-Key': 'solo-secret' });
    expect(proxyHeadersFor('impilo', env, 'GET', '/api/v3/order/1')).toEqual({
      'Impilo-API-Key': 'impilo-secret',
    });
  });

  it('sends Scan.com client credentials only with user creation', () => {
    expect(proxyHeadersFor('scan', env, 'post', '/api/v1/users')).toEqual({
      Authorization: `Basic ${Buffer.from('client:shh').toString('base64')}`,
    });
    expect(proxyHeadersFor('scan', env, 'GET', '/api/v1/referrals')).toEqual({});
    expect(proxyHeadersFor('scan', env, 'GET', '/api/v1/users')).toEqual({});
  });

  it('adds nothing when a credential is not configured', () => {
    expect(proxyHeadersFor('solo', {}, 'GET', '/qapi/v1/patients/1')).toEqual({});
  });

  it('proxies only the vendors that have a base URL, rewriting /api/<vendor> away', () => {
    const proxy = buildVendorProxy(env);
    expect(Object.keys(proxy).sort()).toEqual(['/api/eden', '/api/scan', '/api/solo']);
    expect(proxy['/api/eden']?.target).toBe('https://eden.example/api');
    expect(proxy['/api/solo']?.rewrite?.('/api/solo/qapi/v1/patients/1')).toBe('/qapi/v1/patients/1');
  });
});

describe('live-mode Solo context links (POST /api/solo/context-link)', () => {
  const secret = 'dev-proxy-link-secret';
  const context = {
    user: 'recepcion',
    type: 'provider',
    visit: '3110042',
    date: 1_773_151_200,
    patient: {
      id: 'EXT-000042',
      sex: 'female',
      dob: '1990-04-12',
      firstName: 'María José',
      lastName: 'Núñez Ødegård',
    },
  };

  async function serve(env: Record<string, string | undefined>) {
    const handler = createSoloContextLinkHandler(env);
    const server = createServer((req, res) =>
      handler(req, res, () => {
        res.statusCode = 404;
        res.end('next');
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // `bypass`: straight to this server, past the unit tests' msw (which answers /api/solo/* itself).
    const send = (path: string, init?: RequestInit) =>
      fetch(bypass(new Request(`http://127.0.0.1:${port}${path}`, init)));
    const post = (body: string, path = '/api/solo/context-link') =>
      send(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    return { post, send, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  it('encrypts with the server-side secret: the link decrypts back to exactly the JSON sent', async () => {
    const http = await serve({
      SOLO_CONTEXT_LINK_SECRET: secret,
      SOLO_LINK_BASE_URL: 'https://cat.visitnow.org',
    });
    try {
      const response = await http.post(JSON.stringify(context));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const { url } = (await response.json()) as { url: string };
      expect(url.startsWith('https://cat.visitnow.org/integrations/linking?arg=')).toBe(true);
      expect(url).not.toContain(secret);
      const arg = new URL(url).searchParams.get('arg') ?? '';
      expect(JSON.parse(await decryptSoloPayload(arg, secret))).toEqual(context);
    } finally {
      await http.close();
    }
  }, 60_000);

  it('refuses a body off the documented schema with its issues by field, and a non-JSON body', async () => {
    const http = await serve({ SOLO_CONTEXT_LINK_SECRET: secret });
    try {
      const bad = await http.post(
        JSON.stringify({ ...context, type: 'janitor', patient: { ...context.patient, dob: '12/04/1990' } }),
      );
      expect(bad.status).toBe(400);
      const body = (await bad.json()) as { error: string; issues: { path: string }[] };
      expect(body.error).toBe('invalid');
      expect(body.issues.map((i) => i.path)).toEqual(['type', 'patient.dob']);
      expect((await http.post('{not json')).status).toBe(400);
    } finally {
      await http.close();
    }
  }, 60_000);

  it('answers 503 without a secret, 405 to other methods, and leaves other paths to the proxy', async () => {
    const http = await serve({});
    try {
      expect((await http.post(JSON.stringify(context))).status).toBe(503);
      const get = await http.send('/api/solo/context-link');
      expect(get.status).toBe(405);
      const other = await http.post('{}', '/api/solo/qapi/v1/patients');
      expect(await other.text()).toBe('next');
    } finally {
      await http.close();
    }
  });
});
