import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import pg from 'pg';
import { buildGateway, type Gateway } from '../app';
import type { Clock } from '../clock';
import { type Env, type GatewayConfig, loadConfig } from '../config';
import { generateSecret } from '../crypto/sealer';
import { openDatabase } from '../db/database';
import { type FakeVendors, startFakeVendors } from '../dev/fake-vendors';
import { type LocalIdentityProvider, seededUsers, startIdentityProvider } from '../dev/identity-provider';

/**
 * The whole stack for one test file, on free ports: the fake vendors (the msw handlers over HTTP), the
 * local identity provider, and the gateway with an in-memory PGlite (or TEST_DATABASE_URL's PostgreSQL).
 * Every log line the gateway writes is kept in `logs`.
 */
export const testCredentials = {
  EDEN_AUTHORIZATION: 'Token eden-credential-0a1b2c',
  SOLO_API_KEY: 'solo-credential-3d4e5f',
  SCAN_CLIENT_ID: 'scan-client-6a7b',
  SCAN_CLIENT_SECRET: 'scan-secret-8c9d0e',
  IMPILO_API_KEY: 'impilo-credential-1f2a3b',
  POSTDICOM_API_KEY: 'postdicom-api-4c5d',
  POSTDICOM_ACCOUNT_KEY: 'postdicom-account-6e7f',
  SOLO_CONTEXT_LINK_SECRET: 'solo-link-secret-8a9b',
  IMPILO_WEBHOOK_SECRET: 'impilo-hook-secret-0c1d',
};

export interface Stack {
  gateway: Gateway;
  origin: string;
  vendors: FakeVendors;
  idp: LocalIdentityProvider;
  config: GatewayConfig;
  logs: string[];
  close(): Promise<void>;
}

export async function startStack(
  options: { clock?: Clock; env?: Env; distDir?: string } = {},
): Promise<Stack> {
  const vendors = await startFakeVendors();
  const idp = await startIdentityProvider();
  const env: Env = {
    LOG_LEVEL: 'info',
    GATEWAY_SECRET: generateSecret(),
    PGLITE_DIR: 'memory://',
    DATABASE_URL: process.env.TEST_DATABASE_URL,
    DIST_DIR: options.distDir ?? 'server/test/fixtures/build',
    EDEN_BASE_URL: vendors.baseUrl('eden'),
    SOLO_BASE_URL: vendors.baseUrl('solo'),
    SCAN_BASE_URL: vendors.baseUrl('scan'),
    IMPILO_BASE_URL: vendors.baseUrl('impilo'),
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    VENDOR_MODE: 'fake',
    UPSTREAM_TIMEOUT_MS: '6000',
    ...testCredentials,
    ...options.env,
  };
  const scratch = process.env.TEST_DATABASE_URL
    ? await createScratchDatabase(process.env.TEST_DATABASE_URL)
    : null;
  if (scratch) env.DATABASE_URL = scratch.url;
  const config = loadConfig(env);
  const database = await openDatabase(config.database);
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const gateway = await buildGateway({
    config,
    database,
    clock: options.clock,
    logStream,
    allowInsecureOidc: true,
  });
  await gateway.app.listen({ host: '127.0.0.1', port: 0 });
  const address = gateway.app.server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  idp.trust(origin);
  return {
    gateway,
    origin,
    vendors,
    idp,
    config,
    logs,
    async close() {
      await gateway.shutdown();
      await Promise.all([vendors.close(), idp.close()]);
      await scratch?.drop();
    },
  };
}

/** Each stack on PostgreSQL gets a database of its own, created empty (migrations run from nothing) and dropped after. */
export async function createScratchDatabase(
  serverUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `gateway_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** A browser, as far as the gateway can tell: a cookie jar, manual redirects, same-origin headers. */
export class Browser {
  private readonly cookies = new Map<string, { value: string; path: string; origin: string }>();
  csrfToken: string | null = null;

  constructor(readonly origin: string) {}

  cookieHeader(url: URL): string {
    return [...this.cookies.entries()]
      .filter(([, c]) => c.origin === url.origin && url.pathname.startsWith(c.path))
      .map(([key, c]) => `${key.split('|')[1]}=${c.value}`)
      .join('; ');
  }

  private store(url: URL, response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      const value = rest.join('=');
      const path =
        attributes
          .map((a) => a.trim())
          .find((a) => a.toLowerCase().startsWith('path='))
          ?.slice(5) ?? '/';
      const key = `${url.origin}|${name?.trim()}`;
      const expired = attributes.some((a) => /expires=thu, 01 jan 1970/i.test(a.trim())) || value === '';
      if (expired) this.cookies.delete(key);
      else this.cookies.set(key, { value, path, origin: url.origin });
    }
  }

  hasCookie(name: string): boolean {
    return [...this.cookies.keys()].some((key) => key.endsWith(`|${name}`));
  }

  async fetch(pathOrUrl: string, init: RequestInit & { csrf?: boolean } = {}): Promise<Response> {
    const url = new URL(pathOrUrl, this.origin);
    const headers = new Headers(init.headers);
    const cookie = this.cookieHeader(url);
    if (cookie) headers.set('cookie', cookie);
    const method = (init.method ?? 'GET').toUpperCase();
    if (url.origin === this.origin) {
      headers.set('sec-fetch-site', headers.get('sec-fetch-site') ?? 'same-origin');
      if (method !== 'GET' && method !== 'HEAD') {
        headers.set('origin', headers.get('origin') ?? this.origin);
        if (init.csrf !== false && this.csrfToken && !headers.has('x-csrf-token'))
          headers.set('x-csrf-token', this.csrfToken);
      }
    }
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.store(url, response);
    return response;
  }

  /** Follows redirects by hand (cookies kept per origin), up to the first non-redirect answer. */
  async follow(pathOrUrl: string, init: RequestInit = {}): Promise<Response> {
    let response = await this.fetch(pathOrUrl, init);
    let url = new URL(pathOrUrl, this.origin);
    for (let hops = 0; hops < 15 && response.status >= 300 && response.status < 400; hops++) {
      const location = response.headers.get('location');
      if (!location) break;
      url = new URL(location, url);
      await response.arrayBuffer();
      response = await this.fetch(url.toString());
    }
    Object.defineProperty(response, 'finalUrl', { value: url.toString() });
    return response;
  }

  /** The whole sign-in: gateway → identity provider's form → back to the gateway; then reads the CSRF token. */
  async signIn(username: string, password?: string): Promise<Response> {
    const user = seededUsers.find((u) => u.username === username);
    const form = await this.follow('/auth/login?returnTo=%2Forders');
    const html = await form.text();
    const action = /action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`No sign-in form (status ${form.status}): ${html.slice(0, 200)}`);
    const formUrl = new URL(action, (form as Response & { finalUrl: string }).finalUrl);
    let response = await this.fetch(formUrl.toString(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username, password: password ?? user?.password ?? '' }).toString(),
    });
    let url = formUrl;
    for (let hops = 0; hops < 15 && response.status >= 300 && response.status < 400; hops++) {
      url = new URL(response.headers.get('location') ?? '/', url);
      await response.arrayBuffer();
      response = await this.fetch(url.toString());
    }
    if (response.ok) await this.refreshCsrf();
    return response;
  }

  async refreshCsrf(): Promise<void> {
    const session = await this.fetch('/api/gateway/session');
    if (session.ok) this.csrfToken = ((await session.json()) as { csrfToken: string }).csrfToken;
  }
}
