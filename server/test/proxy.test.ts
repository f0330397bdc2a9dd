import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Browser, type Stack, startStack, testCredentials } from './harness';

let stack: Stack;
let desk: Browser;

beforeAll(async () => {
  stack = await startStack();
  desk = new Browser(stack.origin);
  expect((await desk.signIn('frontdesk')).status).toBe(200);
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.vendors.control.reset();
  stack.vendors.received.length = 0;
});

const credentialValues = Object.values(testCredentials);
const basic = `Basic ${Buffer.from(`${testCredentials.SCAN_CLIENT_ID}:${testCredentials.SCAN_CLIENT_SECRET}`).toString('base64')}`;

/** Sends a request target exactly as written (fetch would normalise `..` away). */
function rawRequest(
  origin: string,
  target: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, path: target, method: 'GET', headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function expectNoCredentialIn(text: string) {
  for (const value of [...credentialValues, basic.slice(6)]) expect(text).not.toContain(value);
}

describe('the vendor proxy', () => {
  it('adds each vendor’s credential upstream, and none reaches the browser or the log', async () => {
    const calls = [
      {
        path: '/api/eden/orders/?start_date=2026-11-01&end_date=2026-11-20&patient_identifier=PAT-77',
        header: 'authorization',
        value: testCredentials.EDEN_AUTHORIZATION,
      },
      { path: '/api/solo/qapi/v1/patients/1', header: 'api-key', value: testCredentials.SOLO_API_KEY },
      {
        path: '/api/impilo/api/v3/order?page=0&size=2',
        header: 'impilo-api-key',
        value: testCredentials.IMPILO_API_KEY,
      },
    ];
    for (const call of calls) {
      const response = await desk.fetch(call.path, {
        headers: { cookie: 'tracker=1', authorization: 'Bearer from-the-browser' },
      });
      expect(response.status, call.path).toBeLessThan(500);
      const text = await response.text();
      expectNoCredentialIn(text);
      expectNoCredentialIn(JSON.stringify([...response.headers]));
      const upstream = stack.vendors.received.at(-1);
      expect(upstream?.headers[call.header], call.path).toBe(call.value);
      expect(upstream?.headers.cookie).toBeUndefined();
      expect(upstream?.headers.origin).toBeUndefined();
    }
    await stack.gateway.ctx.audit.flush();
    const log = stack.logs.join('\n');
    expectNoCredentialIn(log);
    expect(log).not.toContain('PAT-77');
    expect(log).not.toContain('start_date');
    expect(log).not.toContain('from-the-browser');
  });

  it('holds Scan.com tokens: Basic only on user creation, the real Bearer upstream, placeholders for the browser', async () => {
    const created = await desk.fetch('/api/scan/api/v1/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        first_name: 'Rosa',
        last_name: 'Desk',
        email: 'rosa@hospital.test',
        marketing_opt_in: false,
      }),
    });
    expect(created.status).toBeLessThan(300);
    const answer = (await created.json()) as { data: { access_token: string; refresh_token: string } };
    expect(answer.data).toMatchObject({ access_token: 'held-by-gateway', refresh_token: 'held-by-gateway' });
    expect(stack.vendors.received.at(-1)?.headers.authorization).toBe(basic);

    const list = await desk.fetch('/api/scan/api/v1/referrals', {
      headers: { authorization: 'Bearer held-by-gateway' },
    });
    expect(list.status).toBe(200);
    const bearer = String(stack.vendors.received.at(-1)?.headers.authorization);
    expect(bearer).toMatch(/^Bearer /);
    expect(bearer).not.toContain('held-by-gateway');
    expect(await list.text()).not.toContain(bearer.slice(7));

    // The tokens are sealed at rest: the database holds no token text.
    const rows = await stack.gateway.ctx.db.selectFrom('scan_users').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(bearer.slice(7));

    // Creating the user again keeps the same Scan.com user (its referrals stay visible): no upstream call.
    const before = stack.vendors.received.length;
    const again = await desk.fetch('/api/scan/api/v1/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ first_name: 'Rosa', last_name: 'Desk', email: 'rosa@hospital.test' }),
    });
    expect(again.status).toBe(200);
    expect(stack.vendors.received.length).toBe(before);
  });

  it('refreshes Scan.com tokens once for 12 parallel requests that meet a 401', async () => {
    await desk.fetch('/api/scan/api/v1/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ first_name: 'Rosa', last_name: 'Desk', email: 'rosa2@hospital.test' }),
    });
    // The fake Scan.com forgot the user (reset); a new staff member starts from nothing.
    const scheduler = new Browser(stack.origin);
    await scheduler.signIn('scheduler');
    const made = await scheduler.fetch('/api/scan/api/v1/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ first_name: 'Sam', last_name: 'Slots', email: 'sam@hospital.test' }),
    });
    expect(made.status).toBeLessThan(300);
    stack.vendors.control.scan.expireTokens();
    const refreshesBefore = stack.vendors.control.scan.refreshCalls();
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => scheduler.fetch('/api/scan/api/v1/referrals')),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200));
    expect(stack.vendors.control.scan.refreshCalls() - refreshesBefore).toBe(1);
    // The browser's own refresh learns the session is alive, and sends nothing upstream.
    const refreshed = await scheduler.fetch('/api/scan/api/v1/users/refresh_token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refresh_token: 'held-by-gateway' }),
    });
    expect(refreshed.status).toBe(200);
    expect(stack.vendors.control.scan.refreshCalls() - refreshesBefore).toBe(1);
  });

  it('refuses every path that tries to leave the vendor’s base, and sends nothing upstream', async () => {
    const cookie = `console_session=${'x'}`;
    const attempts = [
      '/api/eden/../solo/qapi/v1/patients/1',
      '/api/eden/orders/../../solo/qapi/v1/patients/1',
      '/api/eden/%2e%2e/solo/qapi/v1/patients/1',
      '/api/eden/.%2E/solo',
      '/api/eden/%2E./solo',
      '/api/eden/..%2fsolo%2fqapi',
      '/api/eden/orders%2F..%2F..%2Fsolo',
      '/api/eden/orders%5c..%5csolo',
      '/api/eden/orders\\..\\solo',
      '/api/eden//evil.example/steal',
      '/api/eden/https://evil.example/steal',
      '/api/eden/http:%2f%2fevil.example',
      '/api/eden/%252e%252e/solo',
      '/api/eden/orders/%00',
      '/api/eden/./orders/',
    ];
    const session = (await desk.fetch('/api/gateway/session')).ok;
    expect(session).toBe(true);
    const sessionCookie = (desk as unknown as { cookieHeader(url: URL): string }).cookieHeader(
      new URL(stack.origin),
    );
    for (const target of attempts) {
      const answer = await rawRequest(stack.origin, target, { cookie: sessionCookie || cookie });
      expect([400, 404], target).toContain(answer.status);
    }
    // An absolute-form request target (a proxy request) is no vendor call either.
    const absolute = await rawRequest(stack.origin, 'http://evil.example/api/eden/orders/', {
      cookie: sessionCookie,
    });
    expect([400, 404]).toContain(absolute.status);
    expect(stack.vendors.received).toHaveLength(0);
  });

  it('needs a signed-in staff member', async () => {
    const anonymous = new Browser(stack.origin);
    const answer = await anonymous.fetch('/api/eden/facilities/');
    expect(answer.status).toBe(401);
    expect(await answer.json()).toMatchObject({ error: 'signed-out' });
    expect(stack.vendors.received).toHaveLength(0);
  });

  it('answers 504 when the vendor never answers and 502 when the connection drops, in the vendor’s error shape', async () => {
    stack.vendors.control.faults.set({ failure: 'hang', vendor: 'impilo' });
    const hung = await desk.fetch('/api/impilo/api/v3/order');
    expect(hung.status).toBe(504);
    expect(await hung.json()).toEqual({ message: 'The vendor did not answer in time.' });
    stack.vendors.control.faults.set({ failure: 'network', vendor: 'solo' });
    const dropped = await desk.fetch('/api/solo/qapi/v1/patients/1');
    expect(dropped.status).toBe(502);
    expect(await dropped.json()).toEqual({ error: { message: 'The vendor could not be reached.' } });
  });

  it('audits every vendor call: who, the patient key, the endpoint without its query, the outcome', async () => {
    await desk.fetch('/api/eden/orders/?start_date=2026-11-01&end_date=2026-11-20&patient_identifier=PAT-77');
    await desk.fetch('/api/solo/qapi/v1/patients/id/type/SPID/value/SP-9');
    await desk.fetch('/api/impilo/api/v3/patient/not-a-patient');
    await stack.gateway.ctx.audit.flush();
    const rows = await stack.gateway.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(3)
      .execute();
    expect(rows.map((r) => [r.actor, r.vendor, r.endpoint, r.patient_key, r.outcome])).toEqual([
      ['frontdesk', 'impilo', 'GET /api/v3/patient/not-a-patient', 'impilo:not-a-patient', 'vendor-error'],
      [
        'frontdesk',
        'solo',
        'GET /qapi/v1/patients/id/type/SPID/value/SP-9',
        'solo:SPID:SP-9',
        expect.any(String),
      ],
      ['frontdesk', 'eden', 'GET /orders/', 'eden:PAT-77', 'ok'],
    ]);
    await expect(stack.gateway.ctx.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(
      stack.gateway.ctx.db.updateTable('audit_log').set({ outcome: 'ok' }).execute(),
    ).rejects.toThrow(/append-only/);
  });

  it('sends a POST with the same Idempotency-Key once, and answers the retry with the first answer', async () => {
    const patients = (await (await desk.fetch('/api/impilo/api/v3/patient?page=0&size=1')).json()) as {
      content: { id: string }[];
    };
    const items = (await (await desk.fetch('/api/impilo/api/v3/item?page=0&size=1')).json()) as {
      content: { id: string }[];
    };
    const body = JSON.stringify({
      patient: { id: patients.content[0]?.id },
      orderItems: [{ id: items.content[0]?.id }],
    });
    const send = () =>
      desk.fetch('/api/impilo/api/v3/order', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'order-draft-1' },
        body,
      });
    const first = await send();
    expect(first.status).toBe(201);
    const firstBody = await first.text();
    const upstreamPosts = () => stack.vendors.received.filter((r) => r.method === 'POST').length;
    expect(upstreamPosts()).toBe(1);
    const retry = await send();
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.text()).toBe(firstBody);
    expect(upstreamPosts()).toBe(1);
    const other = await desk.fetch('/api/impilo/api/v3/order', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'order-draft-1' },
      body: JSON.stringify({ patient: { id: patients.content[0]?.id }, orderItems: [] }),
    });
    expect(other.status).toBe(422);
  });
});

