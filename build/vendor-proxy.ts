import {
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { type Logger, type Plugin, runnerImport } from 'vite';

/**
 * Live mode: the browser calls `/api/<vendor>/<vendor path>`; the dev (or preview) server forwards the
 * call to the vendor's base URL and adds the vendor's credentials. Credentials come from server-side
 * environment variables (never `VITE_*`), so they never reach the bundle, browser storage or a URL.
 * A later gateway replaces this file one for one: same paths, same headers.
 *
 * Because the server holds the credentials, it only serves the console's own page:
 * - a request from another origin is refused (`Origin`, `Sec-Fetch-Site`), and no CORS header is ever
 *   sent (Vite's default CORS, which answers any localhost origin, is switched off);
 * - a path that could leave `/api/<vendor>/` (`..`, `.`, encoded or not, encoded slashes) is refused;
 * - only the headers a vendor needs go to it, and only the headers the browser needs come back
 *   (no `Set-Cookie`, no `WWW-Authenticate`, no vendor CORS headers);
 * - errors are logged with the method and path only: no query string (it can name a patient), no body.
 * It is a middleware of its own, not Vite's `server.proxy`, whose error log prints the whole URL.
 */
export type VendorId = 'eden' | 'solo' | 'scan' | 'impilo' | 'postdicom';
type ProxiedVendor = Exclude<VendorId, 'postdicom'>;
type Env = Record<string, string | undefined>;

interface VendorProxyRule {
  baseUrlVar: string;
  /** Headers of the browser's request that this vendor needs, besides the common ones. */
  forward: readonly string[];
  /** Headers to add to a forwarded request (none when the variables are missing). */
  headers: (env: Env, method: string, vendorPath: string) => Record<string, string>;
}

const header = (name: string, value: string | undefined): Record<string, string> =>
  value ? { [name]: value } : {};

const rules: Record<ProxiedVendor, VendorProxyRule> = {
  eden: {
    baseUrlVar: 'EDEN_BASE_URL',
    forward: [],
    headers: (env) => header('Authorization', env.EDEN_AUTHORIZATION),
  },
  solo: {
    baseUrlVar: 'SOLO_BASE_URL',
    // The provider's Microsoft Teams token (GET /qapi/v1/appointments/{id}/msteams-provider-link).
    forward: ['teams-auth-token'],
    headers: (env) => header('Api-Key', env.SOLO_API_KEY),
  },
  scan: {
    baseUrlVar: 'SCAN_BASE_URL',
    // Every call but user creation carries the user's Bearer token, kept in the browser's memory.
    forward: ['authorization'],
    // Only user creation (which issues the tokens) uses the client credentials, in place of any other.
    headers: (env, method, vendorPath): Record<string, string> => {
      const isUserCreation = method === 'POST' && /^\/api\/v1\/users\/?$/.test(vendorPath);
      if (!isUserCreation || !env.SCAN_CLIENT_ID || !env.SCAN_CLIENT_SECRET) return {};
      const basic = Buffer.from(`${env.SCAN_CLIENT_ID}:${env.SCAN_CLIENT_SECRET}`).toString('base64');
      return { Authorization: `Basic ${basic}` };
    },
  },
  impilo: {
    baseUrlVar: 'IMPILO_BASE_URL',
    forward: [],
    headers: (env) => header('Impilo-API-Key', env.IMPILO_API_KEY),
  },
};

const vendorNames: Record<ProxiedVendor, string> = {
  eden: 'Eden',
  solo: 'Teladoc Health Solo',
  scan: 'Scan.com',
  impilo: 'Impilo',
};

/** What every vendor may get from the browser's request. Everything else stays behind. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'accept-encoding', 'content-type', 'content-length'];
/** What the browser may get from the vendor's answer. */
const RETURNED_RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-disposition',
  'content-language',
  'cache-control',
  'etag',
  'last-modified',
  'retry-after',
];
const USER_AGENT = 'front-office-imaging-console (dev proxy)';
/** A vendor that sends nothing for this long is given up on (uploads keep sending, so they keep going). */
const IDLE_TIMEOUT_MS = 120_000;

/** Pure: the headers the proxy adds for one forwarded request. Exported for tests. */
export function proxyHeadersFor(vendor: ProxiedVendor, env: Env, method: string, vendorPath: string) {
  return rules[vendor].headers(env, method.toUpperCase(), vendorPath);
}

function answer(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify({ message }));
}

/** The path part of a request target, without its query. */
function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/**
 * Whether the request comes from the console's own page (or from no page at all: a command-line
 * client, or the user typing the address). Browsers send `Sec-Fetch-Site` and, on anything but a plain
 * GET, `Origin`; a page on another origin (another localhost port included) cannot forge either.
 */
