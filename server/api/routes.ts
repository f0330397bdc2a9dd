import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { buildSoloContextLink, soloContextLinkSchema } from '../../src/api/solo/linking';
import { searchAudit } from '../audit';
import { requireStaff } from '../auth/guards';
import type { GatewayContext } from '../context';
import { EventHub } from '../events/hub';
import { listDeliveries, listRefusals } from '../webhooks/deliveries';
import { probeVendors } from './probe';
import { readSettings, settingsSchema, writeSettings } from './settings';

/**
 * The gateway's own API for the console (`/api/gateway/*`), the Solo context link and PostDICOM's keys.
 * Reads need a session; writes also need the CSRF token; Admin's pages need the admin role.
 */
const HEARTBEAT_MS = 25_000;
const dateParam = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .transform((s) => new Date(s));

export async function registerGatewayApi(
  app: FastifyInstance,
  ctx: GatewayContext,
  expectedOrigin: (r: FastifyRequest) => string,
) {
  const staff = requireStaff({ expectedOrigin });
  const admin = requireStaff({ roles: ['admin'], expectedOrigin });
  const actorOf = (request: FastifyRequest) => request.staffSession?.staff;
  const badRequest = (reply: FastifyReply, error: z.ZodError) =>
    reply.code(400).send({
      error: 'invalid',
      issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });

  // ---------------------------------------------------------------- events (SSE)
  app.get('/api/gateway/events', { preHandler: staff }, async (request, reply) => {
    const session = request.staffSession;
    if (!session) return reply;
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'X-Accel-Buffering': 'no',
      'X-Request-Id': request.id,
    });
    res.write('retry: 5000\n\n');
    const last = Number(request.headers['last-event-id']);
    if (Number.isInteger(last) && last > 0) {
      const missed = await ctx.db
        .selectFrom('webhook_deliveries')
        .select(['id', 'vendor', 'event_type', 'subject', 'received_at'])
        .where('id', '>', last)
        .orderBy('id')
        .limit(100)
        .execute();
      for (const row of missed) {
        res.write(
          EventHub.format({
            id: row.id,
            vendor: row.vendor as 'solo' | 'impilo',
            type: row.event_type,
            subject: row.subject,
            receivedAt: new Date(row.received_at).toISOString(),
          }),
        );
      }
    }
    const remove = ctx.events.add(res, session.idHash);
    request.raw.on('close', remove);
    return reply;
  });
  const heartbeat = setInterval(
    () => void ctx.events.heartbeat((hash) => ctx.sessions.alive(hash)),
    HEARTBEAT_MS,
  );
  heartbeat.unref();
  app.addHook('onClose', async () => {
    clearInterval(heartbeat);
    ctx.events.closeAll();
  });

  // ---------------------------------------------------------------- settings
  app.get('/api/gateway/settings', { preHandler: staff }, async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return readSettings(ctx);
  });
  app.put('/api/gateway/settings', { preHandler: admin }, async (request, reply) => {
    const parsed = settingsSchema.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error);
    const who = actorOf(request);
    const saved = await writeSettings(ctx, parsed.data, who?.subject ?? 'unknown');
    void ctx.audit.record({
      actor: who?.subject ?? 'unknown',
      actorName: who?.name ?? null,
      roles: who?.roles ?? [],
      vendor: 'gateway',
      endpoint: 'PUT /settings',
      outcome: 'ok',
      status: 200,
      requestId: request.id,
    });
    return saved;
  });

  // ---------------------------------------------------------------- admin: integrations, audit, deliveries
  app.get('/api/gateway/integrations', { preHandler: admin }, async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return { mode: ctx.config.vendorMode, database: ctx.config.database.kind, vendors: ctx.status.all() };
  });
  app.post('/api/gateway/integrations/check', { preHandler: admin }, async (_request, reply) => {
    await probeVendors(ctx);
    reply.header('Cache-Control', 'no-store');
    return { mode: ctx.config.vendorMode, database: ctx.config.database.kind, vendors: ctx.status.all() };
  });

  const auditQuery = z.object({
    actor: z.string().trim().min(1).max(200).optional(),
    patientKey: z.string().trim().min(1).max(200).optional(),
    vendor: z.enum(['eden', 'solo', 'scan', 'impilo', 'postdicom', 'gateway']).optional(),
    from: dateParam.optional(),
    to: dateParam.optional(),
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).optional(),
  });
  app.get('/api/gateway/audit', { preHandler: admin }, async (request, reply) => {
    const parsed = auditQuery.safeParse(request.query);
    if (!parsed.success) return badRequest(reply, parsed.error);
    reply.header('Cache-Control', 'no-store');
    const rows = await searchAudit(ctx.db, parsed.data);
    return {
      entries: rows.map((row) => ({
        ...row,
        at: new Date(row.at).toISOString(),
        roles: row.roles.split(' ').filter(Boolean),
      })),
    };
  });

  const deliveryQuery = z.object({
    vendor: z.enum(['solo', 'impilo']).optional(),
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).optional(),
  });
  app.get('/api/gateway/deliveries', { preHandler: admin }, async (request, reply) => {
    const parsed = deliveryQuery.safeParse(request.query);
    if (!parsed.success) return badRequest(reply, parsed.error);
    reply.header('Cache-Control', 'no-store');
    return { deliveries: await listDeliveries(ctx, parsed.data), refusals: await listRefusals(ctx, 20) };
  });

  // ---------------------------------------------------------------- share register
  const shareSchema = z.object({
    vendor: z.enum(['postdicom', 'solo']),
    patientKey: z.string().trim().min(1).max(200).nullable(),
    item: z.string().trim().min(1).max(200),
    kind: z.enum(['email', 'link', 'account-user', 'account-group']),
    recipient: z.string().trim().min(1).max(320).nullable(),
    expiresAt: z.iso.datetime({ offset: true }).nullable(),
  });
  app.post('/api/gateway/shares', { preHandler: staff }, async (request, reply) => {
    const parsed = shareSchema.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error);
    const s = parsed.data;
    const row = await ctx.db
      .insertInto('share_register')
      .values({
        at: new Date(ctx.clock.now()),
        actor: actorOf(request)?.subject ?? 'unknown',
        vendor: s.vendor,
        patient_key: s.patientKey,
        item: s.item,
        kind: s.kind,
        recipient_sealed: s.recipient ? ctx.sealer.seal(s.recipient) : null,
        expires_at: s.expiresAt ? new Date(s.expiresAt) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return reply.code(201).send({ id: row.id });
  });
  app.get('/api/gateway/shares', { preHandler: admin }, async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const rows = await ctx.db
      .selectFrom('share_register')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(200)
      .execute();
    return {
      shares: rows.map(({ recipient_sealed, ...row }) => ({
        ...row,
        at: new Date(row.at).toISOString(),
        expires_at: row.expires_at ? new Date(row.expires_at).toISOString() : null,
        recipient: recipient_sealed ? ctx.sealer.open(recipient_sealed) : null,
      })),
    };
  });

  // ---------------------------------------------------------------- Solo context link
  app.post('/api/solo/context-link', { preHandler: staff }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const secret = ctx.config.solo.contextLinkSecret;
    if (!secret)
      return reply
        .code(503)
        .send({ error: { message: 'The Solo context-link secret is not configured on this server.' } });
    const parsed = soloContextLinkSchema.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error);
    const url = await buildSoloContextLink(parsed.data, { secret, baseUrl: ctx.config.solo.linkBaseUrl });
    const who = actorOf(request);
    void ctx.audit.record({
      actor: who?.subject ?? 'unknown',
      actorName: who?.name ?? null,
      roles: who?.roles ?? [],
      vendor: 'solo',
      endpoint: 'POST /context-link',
      patientKey: `solo:${parsed.data.patient.id}`,
      outcome: 'ok',
      status: 200,
      requestId: request.id,
    });
    return { url };
  });

  // ---------------------------------------------------------------- PostDICOM's keys, to signed-in staff only
  app.get('/api/postdicom/config', { preHandler: staff }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const site = request.headers['sec-fetch-site'];
    if (typeof site === 'string' && site !== 'same-origin')
      return reply.code(403).send({ Success: false, Message: 'Cross-site request refused.' });
    const { apiKey, accountKey, libraryUrl } = ctx.config.postdicom;
    if (!apiKey || !accountKey)
      return reply.code(503).send({ Success: false, Message: 'PostDICOM is not configured on this server.' });
    return { apiKey, accountKey, libraryUrl };
  });
}
