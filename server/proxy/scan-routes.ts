import type { FastifyReply, FastifyRequest } from 'fastify';
import { scanEndpoints } from '../../src/api/scan/endpoints';
import type { AuditEntry } from '../audit';
import type { GatewayContext } from '../context';
import { forwardedRequestHeaders, pickHeaders } from './headers';
import type { Forwarded } from './routes';
import {
  HELD_BY_GATEWAY,
  type ScanCustody,
  ScanSessionLost,
  scanEnvelopeSchema,
  scanTokensSchema,
} from './scan-custody';
import { readAll, sendUpstream, UpstreamError } from './upstream';
import { credentialHeaders, vendorErrorBody } from './vendors';

/**
 * The two Scan.com calls the gateway answers itself, so the browser never holds a token:
 * - `POST /api/v1/users` (with the Basic client credentials, added here as in the dev proxy): the tokens
 *   Scan.com answers are kept for the staff member, the browser gets placeholders. A staff member who
 *   already has a Scan.com user keeps it (a new one would lose access to their referrals): no call is made.
 * - `POST /api/v1/users/refresh_token`: the gateway refreshes itself when needed, once; the browser's
 *   refresh only learns that the session is alive.
 */
type Finish = (outcome: AuditEntry['outcome'], status: number | null) => unknown;

const strip = (path: string) => path.replace(/\/+$/, '');
export const isScanUserCreation = (method: string, path: string) =>
  method === 'POST' && strip(path) === scanEndpoints.createUser.template;
export const isScanRefresh = (method: string, path: string) =>
  method === 'POST' && strip(path) === scanEndpoints.refreshToken.template;

const placeholder = (expiresIn: number) => ({
  success: true,
  validation_errors: [],
  data: { access_token: HELD_BY_GATEWAY, refresh_token: HELD_BY_GATEWAY, expires_in: expiresIn },
});

export async function handleScanUserCreation(
  request: FastifyRequest,
  reply: FastifyReply,
  call: Forwarded,
  deps: { baseUrl: string; ctx: GatewayContext; custody: ScanCustody; finish: Finish },
) {
  const subject = request.staffSession?.staff.subject ?? 'anonymous';
  reply.header('Cache-Control', 'no-store');
  const existing = await deps.custody.hasUser(subject);
  if (existing) {
    void deps.finish('ok', 200);
    return reply.code(200).send(placeholder(existing.expiresInSeconds));
  }
  const started = performance.now();
  try {
    const upstream = await sendUpstream({
      url: new URL(`${deps.baseUrl}${call.path}`),
      method: 'POST',
      headers: {
        ...pickHeaders(request.headers, forwardedRequestHeaders),
        ...credentialHeaders('scan', deps.ctx.config.credentials, 'POST', call.path),
        'user-agent': 'front-office-console-gateway',
        'x-request-id': request.id,
      },
      body: Buffer.isBuffer(call.body) ? call.body : null,
      timeoutMs: deps.ctx.config.upstreamTimeoutMs,
    });
    const status = upstream.statusCode ?? 502;
    deps.ctx.status.answered('scan', status, performance.now() - started);
    const text = (await readAll(upstream)).toString('utf8');
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    const envelope = scanEnvelopeSchema.safeParse(body);
    const tokens =
      envelope.success && envelope.data.success ? scanTokensSchema.safeParse(envelope.data.data) : null;
    if (status >= 200 && status < 300 && tokens?.success) {
      await deps.custody.adopt(subject, tokens.data);
      void deps.finish('ok', status);
      return reply.code(status).send(placeholder(tokens.data.expires_in));
    }
    // A refusal (validation errors…) goes back as Scan.com wrote it: it holds no token.
    void deps.finish('vendor-error', status);
    return reply
      .code(status)
      .type('application/json')
      .send(body ?? vendorErrorBody('scan', `HTTP ${status}`));
  } catch (error) {
    const kind = error instanceof UpstreamError ? error.kind : 'network-error';
    deps.ctx.status.failed('scan', kind);
    void deps.finish(kind, kind === 'timeout' ? 504 : 502);
    return reply
      .code(kind === 'timeout' ? 504 : 502)
      .send(vendorErrorBody('scan', 'Scan.com could not be reached.'));
  }
}

export async function scanRefreshAnswer(
  reply: FastifyReply,
  subject: string,
  custody: ScanCustody,
  finish: Finish,
) {
  reply.header('Cache-Control', 'no-store');
  try {
    const token = await custody.accessToken(subject);
    const user = token ? await custody.hasUser(subject) : null;
    if (!user) {
      void finish('refused', 401);
      return reply.code(401).send(vendorErrorBody('scan', 'No Scan.com user for this staff member yet.'));
    }
    void finish('ok', 200);
    return reply.code(200).send(placeholder(user.expiresInSeconds));
  } catch (error) {
    const lost = error instanceof ScanSessionLost;
    void finish(lost ? 'refused' : 'network-error', lost ? 401 : 502);
    return reply
      .code(lost ? 401 : 502)
      .send(
        vendorErrorBody('scan', lost ? (error as Error).message : 'Scan.com could not refresh the session.'),
      );
  }
}
