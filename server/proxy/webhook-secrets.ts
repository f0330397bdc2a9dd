import type { FastifyBaseLogger } from 'fastify';
import type { GatewayContext } from '../context';

/**
 * The keys the webhook receivers need are the ones the vendors answer when a webhook is made through the
 * console: Solo's `encryptionKey` (POST /qapi/v1/webhooks, GET /qapi/v1/webhooks/{id}) and Impilo's
 * `secret` (POST /api/v3/webhook). The gateway keeps them, sealed, as they pass; a deleted webhook's key
 * stops being accepted.
 */
const rules = [
  { vendor: 'solo', method: 'POST', pattern: /^\/qapi\/v1\/webhooks\/?$/, keyField: 'encryptionKey' },
  { vendor: 'solo', method: 'GET', pattern: /^\/qapi\/v1\/webhooks\/([^/]+)$/, keyField: 'encryptionKey' },
  { vendor: 'solo', method: 'DELETE', pattern: /^\/qapi\/v1\/webhooks\/([^/]+)$/, keyField: null },
  { vendor: 'impilo', method: 'POST', pattern: /^\/api\/v3\/webhook\/?$/, keyField: 'secret' },
  { vendor: 'impilo', method: 'DELETE', pattern: /^\/api\/v3\/webhook\/([^/]+)$/, keyField: null },
] as const;

function ruleFor(vendor: string, method: string, path: string) {
  return rules.find((rule) => rule.vendor === vendor && rule.method === method && rule.pattern.test(path));
}

export async function captureWebhookSecret(
  ctx: GatewayContext,
  vendor: string,
  method: string,
  path: string,
  body: Buffer,
  log: FastifyBaseLogger,
): Promise<void> {
  const rule = ruleFor(vendor, method, path);
  if (!rule) return;
  const now = new Date(ctx.clock.now());
  if (rule.keyField === null) {
    const id = decodeURIComponent(rule.pattern.exec(path)?.[1] ?? '');
    await ctx.db
      .updateTable('vendor_webhook_secrets')
      .set({ deleted_at: now })
      .where('vendor', '=', vendor)
      .where('webhook_id', '=', id)
      .execute();
    log.info({ vendor, webhookId: id }, 'webhook key retired');
    return;
  }
  let answer: Record<string, unknown>;
  try {
    answer = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  } catch {
    return;
  }
  const id = answer.id;
  const secret = answer[rule.keyField];
  if ((typeof id !== 'string' && typeof id !== 'number') || typeof secret !== 'string' || !secret) return;
  await saveWebhookSecret(ctx, vendor, String(id), secret, now);
  log.info({ vendor, webhookId: String(id) }, 'webhook key kept');
}

export async function saveWebhookSecret(
  ctx: GatewayContext,
  vendor: string,
  id: string,
  secret: string,
  at: Date,
) {
  const sealed = ctx.sealer.seal(secret);
  await ctx.db
    .insertInto('vendor_webhook_secrets')
    .values({ vendor, webhook_id: id, secret_sealed: sealed, created_at: at, deleted_at: null })
    .onConflict((oc) =>
      oc.columns(['vendor', 'webhook_id']).doUpdateSet({ secret_sealed: sealed, deleted_at: null }),
    )
    .execute();
}

/** The live keys of one vendor's webhooks. */
export async function activeWebhookSecrets(
  ctx: GatewayContext,
  vendor: string,
): Promise<{ webhookId: string; secret: string }[]> {
  const rows = await ctx.db
    .selectFrom('vendor_webhook_secrets')
    .select(['webhook_id', 'secret_sealed'])
    .where('vendor', '=', vendor)
    .where('deleted_at', 'is', null)
    .execute();
  return rows.map((row) => ({ webhookId: row.webhook_id, secret: ctx.sealer.open(row.secret_sealed) }));
}

captureWebhookSecret.matches = (vendor: string, method: string, path: string) =>
  ruleFor(vendor, method, path) !== undefined;
