import { z } from 'zod';
import { decryptSoloPayload } from '@/lib/crypto/solo-cipher';
import type { CallOptions } from '../http';
import { parseAnswer, parseInput, parseJson } from '../zod-issues';
import { soloClient } from './client';
import { soloEmptyResponseSchema } from './common';
import { soloEndpoints } from './endpoints';

/*
 * Solo: webhooks. `POST /qapi/v1/webhooks` (answers the `encryptionKey` to keep), `PUT /qapi/v1/webhooks/{id}`,
 * `GET /qapi/v1/webhooks`, `GET /qapi/v1/webhooks/{id}` (with the key), `DELETE /qapi/v1/webhooks/{id}`
 * (deactivates). Deliveries are POSTed to the endpoint encrypted like context links, with the
 * `encryptionKey` as the secret; `decryptSoloWebhookPayload` reads them.
 *
 * Assumptions (change them here):
 * - `endpoint` is an absolute http(s) URL; `events` has at least one event and no duplicates.
 * - Update is a PUT: both fields are sent.
 * - The key is used as the secret exactly as received (its Base64 text, not the decoded bytes), as in the
 *   page's PHP (`hash('SHA256', $decryptionKey . $salt, true)`).
 * - Episode events carry `{ episodeId }` (the page documents only the patient and appointment payloads);
 *   the id may be a string or a number.
 */

/** The name of a delivery in errors: it is POSTed by Solo to the integrator's endpoint, not fetched. */
export const SOLO_WEBHOOK_DELIVERY = 'webhook delivery';

export const soloWebhookEvents = [
  'patient:created',
  'patient:updated',
  'patient:deactivated',
  'appointment:scheduled',
  'appointment:rescheduled',
  'appointment:cancelled',
  'appointment:completed',
  'appointment:incompleted',
  'appointment:no-show',
  'appointment:lwbs',
  'episode:created',
  'episode:updated',
] as const;
export type SoloWebhookEvent = (typeof soloWebhookEvents)[number];
export const soloWebhookEventSchema = z.enum(soloWebhookEvents);

export const soloWebhookRequestSchema = z.object({
  endpoint: z.url({ protocol: /^https?$/, message: 'validation.httpUrl' }),
  events: z
    .array(soloWebhookEventSchema)
    .min(1)
    .refine((events) => new Set(events).size === events.length, 'validation.duplicate'),
});
export type SoloWebhookRequest = z.infer<typeof soloWebhookRequestSchema>;

export const soloWebhookSchema = z.object({
  id: z.string().min(1),
  endpoint: z.string().min(1),
  events: z.array(soloWebhookEventSchema),
});
export type SoloWebhook = z.infer<typeof soloWebhookSchema>;

export const soloWebhookWithKeySchema = soloWebhookSchema.extend({ encryptionKey: z.string().min(1) });
export type SoloWebhookWithKey = z.infer<typeof soloWebhookWithKeySchema>;

export const soloWebhookPayloadSchema = z.object({
  event: soloWebhookEventSchema,
  data: z.union([
    z.object({ patientId: z.number().int() }),
    z.object({ appointmentId: z.number().int() }),
    z.object({ episodeId: z.union([z.string().min(1), z.number().int()]) }),
  ]),
});
export type SoloWebhookPayload = z.infer<typeof soloWebhookPayloadSchema>;

/** Decrypts and validates a delivery's body with the webhook's `encryptionKey`. */
export async function decryptSoloWebhookPayload(
  body: string,
  encryptionKey: string,
): Promise<SoloWebhookPayload> {
  const json = parseJson('solo', SOLO_WEBHOOK_DELIVERY, await decryptSoloPayload(body, encryptionKey));
  return parseAnswer('solo', SOLO_WEBHOOK_DELIVERY, soloWebhookPayloadSchema, json);
}

const webhookIdSchema = z.string().trim().min(1);

/** `POST /qapi/v1/webhooks` → the webhook with its `encryptionKey` (store it to decrypt deliveries). */
export async function createSoloWebhook(
  request: SoloWebhookRequest,
  options: CallOptions = {},
): Promise<SoloWebhookWithKey> {
  return soloClient.request({
    ...soloEndpoints.createWebhook.at(),
    json: parseInput('solo', soloEndpoints.createWebhook.name, soloWebhookRequestSchema, request),
    schema: soloWebhookWithKeySchema,
    ...options,
  });
}

/** `PUT /qapi/v1/webhooks/{webhookId}` */
export async function updateSoloWebhook(
  webhookId: string,
  request: SoloWebhookRequest,
  options: CallOptions = {},
): Promise<SoloWebhook> {
  const endpoint = soloEndpoints.updateWebhook;
  const id = parseInput('solo', endpoint.name, webhookIdSchema, webhookId, { at: 'webhookId' });
  return soloClient.request({
    ...endpoint.at({ webhookId: id }),
    json: parseInput('solo', endpoint.name, soloWebhookRequestSchema, request),
    schema: soloWebhookSchema,
    ...options,
  });
}

/** `GET /qapi/v1/webhooks` */
export async function listSoloWebhooks(options: CallOptions = {}): Promise<SoloWebhook[]> {
  return soloClient.request({
    ...soloEndpoints.listWebhooks.at(),
    schema: z.array(soloWebhookSchema),
    ...options,
  });
}

/** `GET /qapi/v1/webhooks/{webhookId}` (with its `encryptionKey`). */
export async function getSoloWebhook(
  webhookId: string,
  options: CallOptions = {},
): Promise<SoloWebhookWithKey> {
  const id = parseInput('solo', soloEndpoints.getWebhook.name, webhookIdSchema, webhookId, {
    at: 'webhookId',
  });
  return soloClient.request({
    ...soloEndpoints.getWebhook.at({ webhookId: id }),
    schema: soloWebhookWithKeySchema,
    ...options,
  });
}

/** `DELETE /qapi/v1/webhooks/{webhookId}`: deactivates the webhook. */
export async function deleteSoloWebhook(webhookId: string, options: CallOptions = {}): Promise<void> {
  const id = parseInput('solo', soloEndpoints.deleteWebhook.name, webhookIdSchema, webhookId, {
    at: 'webhookId',
  });
  await soloClient.request({
    ...soloEndpoints.deleteWebhook.at({ webhookId: id }),
    schema: soloEmptyResponseSchema,
    ...options,
  });
}
