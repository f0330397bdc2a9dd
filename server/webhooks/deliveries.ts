import type { GatewayContext } from '../context';
import { sha256Hex } from '../crypto/sealer';

/**
 * The delivery log. A delivery is stored once per vendor and dedupe key (the vendor's event id, or the
 * SHA-256 of the body where it sends none). The same delivery again within the vendors' retry window is
 * acknowledged as a duplicate and not processed again (Impilo retries after 15 and 30 minutes); after the
 * window it is a replay, and refused.
 */
export const REPLAY_WINDOW_MS = 2 * 3_600_000;

export type StoreOutcome = { kind: 'accepted'; id: number } | { kind: 'duplicate' } | { kind: 'replayed' };

export interface NewDelivery {
  vendor: 'solo' | 'impilo';
  dedupeKey: string;
  eventType: string;
  webhookId: string | null;
  subject: string | null;
  payload: unknown;
}

export async function storeDelivery(ctx: GatewayContext, delivery: NewDelivery): Promise<StoreOutcome> {
  const now = ctx.clock.now();
  const inserted = await ctx.db
    .insertInto('webhook_deliveries')
    .values({
      vendor: delivery.vendor,
      dedupe_key: delivery.dedupeKey,
      received_at: new Date(now),
      event_type: delivery.eventType,
      webhook_id: delivery.webhookId,
      subject: delivery.subject,
      payload_sealed: ctx.sealer.seal(JSON.stringify(delivery.payload)),
    })
    .onConflict((oc) => oc.columns(['vendor', 'dedupe_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) {
    ctx.events.publish({
      id: inserted.id,
      vendor: delivery.vendor,
      type: delivery.eventType,
      subject: delivery.subject,
      receivedAt: new Date(now).toISOString(),
    });
    return { kind: 'accepted', id: inserted.id };
  }
  const first = await ctx.db
    .selectFrom('webhook_deliveries')
    .select('received_at')
    .where('vendor', '=', delivery.vendor)
    .where('dedupe_key', '=', delivery.dedupeKey)
    .executeTakeFirstOrThrow();
  return now - new Date(first.received_at).getTime() <= REPLAY_WINDOW_MS
    ? { kind: 'duplicate' }
    : { kind: 'replayed' };
}

export async function recordRefusal(
  ctx: GatewayContext,
  vendor: string,
  reason: 'forged' | 'replayed' | 'malformed',
  sourceIp: string | null,
  body: Buffer,
): Promise<void> {
  await ctx.db
    .insertInto('webhook_refusals')
    .values({
      vendor,
      at: new Date(ctx.clock.now()),
      reason,
      source_ip: sourceIp,
      body_sha256: sha256Hex(body),
    })
    .execute();
}

export interface DeliveryQuery {
  vendor?: string;
  before?: number;
  limit?: number;
}

/** For Admin: the newest deliveries first, payloads opened (they are for admins only). */
export async function listDeliveries(ctx: GatewayContext, query: DeliveryQuery) {
  let q = ctx.db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(Math.min(query.limit ?? 50, 200));
  if (query.vendor) q = q.where('vendor', '=', query.vendor);
  if (query.before) q = q.where('id', '<', query.before);
  const rows = await q.execute();
  return rows.map((row) => ({
    id: row.id,
    vendor: row.vendor,
    receivedAt: new Date(row.received_at).toISOString(),
    eventType: row.event_type,
    webhookId: row.webhook_id,
    subject: row.subject,
    dedupeKey: row.dedupe_key,
    payload: JSON.parse(ctx.sealer.open(row.payload_sealed)) as unknown,
  }));
}

export async function listRefusals(ctx: GatewayContext, limit = 50) {
  const rows = await ctx.db
    .selectFrom('webhook_refusals')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, at: new Date(row.at).toISOString() }));
}