export function isOwnOrigin(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  const safe = req.method === 'GET' || req.method === 'HEAD';
  if (site !== undefined && site !== 'same-origin' && !(site === 'none' && safe)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const scheme = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
  return origin === `${scheme}://${req.headers.host}`;
}

function hasControlOrBackslash(text: string): boolean {
  return [...text].some((c) => c === '\\' || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
}

/**
 * The vendor path of a request target (`/api/eden/orders/?x` → `/orders/`), as sent (still encoded),
 * or `null` when it could name anything outside the vendor's API: a `.` or `..` segment in any
 * spelling (`%2e%2e`, `.%2e`, `..;`, double encoding), an encoded slash or backslash, a backslash, a
 * control character, or broken percent-encoding.
 */
export function vendorPathOf(rawPath: string, prefix: string): string | null {
  const vendorPath = rawPath.slice(prefix.length) || '/';
  let text = vendorPath;
  for (let round = 0; round < 4; round++) {
    if (hasControlOrBackslash(text) || /%(2f|5c|00)/i.test(text)) return null;
    if (text.split('/').some((segment) => /^\.\.?(;.*)?$/.test(segment))) return null;
    if (!text.includes('%')) return vendorPath;
    try {
      text = decodeURIComponent(text);
    } catch {
      return null;
    }
  }
  return null;
}

function forwardedHeaders(
  incoming: IncomingHttpHeaders,
  rule: VendorProxyRule,
  added: Record<string, string>,
  host: string,
): Record<string, string> {
  const out: Record<string, string> = { host, 'user-agent': USER_AGENT };
  for (const name of [...FORWARDED_REQUEST_HEADERS, ...rule.forward]) {
    const value = incoming[name];
    if (typeof value === 'string') out[name] = value;
  }
  for (const [name, value] of Object.entries(added)) out[name.toLowerCase()] = value;
  return out;
}

function returnedHeaders(incoming: IncomingHttpHeaders): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const name of RETURNED_RESPONSE_HEADERS) {
    const value = incoming[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}

// ---- Solo context links ---------------------------------------------------------------------------

/** The service layer's linking module: the same schema and cipher as the browser and the gateway. */
type SoloLinkingModule = typeof import('../src/api/solo/linking');

const srcDir = fileURLToPath(new URL('../src', import.meta.url));

/** Loads src/api/solo/linking.ts through Vite (it uses the `@/` alias, which Node alone cannot resolve). */
async function loadSoloLinking(): Promise<SoloLinkingModule> {
  const { module } = await runnerImport<SoloLinkingModule>('/src/api/solo/linking.ts', {
    root: fileURLToPath(new URL('..', import.meta.url)),
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': srcDir } },
  });
  return module;
}

const CONTEXT_LINK_PATH = '/api/solo/context-link';
const MAX_BODY_BYTES = 16 * 1024;

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

/**
 * Live mode, until the gateway exists: `POST /api/solo/context-link` encrypts the linking JSON with the
 * secret shared with Solo (`SOLO_CONTEXT_LINK_SECRET`, server side only) and answers `{ url }`, on
 * `SOLO_LINK_BASE_URL` (Solo's web app; its demo host by default). Same request and answers as the gateway
 * (see src/api/solo/context-links.ts): 400 `{ error: 'invalid', issues }`, 503 without a secret.
 */
export function createSoloContextLinkHandler(
  env: Env,
  load: () => Promise<SoloLinkingModule> = loadSoloLinking,
) {
  let linking: Promise<SoloLinkingModule> | null = null;
  return async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if ((req.url ?? '').split('?')[0] !== CONTEXT_LINK_PATH) return next();
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendJson(res, 405, { error: { message: 'Use POST.' } });
    }
    const secret = env.SOLO_CONTEXT_LINK_SECRET;
    if (!secret)
      return sendJson(res, 503, {
        error: { message: 'The Solo context-link secret is not configured on this server.' },
      });
    const text = await readBody(req);
    if (text === null) return sendJson(res, 413, { error: { message: 'The body is too large.' } });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return sendJson(res, 400, {
        error: 'invalid',
        issues: [{ path: '', message: 'The body is not JSON.' }],
      });
    }
    try {
      linking ??= load();
      const { soloContextLinkSchema, buildSoloContextLink, SOLO_LINK_BASE_URL } = await linking;
      const parsed = soloContextLinkSchema.safeParse(json);
      if (!parsed.success)
        return sendJson(res, 400, {
          error: 'invalid',
          issues: parsed.error.issues.map((issue) => ({
            path: issue.path.join('.'),
            message: issue.message,
          })),
        });
      const url = await buildSoloContextLink(parsed.data, {
        secret,
        baseUrl: env.SOLO_LINK_BASE_URL || SOLO_LINK_BASE_URL,
      });
      return sendJson(res, 200, { url });
    } catch {
      linking = null;
      return sendJson(res, 500, { error: { message: 'The context link could not be made.' } });
    }
  };
}

