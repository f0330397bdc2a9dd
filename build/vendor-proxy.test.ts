// @vitest-environment node

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Logger, preview, type ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { server as mswServer } from '../mocks/node';
import { requestSoloContextLink } from '../src/api/solo/context-links';
import type { SoloContextLink } from '../src/api/solo/linking';
import { decryptSoloPayload } from '../src/lib/crypto/solo-cipher';
import { createSoloContextLinkHandler, proxyHeadersFor } from './vendor-proxy';

/**
 * The live-mode proxy as it runs: the project's own vite.config.ts in live mode (`CONSOLE_API_MODE=live`,
 * what `npm run dev` serves), over HTTP, in front of a local upstream that records every request it
 * receives. Requests are sent with node:http, byte for byte as written (no client-side normalisation).
 */

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const received: Received[] = [];
const logged: string[] = [];
let upstream: Server;
let upstreamUrl = '';
let vite: ViteDevServer;
let origin = '';
const savedEnv = { ...process.env };
const LINK_SECRET = 'dev-proxy-link-secret';

/** Answers every request with what it received, plus headers a vendor might send and the browser must not get. */
function startUpstream(): Promise<void> {
  upstream = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.writeHead(req.url?.includes('rate-limited') ? 429 : 200, {
        'Content-Type': 'application/json',
        'Set-Cookie': 'vendor_session=abc; Path=/; HttpOnly',
        'Access-Control-Allow-Origin': '*',
        'WWW-Authenticate': 'Basic realm="vendor"',
        'X-Powered-By': 'VendorServer',
        'Retry-After': '7',
        'Content-Disposition': 'attachment; filename="report.zip"',
      });
      res.end(JSON.stringify({ ok: true, url: req.url }));
    });
  });
  return new Promise((resolve) => {
    upstream.listen(0, '127.0.0.1', () => {
      upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
      resolve();
    });
  });
}

function captureLogger(): Logger {
  const record = (msg: string) => void logged.push(msg);
  return {
    info: record,
    warn: record,
    warnOnce: record,
    error: record,
    clearScreen: () => {},
    hasErrorLogged: () => false,
    hasWarned: false,
  };
}

beforeAll(async () => {
  // Real sockets here: msw (listening for every test file, src/test/setup.ts) would intercept them.
  mswServer.close();
  await startUpstream();
  // A closed port: what a vendor that is down looks like.
  const closed = createHttpServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
  const closedPort = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  Object.assign(process.env, {
    CONSOLE_API_MODE: 'live',
    EDEN_BASE_URL: `${upstreamUrl}/eden-base`,
    EDEN_AUTHORIZATION: 'Token eden-secret',
    SOLO_BASE_URL: `http://127.0.0.1:${closedPort}`,
    SOLO_API_KEY: 'solo-secret',
    SCAN_BASE_URL: upstreamUrl,
    SCAN_CLIENT_ID: 'client',
    SCAN_CLIENT_SECRET: 'shh',
    IMPILO_BASE_URL: '',
    IMPILO_API_KEY: '',
    POSTDICOM_API_KEY: 'pd-api-key',
    POSTDICOM_ACCOUNT_KEY: 'pd-account-key',
    POSTDICOM_LIBRARY_URL: 'https://cdn.example/PostDicomCloudApi.js',
    SOLO_CONTEXT_LINK_SECRET: LINK_SECRET,
    SOLO_LINK_BASE_URL: 'https://cat.visitnow.org',
  });
  vite = await createServer({
    configFile: 'vite.config.ts',
    mode: 'development',
    customLogger: captureLogger(),
    server: { port: 0, strictPort: false, host: '127.0.0.1', ws: false, watch: null },
  });
  await vite.listen();
  const address = vite.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('The dev server is not listening.');
  origin = `http://127.0.0.1:${address.port}`;
}, 60_000);

afterAll(async () => {
  await vite?.close();
  await new Promise<void>((resolve) => upstream?.close(() => resolve()));
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
});