describe('headers across the proxy (against an echo vendor)', () => {
  let echo: http.Server;
  let seen: http.IncomingHttpHeaders = {};
  let own: Stack;
  let browser: Browser;

  beforeAll(async () => {
    echo = http.createServer((req, res) => {
      seen = req.headers;
      res.writeHead(200, {
        'content-type': 'application/json',
        'set-cookie': 'vendor_session=abc; Path=/',
        server: 'VendorServer/1.0',
        'x-powered-by': 'PHP',
        connection: 'x-vendor-secret',
        'x-vendor-secret': 'leak',
        etag: '"v1"',
      });
      res.end(JSON.stringify({ ok: true }));
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    own = await startStack({
      env: {
        EDEN_BASE_URL: `http://127.0.0.1:${(echo.address() as AddressInfo).port}/base`,
        RATE_LIMIT_PER_MINUTE: '5',
      },
    });
    browser = new Browser(own.origin);
    await browser.signIn('frontdesk');
  });
  afterAll(async () => {
    await own.close();
    await new Promise<void>((resolve) => echo.close(() => resolve()));
  });

  it('forwards only the headers the vendor needs, and returns only the vendor’s content headers', async () => {
    const response = await browser.fetch('/api/eden/orders/?q=1', {
      headers: {
        referer: 'https://console/orders',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-for': '6.6.6.6',
        'accept-language': 'es',
        accept: 'application/json',
        connection: 'keep-alive',
      },
    });
    expect(response.status).toBe(200);
    expect(Object.keys(seen).sort()).toEqual([
      'accept',
      'authorization',
      'connection',
      'host',
      'user-agent',
      'x-request-id',
    ]);
    expect(seen.authorization).toBe(testCredentials.EDEN_AUTHORIZATION);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('server')).toBeNull();
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-vendor-secret')).toBeNull();
    expect(response.headers.get('etag')).toBe('"v1"');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('limits each staff member’s request rate, not the others’', async () => {
    const limited = new Browser(own.origin);
    await limited.signIn('scheduler');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await limited.fetch('/api/eden/facilities/')).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.at(-1)).toBe(429);
    const admin = new Browser(own.origin);
    await admin.signIn('admin');
    expect((await admin.fetch('/api/eden/facilities/')).status).toBe(200);
  });
});
