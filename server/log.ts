import type { FastifyRequest } from 'fastify';
import type { LoggerOptions } from 'pino';

/**
 * pino options for the gateway. Each request line carries the request id, method, the path WITHOUT its
 * query string (queries carry patient names and ids), status and duration. Credentials, cookies and bodies
 * are never logged; the redact list is a second net for anything a handler might log by mistake.
 */
export const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["api-key"]',
  'req.headers["impilo-api-key"]',
  'req.headers["impilo-webhook-secret"]',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.authorization',
  '*.Authorization',
  '*.cookie',
  '*.password',
  '*.secret',
  '*.token',
  '*.access_token',
  '*.refresh_token',
  '*.encryptionKey',
  '*.apiKey',
  '*.accountKey',
  '*.body',
  '*.payload',
];

/** The path of a request URL, without the query string or fragment. */
export function pathOnly(url: string | undefined): string {
  if (!url) return '/';
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: {
      req: (req: FastifyRequest) => ({
        id: req.id,
        method: req.method,
        path: pathOnly(req.url),
        remoteAddress: req.ip,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
