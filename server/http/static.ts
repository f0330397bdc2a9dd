import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { precompress } from './precompress';

/**
 * Serves the production build (`dist/`):
 * - hashed files under /assets/ with a year of `immutable` caching; a missing one answers 404 (never the
 *   app's HTML, so a stale tab sees a clean chunk-load error);
 * - everything else (index.html, favicon) with `no-cache`;
 * - Brotli or gzip when the browser takes it (copies made at start, ./precompress.ts);
 * - build metadata (/.vite/manifest.json, any dotfile) is not served;
 * - app routes (/orders, /patients/…) answer index.html: the SPA fallback, for GET/HEAD navigations only.
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
    const html = readIndex();
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
