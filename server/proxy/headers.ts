import type { IncomingHttpHeaders } from 'node:http';

/**
 * Which headers cross the gateway. Accept-Encoding is not forwarded: vendors answer uncompressed, so the
 * gateway can read the answers it must (webhook keys, idempotent replays). Everything not listed is dropped: cookies, the browser's Authorization,
 * Origin, Referer, X-Forwarded-*, the hop-by-hop set, and on the way back Set-Cookie, Server and the like.
 */
export const forwardedRequestHeaders = [
  'accept',
  'content-type',
  'content-length',
  'if-match',
  'if-none-match',
  'if-modified-since',
  'if-unmodified-since',
  'range',
] as const;

export const forwardedResponseHeaders = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-disposition',
  'content-range',
  'accept-ranges',
  'etag',
  'last-modified',
  'retry-after',
  'vary',
] as const;

/** RFC 9110 §7.6.1, plus the names a `Connection` header lists. */
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

function connectionListed(headers: IncomingHttpHeaders): Set<string> {
  const value = headers.connection;
  const text = Array.isArray(value) ? value.join(',') : (value ?? '');
  return new Set(
    text
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );
}

export function pickHeaders(
  headers: IncomingHttpHeaders,
  allowed: readonly string[],
): Record<string, string | string[]> {
  const listed = connectionListed(headers);
  const out: Record<string, string | string[]> = {};
  for (const name of allowed) {
    if (hopByHop.has(name) || listed.has(name)) continue;
    const value = headers[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}
