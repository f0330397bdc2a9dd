import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GatewayConfig } from '../config';

/**
 * The Content-Security-Policy of the served console, and nothing wider:
 * - scripts only from this origin and PostDICOM's one published script (its exact URL, from
 *   POSTDICOM_LIBRARY_URL or the vendor's default); no 'unsafe-inline', no 'unsafe-eval';
 * - styles: 'self' plus 'unsafe-inline', because Mantine writes <style> elements at run time (its CSS
 *   variables and colour scheme) and sets style attributes; their content changes with the theme, so
 *   hashes cannot name them, and a nonce would need the server to rewrite index.html and Mantine to read it.
 *   Inline styles cannot run code: the script policy is what stops injected code;
 * - connections to this origin and to PostDICOM's library host (the library calls its own API);
 * - frames from the vendors' viewer origins only (CSP_VIEWER_ORIGINS: PostDICOM, Solo);
 * - images from this origin, data: and blob: (DICOM previews, uploads), workers from blob: and 'self';
 * - the console itself can be framed by no one (`frame-ancestors 'none'`).
 */
export function contentSecurityPolicy(config: GatewayConfig): string {
  const library = new URL(config.postdicom.libraryUrl);
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", library.toString()],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", library.origin],
    'frame-src': [...new Set(config.viewerOrigins)],
    'worker-src': ["'self'", 'blob:'],
    'media-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  if (directives['frame-src']?.length === 0) directives['frame-src'] = ["'none'"];
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

export const HSTS = 'max-age=63072000; includeSubDomains';

/** Whether the request reached us over TLS (directly, or through the trusted proxy's X-Forwarded-Proto). */
export function isSecure(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

export function registerSecurityHeaders(app: FastifyInstance, config: GatewayConfig): void {
  const csp = contentSecurityPolicy(config);
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload) => {
    reply.header('Content-Security-Policy', csp);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    reply.header('X-Request-Id', request.id);
    if (isSecure(request)) reply.header('Strict-Transport-Security', HSTS);
    reply.removeHeader('X-Powered-By');
    return payload;
  });
}
