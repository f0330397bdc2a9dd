import { z } from 'zod';
import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { impiloClient } from './client';
import { impiloIdSchema, impiloIsoDateTimeSchema } from './common';
import { impiloEndpoints } from './endpoints';

/**
 * Webhooks (CONFIRMED `POST /webhook` with `{ type, url }`; types order.status, patient.created,
 * patient.updated). Deliveries carry an `Impilo-Webhook-Secret` header and are retried after 15 and then
 * 30 minutes (that is the receiving server's business, not the browser's). ASSUMED: list and delete paths,
 * and that the answer may include the `secret` the deliveries will carry.
 */
export const impiloWebhookTypes = ['order.status', 'patient.created', 'patient.updated'] as const;
export type ImpiloWebhookType = (typeof impiloWebhookTypes)[number];

export const impiloCreateWebhookSchema = z.object({
  type: z.enum(impiloWebhookTypes),
  url: z.url({ protocol: /^https$/, message: 'validation.httpsUrl' }),
});
export type ImpiloCreateWebhookInput = z.infer<typeof impiloCreateWebhookSchema>;

export const impiloWebhookSchema = z.object({
  id: impiloIdSchema,
  type: z.enum(impiloWebhookTypes),
  url: z.string().min(1),
  secret: z.string().nullish(),
  createdAt: impiloIsoDateTimeSchema.nullish(),
});
export type ImpiloWebhook = z.infer<typeof impiloWebhookSchema>;

/** `POST /api/v3/webhook` */
export async function createImpiloWebhook(input: ImpiloCreateWebhookInput, options: CallOptions = {}) {
  return impiloClient.request({
    ...impiloEndpoints.createWebhook.at(),
    json: parseInput('impilo', impiloEndpoints.createWebhook.name, impiloCreateWebhookSchema, input),
    schema: impiloWebhookSchema,
    ...options,
  });
}

/** `GET /api/v3/webhook` (assumed) */
export async function listImpiloWebhooks(options: CallOptions = {}) {
  return impiloClient.request({
    ...impiloEndpoints.listWebhooks.at(),
    schema: z.array(impiloWebhookSchema),
    ...options,
  });
}

/** `DELETE /api/v3/webhook/{webhookId}` (assumed). Answers nothing (204). */
export async function deleteImpiloWebhook(webhookId: string, options: CallOptions = {}) {
  await impiloClient.request({
    ...impiloEndpoints.deleteWebhook.at({
      webhookId: parseInput('impilo', impiloEndpoints.deleteWebhook.name, impiloIdSchema, webhookId, {
        at: 'webhookId',
      }),
    }),
    schema: z.unknown(),
    ...options,
  });
}
