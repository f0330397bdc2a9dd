import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { type Plugin, type ProxyOptions, runnerImport } from 'vite';

/**
 * Live mode: the browser calls `/api/<vendor>/<vendor path>`; the dev (or preview) server forwards the
 * call to the vendor's base URL and adds the vendor's credentials. Credentials come from server-side
 * environment variables (never `VITE_*`), so they never reach the bundle, browser storage or a URL.
 * A later gateway replaces this file one for one: same paths, same headers.
 */
export type VendorId = 'eden' | 'solo' | 'scan' | 'impilo' | 'postdicom';

type Env = Record<string, string | undefined>;

interface VendorProxyRule {
  baseUrlVar: string;
  /** Headers to add to a forwarded request (none when the variables are missing). */
  headers: (env: Env, method: string, vendorPath: string) => Record<string, string>;
}

const header = (name: string, value: string | undefined): Record<string, string> =>
  value ? { [name]: value } : {};

const rules: Record<Exclude<VendorId, 'postdicom'>, VendorProxyRule> = {
  eden: {
    baseUrlVar: 'EDEN_BASE_URL',
    headers: (env) => header('Authorization', env.EDEN_AUTHORIZATION),
  },
  solo: {
    baseUrlVar: 'SOLO_BASE_URL',
    headers: (env) => header('Api-Key', env.SOLO_API_KEY),
  },
  scan: {
    baseUrlVar: 'SCAN_BASE_URL',
    // Only user creation (which issues the tokens) uses the client credentials; every other call
    // carries the user's Bearer token from the browser's memory.
    headers: (env, method, vendorPath): Record<string, string> => {
      const isUserCreation = method === 'POST' && /^\/api\/v1\/users\/?$/.test(vendorPath);
      if (!isUserCreation || !env.SCAN_CLIENT_ID || !env.SCAN_CLIENT_SECRET) return {};
      const basic = Buffer.from(`${env.SCAN_CLIENT_ID}:${env.SCAN_CLIENT_SECRET}`).toString('base64');
      return { Authorization: `Basic ${basic}` };
    },
  },
  impilo: {
    baseUrlVar: 'IMPILO_BASE_URL',
    headers: (env) => header('Impilo-API-Key', env.IMPILO_API_KEY),
  },
};

/** Pure: the headers the proxy adds for one forwarded request. Exported for tests. */
export function proxyHeadersFor(vendor: keyof typeof rules, env: Env, method: string, vendorPath: string) {
  return rules[vendor].headers(env, method.toUpperCase(), vendorPath);
}

export function buildVendorProxy(env: Env): Record<string, ProxyOptions> {
  const proxy: Record<string, ProxyOptions> = {};
  for (const [vendor, rule] of Object.entries(rules) as [keyof typeof rules, VendorProxyRule][]) {
    const target = env[rule.baseUrlVar];
    if (!target) continue;
    const prefix = `/api/${vendor}`;
    proxy[prefix] = {
      target,
      changeOrigin: true,
      secure: true,
      rewrite: (path) => path.slice(prefix.length) || '/',
      configure: (server) => {
        server.on('proxyReq', (proxyReq, req) => {
          const vendorPath = (req.url ?? '').slice(prefix.length).split('?')[0] ?? '/';
          for (const [name, value] of Object.entries(
            proxyHeadersFor(vendor, env, req.method ?? 'GET', vendorPath),
          )) {
            proxyReq.setHeader(name, value);
          }
          // The browser's own cookies and origin mean nothing to the vendor.
          proxyReq.removeHeader('cookie');
        });
      },
    };
  }
  return proxy;
}

/**
 * PostDICOM ships a browser library that must be given its keys. They are handed to the page at run time
 * by `GET /api/postdicom/config` (same origin, from the server's environment), never baked into the bundle.
 */
export function postDicomConfigPlugin(env: Env): Plugin {
  const handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.url !== '/api/postdicom/config') return next();
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'no-store');
    if (!env.POSTDICOM_API_KEY || !env.POSTDICOM_ACCOUNT_KEY) {
      res.statusCode = 503;
      res.end(JSON.stringify({ Success: false, Message: 'PostDICOM is not configured on this server.' }));
      return;
    }
    res.end(
      JSON.stringify({
        apiKey: env.POSTDICOM_API_KEY,
        accountKey: env.POSTDICOM_ACCOUNT_KEY,
        libraryUrl: env.POSTDICOM_LIBRARY_URL ?? '',
      }),
    );
  };
  return {
    name: 'console:postdicom-config',
    configureServer: (server) => void server.middlewares.use(handler),
    configurePreviewServer: (server) => void server.middlewares.use(handler),
  };
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

export function soloContextLinkPlugin(env: Env): Plugin {
  const handler = createSoloContextLinkHandler(env);
  const use = (req: IncomingMessage, res: ServerResponse, next: () => void) => void handler(req, res, next);
  return {
    name: 'console:solo-context-link',
    // Registered before Vite's own middlewares, so it answers before the /api/solo proxy would forward.
    configureServer: (server) => void server.middlewares.use(use),
    configurePreviewServer: (server) => void server.middlewares.use(use),
  };
}