type Next = (error?: unknown) => void;
type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;
type ProxyLogger = Pick<Logger, 'warn' | 'error'>;

/**
 * The whole live-mode `/api/*` surface: the vendor proxy, PostDICOM's config and Solo context links, as one
 * middleware.
 */
export function createVendorProxyMiddleware(env: Env, logger: ProxyLogger): Middleware {
  const contextLink = createSoloContextLinkHandler(env);
  const targets = new Map<ProxiedVendor, URL>();
  for (const vendor of Object.keys(rules) as ProxiedVendor[]) {
    const base = env[rules[vendor].baseUrlVar];
    if (base) targets.set(vendor, new URL(base));
  }

  function forward(vendor: ProxiedVendor, vendorPath: string, req: IncomingMessage, res: ServerResponse) {
    const rule = rules[vendor];
    const target = targets.get(vendor);
    const method = req.method ?? 'GET';
    const where = `${vendor} ${method} ${vendorPath}`;
    if (!target) {
      answer(res, 503, `${vendorNames[vendor]} is not configured on this server (${rule.baseUrlVar}).`);
      return;
    }
    const url = req.url ?? '/';
    const query = url.includes('?') ? url.slice(url.indexOf('?')) : '';
    const path = `${target.pathname.replace(/\/$/, '')}${vendorPath}${query}`;
    const headers = forwardedHeaders(
      req.headers,
      rule,
      proxyHeadersFor(vendor, env, method, vendorPath),
      target.host,
    );
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const upstream = send(
      { protocol: target.protocol, hostname: target.hostname, port: target.port, method, path, headers },
      (vendorRes) => {
        res.writeHead(vendorRes.statusCode ?? 502, returnedHeaders(vendorRes.headers));
        vendorRes.pipe(res);
      },
    );
    upstream.setTimeout(IDLE_TIMEOUT_MS, () =>
      upstream.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
    );
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      // Method, vendor and path only: never the query string or the body, which can name a patient.
      logger.error(`[vendor-proxy] ${where}: ${error.code ?? error.name}`, { timestamp: true });
      if (res.headersSent) res.destroy();
      else if (error.code === 'ETIMEDOUT') answer(res, 504, `${vendorNames[vendor]} did not answer in time.`);
      else answer(res, 502, `${vendorNames[vendor]} could not be reached.`);
    });
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  }

  function postDicomConfig(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'GET') return answer(res, 405, 'Use GET.');
    if (!env.POSTDICOM_API_KEY || !env.POSTDICOM_ACCOUNT_KEY) {
      res.writeHead(503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ Success: false, Message: 'PostDICOM is not configured on this server.' }));
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(
      JSON.stringify({
        apiKey: env.POSTDICOM_API_KEY,
        accountKey: env.POSTDICOM_ACCOUNT_KEY,
        libraryUrl: env.POSTDICOM_LIBRARY_URL ?? '',
      }),
    );
  }

  return (req, res, next) => {
    const url = req.url ?? '';
    const rawPath = pathOf(url);
    const match = /^\/api\/(eden|solo|scan|impilo|postdicom)(?=\/|$)/.exec(rawPath);
    if (!match) return next();
    const vendor = match[1] as VendorId;
    if (!isOwnOrigin(req)) {
      logger.warn(`[vendor-proxy] refused ${req.method} /api/${vendor}/…: not the console's own origin`, {
        timestamp: true,
      });
      return answer(res, 403, 'Only the console’s own page may call the vendors through this server.');
    }
    const vendorPath = vendorPathOf(rawPath, match[0]);
    if (vendorPath === null)
      return answer(res, 400, 'This path is refused: it could leave the vendor’s API.');
    if (vendor === 'postdicom') {
      // PostDICOM is a browser library: the only server-side call is its keys.
      if (vendorPath === '/config') return postDicomConfig(req, res);
      return answer(res, 404, 'PostDICOM is called from the browser, not through this server.');
    }
    // The console's own endpoint, not Solo's: encrypted here with the server-side secret.
    if (vendor === 'solo' && vendorPath === '/context-link') return void contextLink(req, res, next);
    forward(vendor, vendorPath, req, res);
  };
}

/**
 * The live-mode plugin: mounts the proxy on the dev and preview servers and switches off Vite's CORS
 * (whose default answers any localhost origin).
 */
export function vendorProxyPlugin(env: Env): Plugin {
  return {
    name: 'console:vendor-proxy',
    config: () => ({ server: { cors: false }, preview: { cors: false } }),
    configureServer: (server) =>
      void server.middlewares.use(createVendorProxyMiddleware(env, server.config.logger)),
    configurePreviewServer: (server) =>
      void server.middlewares.use(createVendorProxyMiddleware(env, server.config.logger)),
  };
}
