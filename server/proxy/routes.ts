import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuditEntry } from '../audit';
import { requireStaff } from '../auth/guards';
import type { VendorWithBase } from '../config';
import type { GatewayContext } from '../context';
import { pathOnly } from '../log';
import { forwardedRequestHeaders, forwardedResponseHeaders, pickHeaders } from './headers';
import { Idempotency, type IdempotencyOutcome } from './idempotency';
import { guardVendorPath } from './path-guard';
import { patientKeyOf } from './patient-key';
import { type ScanCustody, ScanSessionLost } from './scan-custody';
import { handleScanUserCreation, isScanRefresh, isScanUserCreation, scanRefreshAnswer } from './scan-routes';
import { readAll, sendUpstream, UpstreamError } from './upstream';
import { credentialHeaders, idempotentVendors, proxiedVendors, rolesFor, vendorErrorBody } from './vendors';
import { captureWebhookSecret } from './webhook-secrets';

const JSON_LIMIT = 1024 * 1024;
const SCAN_BODY_LIMIT = 26 * 1024 * 1024;

export interface ProxyOptions {
  expectedOrigin: (request: FastifyRequest) => string;
  scan: ScanCustody;
}

export interface Forwarded {
  vendor: VendorWithBase;
  path: string;
  query: string;
  json: unknown;
  body: Buffer | Readable | null;
}

/**
 * `/api/<vendor>/*`: signed-in staff only; the vendor's credentials added here; path escapes refused;
 * only the allow-listed headers cross, both ways; every call audited; nothing of the query string, the
 * body or a credential is logged.
 */
