import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { scanEndpoints } from '../src/api/scan/endpoints';
import { registerGatewayApi } from './api/routes';
import { applyStoredSettings } from './api/settings';
import { Audit } from './audit';
import { OidcClient } from './auth/oidc';
import { registerAuthRoutes } from './auth/routes';
import { SessionStore } from './auth/sessions';
import { type Clock, systemClock } from './clock';
import { ConfigError, type GatewayConfig } from './config';
import type { GatewayContext } from './context';
import { createSealer } from './crypto/sealer';
import type { OpenedDatabase } from './db/database';
import { EventHub } from './events/hub';
import { registerSecurityHeaders } from './http/security-headers';
import { registerStatic } from './http/static';
import { loggerOptions } from './log';
import { registerProxy } from './proxy/routes';
import { ScanCustody } from './proxy/scan-custody';
import { IntegrationStatus } from './proxy/status';
import { readAll, sendUpstream } from './proxy/upstream';
import { registerWebhookReceivers } from './webhooks/receivers';

export interface GatewayOptions {
  config: GatewayConfig;
  database: OpenedDatabase;
  clock?: Clock;
  /** Where log lines go (tests read them); stdout by default. */
  logStream?: Writable;
  /** http:// identity providers are accepted (the local one of tests and `npm start`). */
  allowInsecureOidc?: boolean;
}

export interface Gateway {
  app: FastifyInstance;
  ctx: GatewayContext;
  /** Stops taking requests, lets the ones in flight finish, ends event streams, closes the database. */
  shutdown(): Promise<void>;
}

export async function buildGateway(options: GatewayOptions): Promise<Gateway> {
  const { config, database } = options;
  if (!config.secret) throw new ConfigError('GATEWAY_SECRET is required (32 bytes or more, hex or Base64).');
  const clock = options.clock ?? systemClock;
  const app = Fastify({
    logger: {
      ...loggerOptions(config.logLevel),
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    trustProxy: config.trustProxy === false ? false : config.trustProxy,
    genReqId: () => randomUUID(),
    // Connections still open at shutdown: idle ones are closed at once, busy ones when they finish.
    forceCloseConnections: 'idle',
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 500 },
  });
  const sealer = createSealer(config.secret);
  const sessions = new SessionStore(database.db, sealer, clock, { ...config.session });
  const ctx: GatewayContext = {
    config,
    db: database.db,
    sealer,
    clock,
    sessions,
    audit: new Audit(database.db, clock, app.log),
    events: new EventHub(),
    status: new IntegrationStatus(clock, {
      eden: Boolean(config.vendors.eden.baseUrl),
      solo: Boolean(config.vendors.solo.baseUrl),
      scan: Boolean(config.vendors.scan.baseUrl),
      impilo: Boolean(config.vendors.impilo.baseUrl),
      postdicom: Boolean(config.postdicom.apiKey && config.postdicom.accountKey),
    }),
  };
  await applyStoredSettings(ctx);

  const expectedOrigin = (request: FastifyRequest) =>
    config.publicUrl ? new URL(config.publicUrl).origin : `${request.protocol}://${request.host}`;

  await app.register(fastifyCookie);
  await app.register(fastifyFormbody);
  registerSecurityHeaders(app, config);

  const oidc =
    config.oidc.issuer && config.oidc.clientId
      ? new OidcClient({
          issuer: config.oidc.issuer,
          clientId: config.oidc.clientId,
          clientSecret: config.oidc.clientSecret,
          allowInsecure: options.allowInsecureOidc ?? false,
        })
      : null;
  registerAuthRoutes(app, ctx, oidc);

  // Per staff member (per address before sign-in), on the API only.
  await app.register(fastifyRateLimit, {
    hook: 'preHandler',
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => request.staffSession?.staff.subject ?? `ip:${request.ip}`,
    allowList: (request) =>
      !request.url.startsWith('/api/') ||
      request.url.startsWith('/api/gateway/events') ||
      request.url.startsWith('/api/gateway/session'),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: 'rate-limited',
      message: `Too many requests: at most ${context.max} a minute. Try again in ${Math.ceil(context.ttl / 1000)} s.`,
    }),
  });

  let shuttingDown = false;
  app.get('/healthz', async () => ({ ok: true }));
  app.get('/readyz', async (_request, reply) => {
    const ready = !shuttingDown && (await database.ping());
    return reply
      .code(ready ? 200 : 503)
      .header('Cache-Control', 'no-store')
      .send({ ready, database: database.kind });
  });

  const scan = new ScanCustody(
    database.db,
    sealer,
    clock,
    async (path, json) => {
      const base = config.vendors.scan.baseUrl;
      if (!base) throw new Error('Scan.com is not configured.');
      const res = await sendUpstream({
        url: new URL(`${base}${path}`),
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'user-agent': 'front-office-console-gateway',
        },
        body: Buffer.from(JSON.stringify(json)),
        timeoutMs: config.upstreamTimeoutMs,
      });
      const text = (await readAll(res)).toString('utf8');
      let body: unknown = null;
      try {
        body = JSON.parse(text);
      } catch {
        body = null;
      }
      return { status: res.statusCode ?? 502, body };
    },
    scanEndpoints.refreshToken.template,
  );

  await registerGatewayApi(app, ctx, expectedOrigin);
  await registerWebhookReceivers(app, ctx);
  await registerProxy(app, ctx, { expectedOrigin, scan });
  await registerStatic(app, {
    distDir: config.distDir,
    beforeApp: async (request, reply) => {
      if (request.staffSession) return false;
      const target = request.url.startsWith('/') ? request.url : '/';
      await reply
        .header('Cache-Control', 'no-store')
        .redirect(`/auth/login?returnTo=${encodeURIComponent(target)}`, 302);
      return true;
    },
  });

  const sweep = setInterval(() => void sessions.sweep().catch(() => undefined), 5 * 60_000);
  sweep.unref();

  return {
    app,
    ctx,
    async shutdown() {
      shuttingDown = true;
      clearInterval(sweep);
      ctx.events.closeAll();
      await app.close();
      await ctx.audit.flush();
      await database.close();
    },
  };
}