afterEach(() => {
  received.length = 0;
  logged.length = 0;
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Sends `path` exactly as written, to the dev server unless `to` names another. */
function send(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body = '',
  to = origin,
): Promise<Answer> {
  const url = new URL(to);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        agent: false,
        method,
        path,
        headers: { ...headers, 'Content-Length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** What a same-origin fetch from the console's own page sends. */
const sameOrigin = () => ({ Origin: origin, 'Sec-Fetch-Site': 'same-origin', 'Sec-Fetch-Mode': 'cors' });

describe('the live-mode proxy over HTTP: origin', () => {
  it('forwards a same-origin call with the vendor credential, and no CORS header', async () => {
    const answer = await send('GET', '/api/eden/orders/?start_date=2026-03-01', sameOrigin());
    expect(answer.status).toBe(200);
    expect(received).toHaveLength(1);
    expect(received[0]?.url).toBe('/eden-base/orders/?start_date=2026-03-01');
    expect(received[0]?.headers.authorization).toBe('Token eden-secret');
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it.each([
    ['another localhost port', { Origin: 'http://localhost:3000', 'Sec-Fetch-Site': 'same-site' }],
    ['a *.localhost origin', { Origin: 'http://evil.localhost:5173', 'Sec-Fetch-Site': 'same-site' }],
    ['127.0.0.1 on another port', { Origin: 'http://127.0.0.1:1', 'Sec-Fetch-Site': 'same-site' }],
    ['a site elsewhere', { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }],
    ['an opaque origin', { Origin: 'null' }],
    ['Sec-Fetch-Site alone', { 'Sec-Fetch-Site': 'cross-site' }],
  ])('refuses a vendor call from %s, before it reaches the vendor', async (_what, headers) => {
    for (const [method, path] of [
      ['GET', '/api/eden/orders/?start_date=2026-03-01'],
      ['POST', '/api/scan/api/v1/users'],
    ] as const) {
      const answer = await send(method, path, headers, method === 'POST' ? '{}' : '');
      expect(answer.status, path).toBe(403);
      expect(answer.headers['access-control-allow-origin'], path).toBeUndefined();
    }
    expect(received).toEqual([]);
  });

  it('hands the PostDICOM keys to the console’s own page only', async () => {
    const own = await send('GET', '/api/postdicom/config', sameOrigin());
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body)).toMatchObject({ apiKey: 'pd-api-key', accountKey: 'pd-account-key' });
    expect(own.headers['cache-control']).toBe('no-store');
    const others: Record<string, string>[] = [
      { Origin: 'http://localhost:3000', 'Sec-Fetch-Site': 'same-site' },
      { 'Sec-Fetch-Site': 'cross-site' },
    ];
    for (const headers of others) {
      const other = await send('GET', '/api/postdicom/config', headers);
      expect(other.status).toBe(403);
      expect(other.body).not.toContain('pd-api-key');
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('answers no CORS preflight', async () => {
    const answer = await send('OPTIONS', '/api/eden/orders/', {
      Origin: 'http://localhost:3000',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
    });
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect(answer.headers['access-control-allow-methods']).toBeUndefined();
    expect(answer.status).toBe(403);
    expect(received).toEqual([]);
  });
});

describe('the live-mode proxy over HTTP: Scan.com client credentials', () => {
  const basic = `Basic ${Buffer.from('client:shh').toString('base64')}`;

  it('go on the real user creation, POST /api/v1/users', async () => {
    await send(
      'POST',
      '/api/scan/api/v1/users',
      { ...sameOrigin(), 'Content-Type': 'application/json' },
      '{}',
    );
    expect(received.map((r) => [r.method, r.url, r.headers.authorization])).toEqual([
      ['POST', '/api/v1/users', basic],
    ]);
  });

  it('go nowhere else: not on a doubled prefix, not on a GET, not on the refresh', async () => {
    await send('POST', '/api/scan/api/scan/api/v1/users', sameOrigin(), '{}');
    await send('GET', '/api/scan/api/v1/users', sameOrigin());
    await send('POST', '/api/scan/api/v1/users/refresh_token', sameOrigin(), '{}');
    expect(received.map((r) => [r.url, r.headers.authorization])).toEqual([
      ['/api/scan/api/v1/users', undefined],
      ['/api/v1/users', undefined],
      ['/api/v1/users/refresh_token', undefined],
    ]);
  });

  it('leave the user’s Bearer token alone on other calls', async () => {
    await send('GET', '/api/scan/api/v1/referrals', { ...sameOrigin(), Authorization: 'Bearer user-token' });
    expect(received[0]?.headers.authorization).toBe('Bearer user-token');
  });
});

describe('the live-mode proxy over HTTP: paths', () => {
  it.each([
    '/api/eden/../solo/qapi/v1/patients/1',
    '/api/eden/orders/../../scan/api/v1/users',
    '/api/eden/%2e%2e/scan/api/v1/users',
    '/api/eden/%2E%2E/scan/api/v1/users',
    '/api/eden/..%2fscan/api/v1/users',
    '/api/eden/..%2Fscan%2Fapi%2Fv1%2Fusers',
    '/api/eden/orders/%2e%2e%2f%2e%2e%2fadmin',
    '/api/eden/orders/%252e%252e/admin',
    '/api/eden/orders/..;/admin',
    '/api/eden/orders/.%2e/admin',
    '/api/eden/orders/./list',
    '/api/eden/orders\\..\\admin',
    '/api/scan/api/v1/users/..',
    '/api/eden/orders/%zz',
  ])('refuses %s before it reaches a vendor', async (path) => {
    const answer = await send('POST', path, sameOrigin(), '{}');
    expect(answer.status).toBe(400);
    expect(received).toEqual([]);
  });

  it('forwards an ordinary path and its query as sent', async () => {
    await send(
      'GET',
      '/api/eden/orders/3f2c/?modality=CT&modality=MR&patient=Ana%20Mar%C3%ADa',
      sameOrigin(),
    );
    expect(received[0]?.url).toBe('/eden-base/orders/3f2c/?modality=CT&modality=MR&patient=Ana%20Mar%C3%ADa');
  });

  it('says so when a vendor is not configured, instead of serving the page', async () => {
    const answer = await send('GET', '/api/impilo/api/v3/order', sameOrigin());
    expect(answer.status).toBe(503);
    expect(answer.headers['content-type']).toContain('application/json');
    expect(JSON.parse(answer.body).message).toContain('IMPILO_BASE_URL');
  });
});

describe('the live-mode proxy over HTTP: headers', () => {
  it('forwards only what the vendor needs', async () => {
    await send(
      'POST',
      '/api/eden/orders/',
      {
        ...sameOrigin(),
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Referer: `${origin}/orders/new?patient=Jane+Doe`,
        Cookie: 'console=1',
        'X-Forwarded-Host': 'evil.example',
        'X-Forwarded-For': '10.0.0.1',
        'X-Custom': 'x',
        'User-Agent': 'Mozilla/5.0 (the browser)',
        Authorization: 'Bearer from-the-browser',
      },
      '{"folio":"ACC-1"}',
    );
    const [sent] = received;
    expect(sent?.body).toBe('{"folio":"ACC-1"}');
    expect(sent?.headers['content-type']).toBe('application/json');
    expect(sent?.headers.accept).toBe('application/json');
    expect(sent?.headers.authorization).toBe('Token eden-secret');
    expect(sent?.headers.host).toBe(new URL(upstreamUrl).host);
    for (const name of [
      'origin',
      'referer',
      'cookie',
      'x-forwarded-host',
      'x-forwarded-for',
      'x-forwarded-proto',
      'x-custom',
      'sec-fetch-site',
      'sec-fetch-mode',
    ]) {
      expect(sent?.headers[name], name).toBeUndefined();
    }
    expect(sent?.headers['user-agent']).not.toContain('Mozilla');
  });

  it('hands the browser only what it needs from the vendor’s answer', async () => {
    const answer = await send('GET', '/api/scan/api/v1/rate-limited', sameOrigin());
    expect(answer.status).toBe(429);
    expect(answer.headers['content-type']).toBe('application/json');
    expect(answer.headers['retry-after']).toBe('7');
    expect(answer.headers['content-disposition']).toBe('attachment; filename="report.zip"');
    for (const name of ['set-cookie', 'access-control-allow-origin', 'www-authenticate', 'x-powered-by']) {
      expect(answer.headers[name], name).toBeUndefined();
    }
  });
});

describe('the live-mode proxy over HTTP: errors', () => {
  it('answers 502 when the vendor is down, and logs no query string and no body', async () => {
    const answer = await send(
      'POST',
      '/api/solo/qapi/v1/patients?patient=Jane+Doe&mrn=MRN-123',
      { ...sameOrigin(), 'Content-Type': 'application/json' },
      '{"name":"Jane Doe","dob":"1980-01-01"}',
    );
    expect(answer.status).toBe(502);
    expect(answer.body).not.toContain('Jane');
    expect(logged.join('\n')).toContain('/qapi/v1/patients');
    for (const secret of ['Jane', 'MRN-123', 'patient=', '?', '1980-01-01', 'solo-secret']) {
      expect(logged.join('\n'), secret).not.toContain(secret);
    }
  });
});

describe('the live-mode proxy over HTTP: Solo context links (POST /api/solo/context-link)', () => {
  const context: SoloContextLink = {
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
  const json = () => ({ ...sameOrigin(), 'Content-Type': 'application/json' });
  const body = (value: unknown) => JSON.stringify(value);

  it('encrypts with the server-side secret: the link decrypts back to exactly the JSON sent', async () => {
    const answer = await send('POST', '/api/solo/context-link', json(), body(context));
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    const { url } = JSON.parse(answer.body) as { url: string };
    expect(url.startsWith('https://cat.visitnow.org/integrations/linking?arg=')).toBe(true);
    expect(url).not.toContain(LINK_SECRET);
    const arg = new URL(url).searchParams.get('arg') ?? '';
    expect(JSON.parse(await decryptSoloPayload(arg, LINK_SECRET))).toEqual(context);
    // Answered here: nothing went to Solo (whose base URL is a closed port in this test).
    expect(received).toEqual([]);
  }, 60_000);

  it('serves the browser’s own seam (src/api/solo/context-links.ts), as the gateway does', async () => {
    // The page's address and a same-origin fetch, as in the console (server/test/context-link-seam.test.ts
    // runs the same function against the gateway's route).
    const realFetch = globalThis.fetch;
    Object.defineProperty(globalThis, 'location', {
      value: { href: `${origin}/sharing` },
      configurable: true,
    });
    globalThis.fetch = ((input: string | URL, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      for (const [name, value] of Object.entries(sameOrigin())) headers.set(name, value);
      return realFetch(input, { ...init, headers });
    }) as typeof fetch;
    try {
      const url = await requestSoloContextLink(context);
      const arg = new URL(url).searchParams.get('arg') ?? '';
      expect(await decryptSoloPayload(arg, LINK_SECRET)).toBe(JSON.stringify(context));
    } finally {
      globalThis.fetch = realFetch;
      Reflect.deleteProperty(globalThis, 'location');
    }
  }, 60_000);

  it('refuses a body off the documented schema with its issues by field, and a non-JSON body', async () => {
    const bad = await send(
      'POST',
      '/api/solo/context-link',
      json(),
      body({ ...context, type: 'janitor', patient: { ...context.patient, dob: '12/04/1990' } }),
    );
    expect(bad.status).toBe(400);
    const answer = JSON.parse(bad.body) as { error: string; issues: { path: string }[] };
    expect(answer.error).toBe('invalid');
    expect(answer.issues.map((i) => i.path)).toEqual(['type', 'patient.dob']);
    expect((await send('POST', '/api/solo/context-link', json(), '{not json')).status).toBe(400);
  }, 60_000);

  it('serves the console’s own page only, and POST only', async () => {
    const other = { Origin: 'http://localhost:3000', 'Sec-Fetch-Site': 'same-site' };
    const refused = await send('POST', '/api/solo/context-link', other, body(context));
    expect(refused.status).toBe(403);
    expect(refused.body).not.toContain('linking');
    expect((await send('GET', '/api/solo/context-link', sameOrigin())).status).toBe(405);
  });

  it('answers 503 when the server has no secret', async () => {
    const handler = createSoloContextLinkHandler({});
    const bare = createHttpServer((req, res) => void handler(req, res, () => res.end('next')));
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', () => resolve()));
    try {
      const port = (bare.address() as AddressInfo).port;
      const answer = await send(
        'POST',
        '/api/solo/context-link',
        json(),
        body(context),
        `http://127.0.0.1:${port}`,
      );
      expect(answer.status).toBe(503);
      expect(JSON.parse(answer.body).error.message).toContain('secret');
    } finally {
      await new Promise<void>((resolve) => bare.close(() => resolve()));
    }
  });
});

describe('the preview server (`npm run build && npm run preview`)', () => {
  it('runs the same proxy, without CORS', { timeout: 60_000 }, async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'console-preview-'));
    writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>console</title>');
    const server = await preview({
      configFile: 'vite.config.ts',
      customLogger: captureLogger(),
      build: { outDir },
      preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    });
    try {
      const address = server.httpServer.address();
      if (!address || typeof address === 'string') throw new Error('The preview server is not listening.');
      const own = `http://127.0.0.1:${address.port}`;
      const other = { Origin: 'http://localhost:3000', 'Sec-Fetch-Site': 'same-site' };
      const refused = await send('GET', '/api/postdicom/config', other, '', own);
      expect(refused.status).toBe(403);
      expect(refused.headers['access-control-allow-origin']).toBeUndefined();
      const forwarded = await send('GET', '/api/eden/orders/?x=1', { Origin: own }, '', own);
      expect(forwarded.status).toBe(200);
      expect(received.map((r) => [r.url, r.headers.authorization])).toEqual([
        ['/eden-base/orders/?x=1', 'Token eden-secret'],
      ]);
    } finally {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

describe('proxyHeadersFor (the rule table)', () => {
  const env = {
    EDEN_AUTHORIZATION: 'Token eden-secret',
    SOLO_API_KEY: 'solo-secret',
    SCAN_CLIENT_ID: 'client',
    SCAN_CLIENT_SECRET: 'shh',
    IMPILO_API_KEY: 'impilo-secret',
  };

  it('adds each vendor’s credential header from server-side variables, and nothing when one is missing', () => {
    expect(proxyHeadersFor('eden', env, 'POST', '/orders/')).toEqual({ Authorization: 'Token eden-secret' });
    expect(proxyHeadersFor('solo', env, 'GET', '/qapi/v1/patients/1')).toEqual({ 'Api-Key': 'solo-secret' });
    expect(proxyHeadersFor('impilo', env, 'GET', '/api/v3/order/1')).toEqual({
      'Impilo-API-Key': 'impilo-secret',
    });
    expect(proxyHeadersFor('solo', {}, 'GET', '/qapi/v1/patients/1')).toEqual({});
  });
});