export async function registerProxy(app: FastifyInstance, ctx: GatewayContext, options: ProxyOptions) {
  const { config, status } = ctx;
  const idempotency = new Idempotency(ctx.db, ctx.sealer, ctx.clock);

  await app.register(async (scope) => {
    // Bodies stay raw: JSON is buffered (small; the audit reads the patient key in it), the rest streams.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      /^application\/(.+\+)?json/,
      { parseAs: 'buffer', bodyLimit: JSON_LIMIT },
      (_req, body, done) => done(null, body),
    );
    scope.addContentTypeParser('*', (_req, payload, done) => done(null, payload));

    for (const vendor of proxiedVendors) {
      const prefix = `/api/${vendor}`;
      const handler = async (request: FastifyRequest, reply: FastifyReply) => {
        const guarded = guardVendorPath(request.raw.url ?? '', prefix);
        if ('refused' in guarded) {
          request.log.warn({ vendor, reason: guarded.refused }, 'path refused');
          void audit(request, {
            vendor,
            endpoint: `${request.method} (refused path)`,
            outcome: 'refused',
            status: 400,
          });
          return reply
            .code(400)
            .header('Cache-Control', 'no-store')
            .send({ error: 'path-refused', reason: guarded.refused });
        }
        const roles = rolesFor(vendor, guarded.path, request.method);
        if (roles) {
          const refusal = await requireStaff({ roles, expectedOrigin: options.expectedOrigin })(
            request,
            reply,
          );
          if (refusal) return refusal;
        }
        const baseUrl = config.vendors[vendor].baseUrl;
        if (!baseUrl) {
          return reply
            .code(503)
            .header('Cache-Control', 'no-store')
            .send(vendorErrorBody(vendor, `${vendor} is not configured on this server.`));
        }
        let body: Buffer | Readable | null = null;
        if (Buffer.isBuffer(request.body)) body = request.body;
        else if (request.body && typeof (request.body as Readable).pipe === 'function') {
          body =
            vendor === 'scan'
              ? await readAll(request.body as Readable, SCAN_BODY_LIMIT)
              : (request.body as Readable);
        }
        let json: unknown = null;
        if (Buffer.isBuffer(body) && /json/.test(String(request.headers['content-type'] ?? ''))) {
          try {
            json = JSON.parse(body.toString('utf8'));
          } catch {
            json = null;
          }
        }
        const call: Forwarded = { vendor, path: guarded.path, query: guarded.query, json, body };
        return forward(request, reply, call, baseUrl);
      };
      scope.route({
        method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
        url: `${prefix}/*`,
        preHandler: requireStaff({ expectedOrigin: options.expectedOrigin }),
        handler,
      });
    }
  });

  function audit(request: FastifyRequest, entry: Omit<AuditEntry, 'actor'>) {
    const staff = request.staffSession?.staff;
    return ctx.audit.record({
      actor: staff?.subject ?? 'anonymous',
      actorName: staff?.name ?? null,
      roles: staff?.roles ?? [],
      requestId: request.id,
      ...entry,
    });
  }

  async function forward(request: FastifyRequest, reply: FastifyReply, call: Forwarded, baseUrl: string) {
    const { vendor } = call;
    const staff = request.staffSession?.staff;
    const subject = staff?.subject ?? 'anonymous';
    const endpoint = `${request.method} ${pathOnly(call.path)}`;
    const patientKey = patientKeyOf(vendor, call.path, call.query, call.json);
    const started = performance.now();
    const finish = (outcome: AuditEntry['outcome'], statusCode: number | null) =>
      audit(request, {
        vendor,
        endpoint,
        patientKey,
        outcome,
        status: statusCode,
        durationMs: performance.now() - started,
      });

    // Scan.com user creation and refresh are answered here: the tokens never leave the gateway.
    if (vendor === 'scan' && isScanUserCreation(request.method, call.path)) {
      return handleScanUserCreation(request, reply, call, { baseUrl, ctx, custody: options.scan, finish });
    }
    if (vendor === 'scan' && isScanRefresh(request.method, call.path)) {
      return scanRefreshAnswer(reply, subject, options.scan, finish);
    }

    let idem: IdempotencyOutcome | null = null;
    const idemKey = request.headers['idempotency-key'];
    if (
      typeof idemKey === 'string' &&
      request.method === 'POST' &&
      idempotentVendors.has(vendor) &&
      Buffer.isBuffer(call.body)
    ) {
      idem = await idempotency.begin(
        vendor,
        subject,
        idemKey,
        `${endpoint}\n${call.body.toString('base64')}`,
      );
      if (idem.kind === 'replay') {
        void finish('ok', idem.status);
        return reply
          .code(idem.status)
          .header('Cache-Control', 'no-store')
          .header('Idempotent-Replayed', 'true')
          .type(idem.contentType)
          .send(idem.body);
      }
      if (idem.kind === 'conflict') {
        return reply
          .code(idem.status)
          .header('Cache-Control', 'no-store')
          .send(vendorErrorBody(vendor, idem.message));
      }
    }

    const url = new URL(`${baseUrl}${call.path}${call.query ? `?${call.query}` : ''}`);
    const headers = (token: string | null): Record<string, string | string[]> => ({
      ...pickHeaders(request.headers, forwardedRequestHeaders),
      ...credentialHeaders(vendor, config.credentials, request.method, call.path),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      'user-agent': 'front-office-console-gateway',
      'x-request-id': request.id,
    });
    const abort = new AbortController();
    request.raw.once('close', () => {
      if (!reply.raw.writableFinished) abort.abort();
    });

    let token: string | null = null;
    if (vendor === 'scan') {
      try {
        token = await options.scan.accessToken(subject);
      } catch (error) {
        return scanLost(reply, error, finish);
      }
      if (!token) {
        void finish('refused', 401);
        return reply
          .code(401)
          .header('Cache-Control', 'no-store')
          .send(vendorErrorBody('scan', 'No Scan.com user for this staff member yet.'));
      }
    }

    let upstream: IncomingMessage;
    try {
      const send = (bearer: string | null) =>
        sendUpstream({
          url,
          method: request.method,
          headers: headers(bearer),
          body: call.body,
          timeoutMs: config.upstreamTimeoutMs,
          signal: abort.signal,
        });
      upstream = await send(token);
      if (vendor === 'scan' && upstream.statusCode === 401 && token) {
        upstream.resume();
        try {
          token = await options.scan.afterUnauthorized(subject, token);
        } catch (error) {
          return scanLost(reply, error, finish);
        }
        upstream = await send(token);
      }
    } catch (error) {
      await idem?.release?.();
      const kind = error instanceof UpstreamError ? error.kind : 'network-error';
      status.failed(vendor, kind === 'timeout' ? 'timeout' : 'connection failed');
      void finish(kind, kind === 'timeout' ? 504 : 502);
      request.log.warn({ vendor, endpoint: `${request.method} ${call.path}`, kind }, 'vendor call failed');
      if (reply.raw.destroyed) return reply;
      return reply
        .code(kind === 'timeout' ? 504 : 502)
        .header('Cache-Control', 'no-store')
        .send(
          vendorErrorBody(
            vendor,
            kind === 'timeout' ? 'The vendor did not answer in time.' : 'The vendor could not be reached.',
          ),
        );
    }

    const statusCode = upstream.statusCode ?? 502;
    status.answered(vendor, statusCode, performance.now() - started);
    reply.code(statusCode);
    for (const [name, value] of Object.entries(pickHeaders(upstream.headers, forwardedResponseHeaders)))
      reply.header(name, value);
    reply.header('Cache-Control', 'no-store');

    const ok = statusCode >= 200 && statusCode < 300;
    const needsBody =
      (ok && captureWebhookSecret.matches(vendor, request.method, call.path)) || idem?.kind === 'first';
    if (needsBody) {
      const buffer = await readAll(upstream);
      if (ok) await captureWebhookSecret(ctx, vendor, request.method, call.path, buffer, request.log);
      if (idem?.kind === 'first')
        await idem.complete(
          statusCode,
          String(upstream.headers['content-type'] ?? 'application/json'),
          buffer,
        );
      void finish(ok ? 'ok' : 'vendor-error', statusCode);
      reply.header('content-length', buffer.length);
      return reply.send(buffer);
    }
    void finish(ok ? 'ok' : statusCode === 429 ? 'rate-limited' : 'vendor-error', statusCode);
    return reply.send(upstream);
  }
}

function scanLost(
  reply: FastifyReply,
  error: unknown,
  finish: (o: AuditEntry['outcome'], s: number | null) => unknown,
) {
  const lost = error instanceof ScanSessionLost;
  void finish(lost ? 'refused' : 'network-error', lost ? 401 : 502);
  return reply
    .code(lost ? 401 : 502)
    .header('Cache-Control', 'no-store')
    .send(
      vendorErrorBody(
        'scan',
        lost ? (error as Error).message : 'Scan.com could not refresh the session; try again.',
      ),
    );
}
