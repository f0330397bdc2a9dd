import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';

/**
 * One request to a vendor, over node:http(s) with keep-alive: the answer's body is streamed back as it
 * arrives and never decoded (no decompression, so Content-Encoding and Content-Length stay true).
 */
const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 256 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 256 }),
};

export class UpstreamError extends Error {
  constructor(
    readonly kind: 'timeout' | 'network-error',
    message: string,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }
}

export interface UpstreamRequest {
  url: URL;
  method: string;
  headers: Record<string, string | string[]>;
  body?: Buffer | Readable | null;
  timeoutMs: number;
  /** Aborts when the browser goes away. */
  signal?: AbortSignal;
}

export function sendUpstream(request: UpstreamRequest): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const isHttps = request.url.protocol === 'https:';
    const req = (isHttps ? https : http).request(request.url, {
      method: request.method,
      headers: request.headers,
      agent: isHttps ? agents.https : agents.http,
      signal: request.signal,
    });
    // The timeout covers the whole exchange up to the answer's headers, then each silence of the body.
    const timer = setTimeout(
      () => req.destroy(new UpstreamError('timeout', 'The vendor did not answer in time.')),
      request.timeoutMs,
    );
    req.on('response', (res) => {
      clearTimeout(timer);
      res.setTimeout(request.timeoutMs, () =>
        res.destroy(new UpstreamError('timeout', 'The vendor stopped sending.')),
      );
      resolve(res);
    });
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(
        error instanceof UpstreamError
          ? error
          : new UpstreamError('network-error', 'The vendor could not be reached.'),
      );
    });
    const body = request.body;
    if (!body) req.end();
    else if (Buffer.isBuffer(body)) req.end(body);
    else body.pipe(req);
  });
}

export async function readAll(stream: Readable, limit = 2 * 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('answer too large to buffer');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
