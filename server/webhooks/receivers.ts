import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { decryptSoloWebhookPayload, type SoloWebhookPayload } from '../../src/api/solo/webhooks';
import type { GatewayContext } from '../context';
import { safeEqual, sha256Hex } from '../crypto/sealer';
import { activeWebhookSecrets } from '../proxy/webhook-secrets';
import { recordRefusal, type StoreOutcome, storeDelivery } from './deliveries';

/**
 * The vendors' webhook receivers. No session (vendors call them); each delivery must prove itself:
 * - Solo: the body is encrypted with the webhook's `encryptionKey`; a body that no live key decrypts to a
 *   valid payload is forged.
 * - Impilo: the `Impilo-Webhook-Secret` header must equal a known secret (constant-time compare).
 * Accepted deliveries are stored, answered at once (200) and pushed to signed-in browsers.
 */
const BODY_LIMIT = 64 * 1024;

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Solo POSTs the encrypted text; ASSUMED it may come bare, as a JSON string, or as `{ "payload": "…" }`. */
export function soloCipherText(body: Buffer): string {
  const text = body.toString('utf8').trim();
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'string') return parsed;
    if (isRecord(parsed)) {
      for (const field of ['payload', 'data', 'encrypted'])
        if (typeof parsed[field] === 'string') return parsed[field] as string;
    }
  } catch {
    // not JSON: the bare encrypted text
  }
  return text;
}

function soloSubject(payload: SoloWebhookPayload): string | null {
  const data = payload.data as Json;
  for (const field of ['appointmentId', 'patientId', 'episodeId'])
    if (data[field] !== undefined) return `${field}:${data[field]}`;
  return null;
}

function answer(reply: FastifyReply, outcome: StoreOutcome) {
  if (outcome.kind === 'accepted') return reply.code(200).send({ received: true, id: outcome.id });
  if (outcome.kind === 'duplicate') return reply.code(200).send({ received: true, duplicate: true });
  return reply.code(409).send({ error: 'replayed' });
}

export async function registerWebhookReceivers(app: FastifyInstance, ctx: GatewayContext) {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: BODY_LIMIT }, (_req, body, done) =>
      done(null, body),
    );

    const refuse = async (
      request: FastifyRequest,
      reply: FastifyReply,
      vendor: string,
      reason: 'forged' | 'replayed' | 'malformed',
      body: Buffer,
    ) => {
      await recordRefusal(ctx, vendor, reason, request.ip, body);
      request.log.warn({ vendor, reason, bodySha256: sha256Hex(body) }, 'webhook delivery refused');
      const status = reason === 'forged' ? 401 : reason === 'replayed' ? 409 : 400;
      return reply.code(status).send({ error: reason });
    };

    scope.post('/webhooks/solo', async (request, reply) => {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const text = soloCipherText(body);
      let matched: { webhookId: string; payload: SoloWebhookPayload } | null = null;
      // Every live key is tried (the endpoint is shared by the console's webhooks).
      for (const { webhookId, secret } of await activeWebhookSecrets(ctx, 'solo')) {
        try {
          matched = { webhookId, payload: await decryptSoloWebhookPayload(text, secret) };
          break;
        } catch {
          // not this key
        }
      }
      if (!matched) return refuse(request, reply, 'solo', 'forged', body);
      const outcome = await storeDelivery(ctx, {
        vendor: 'solo',
        dedupeKey: `sha256:${sha256Hex(text)}`,
        eventType: matched.payload.event,
        webhookId: matched.webhookId,
        subject: soloSubject(matched.payload),
        payload: matched.payload,
      });
      if (outcome.kind === 'replayed') return refuse(request, reply, 'solo', 'replayed', body);
      request.log.info(
        { vendor: 'solo', event: matched.payload.event, outcome: outcome.kind },
        'webhook delivery',
      );
      return answer(reply, outcome);
    });

    scope.post('/webhooks/impilo', async (request, reply) => {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const given = request.headers['impilo-webhook-secret'];
      const known = [
        ...(ctx.config.impilo.webhookSecret
          ? [{ webhookId: null as string | null, secret: ctx.config.impilo.webhookSecret }]
          : []),
        ...(await activeWebhookSecrets(ctx, 'impilo')),
      ];
      // Compare against every secret, without stopping at the first match: the time taken says nothing.
      let match: { webhookId: string | null } | null = null;
      for (const candidate of known) {
        if (typeof given === 'string' && safeEqual(given, candidate.secret) && !match)
          match = { webhookId: candidate.webhookId };
      }
      if (!match) return refuse(request, reply, 'impilo', 'forged', body);
      let payload: unknown;
      try {
        payload = JSON.parse(body.toString('utf8'));
      } catch {
        return refuse(request, reply, 'impilo', 'malformed', body);
      }
      if (!isRecord(payload)) return refuse(request, reply, 'impilo', 'malformed', body);
      const header = (name: string) =>
        typeof request.headers[name] === 'string' ? (request.headers[name] as string) : null;
      const eventId =
        header('impilo-event-id') ??
        header('impilo-delivery-id') ??
        (typeof payload.eventId === 'string' ? payload.eventId : null);
      // ASSUMED shapes: `{ type, data }` envelopes or the bare object (order.status: `{ id, currentStatus }`).
      const data = isRecord(payload.data) ? payload.data : payload;
      const eventType =
        header('impilo-event-type') ??
        (typeof payload.type === 'string'
          ? payload.type
          : 'currentStatus' in data
            ? 'order.status'
            : 'unknown');
      const id = data.id ?? data.orderId ?? data.patientId;
      const outcome = await storeDelivery(ctx, {
        vendor: 'impilo',
        dedupeKey: eventId ? `event:${eventId}` : `sha256:${sha256Hex(body)}`,
        eventType,
        webhookId: match.webhookId,
        subject: typeof id === 'string' || typeof id === 'number' ? String(id) : null,
        payload,
      });
      if (outcome.kind === 'replayed') return refuse(request, reply, 'impilo', 'replayed', body);
      request.log.info({ vendor: 'impilo', event: eventType, outcome: outcome.kind }, 'webhook delivery');
      return answer(reply, outcome);
    });
  });
}
