import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ROUTE_PRELOADS_FILE, type RoutePreloads } from '../../build/route-preloads-plugin';
import { precompress } from './precompress';

/**
 * Serves the production build (`dist/`):
 * - hashed files under /assets/ with a year of `immutable` caching; a missing one answers 404 (never the
 *   app's HTML, so a stale tab sees a clean chunk-load error);
 * - everything else (index.html, favicon) with `no-cache`;
 * - Brotli or gzip when the browser takes it (copies made at start, ./precompress.ts);
 * - build metadata (/.vite/manifest.json, any dotfile) is not served;
 * - app routes (/orders, /patients/…) answer index.html: the SPA fallback, for GET/HEAD navigations only;
 *   for an address the build names in `.vite/route-preloads.json` (build/route-preloads-plugin.ts), with that
 *   page's chunks as `modulepreload` links, so that its first paint does not wait a round trip for them.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const NO_CACHE = 'no-cache';

/** Prefixes the SPA never owns: they answer JSON 404s. */
const serverPrefixes = ['/api/', '/auth/', '/webhooks/', '/assets/', '/.'];

export interface StaticOptions {
  distDir: string;
  /** Called for an app-route navigation before index.html is sent; may answer instead (sign-in redirect). */
  beforeApp?: (request: FastifyRequest, reply: FastifyReply) => Promise<boolean>;
}

export async function registerStatic(app: FastifyInstance, options: StaticOptions): Promise<void> {
  const root = resolve(options.distDir);
  const indexFile = resolve(root, 'index.html');
  let indexHtml: Buffer | null = null;
  const readIndex = () => {
    if (!indexHtml && existsSync(indexFile)) indexHtml = readFileSync(indexFile);
    return indexHtml;
  };
  const preloads = readRoutePreloads(root);
  const routeHtml = new Map<string, Buffer>();
  /** index.html, with the preloads of the page at `path` when the build names any. */
  const htmlFor = (path: string): Buffer | null => {
    const html = readIndex();
    const route = path.replace(/\/+$/, '') || '/';
    const links = preloads.get(route);
    if (!html || !links) return html;
    let page = routeHtml.get(route);
    if (!page) {
      const text = html.toString('utf8');
      const at = text.indexOf('</head>');
      page = at === -1 ? html : Buffer.from(`${text.slice(0, at)}${links}${text.slice(at)}`, 'utf8');
      routeHtml.set(route, page);
    }
    return page;
  };

  if (existsSync(root)) {
    const { failed } = precompress(root);
    if (failed) app.log.warn('dist/ is read-only: the build is served uncompressed');
    await app.register(fastifyStatic, {
      preCompressed: true,
      root,
      prefix: '/',
      wildcard: true,
      index: false,
      dotfiles: 'deny',
      cacheControl: false,
      etag: true,
      lastModified: true,
      allowedPath: (pathName) =>
        !pathName.split('/').some((part) => part.startsWith('.')) && pathName !== '/index.html',
      setHeaders: (reply, path) => {
        const relative = path.slice(root.length).replaceAll('\\', '/');
        reply.header('Cache-Control', relative.startsWith('/assets/') ? IMMUTABLE : NO_CACHE);
      },
    });
  }

  // Dotfiles and dot folders (/.vite/manifest.json, /.env…) in any spelling (%2e) are never files to serve.
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/') || path.startsWith('/webhooks/')) return;
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return reply.code(400).send({ error: 'bad-path' });
    }
    if (decoded.split(/[/\\]/).some((part) => part.startsWith('.'))) {
      return reply.code(404).header('Cache-Control', 'no-store').send({ error: 'not-found' });
    }
  });

  const serveApp = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    const isNavigation = request.method === 'GET' || request.method === 'HEAD';
    if (path.startsWith('/assets/')) {
      return reply.code(404).header('Cache-Control', 'no-store').type('text/plain').send('Not found');
    }
    if (
      !isNavigation ||
      serverPrefixes.some((prefix) => path.startsWith(prefix)) ||
      path === '/index.html/'
    ) {
      return reply.code(404).header('Cache-Control', 'no-store').send({ error: 'not-found' });
    }
    const html = htmlFor(path);
    if (!html) {
      return reply
        .code(503)
        .type('text/plain')
        .send('The console is not built: run `npm run build` (npm start does it for you).');
    }
    if (options.beforeApp && (await options.beforeApp(request, reply))) return reply;
    return reply.header('Cache-Control', NO_CACHE).type('text/html; charset=utf-8').send(html);
  };
  app.get('/', serveApp);
  app.setNotFoundHandler(serveApp);
}

/** `.vite/route-preloads.json` as the link tags of each address (none when the build wrote no table). */
function readRoutePreloads(root: string): Map<string, string> {
  const file = resolve(root, ROUTE_PRELOADS_FILE);
  const links = new Map<string, string>();
  if (!existsSync(file)) return links;
  const table = JSON.parse(readFileSync(file, 'utf8')) as RoutePreloads;
  const safe = (asset: string) => /^assets\/[\w.-]+\.(js|css)$/.test(asset);
  for (const [route, { scripts, styles }] of Object.entries(table)) {
    links.set(
      route,
      [
        ...scripts.filter(safe).map((asset) => `<link rel="modulepreload" crossorigin href="/${asset}">`),
        ...styles.filter(safe).map((asset) => `<link rel="preload" as="style" crossorigin href="/${asset}">`),
      ].join(''),
    );
  }
  return links;
}
