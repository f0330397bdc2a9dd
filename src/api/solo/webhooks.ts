import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { decryptSoloPayload } from '@/lib/crypto/solo-cipher';
import { soloEmptyResponseSchema } from './attachments';
import { soloClient } from './client';

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
  endpoint: z.url({ protocol: /^https?$/, message: 'An http(s) URL is required.' }),
  events: z
    .array(soloWebhookEventSchema)
    .min(1, 'Choose at least one event.')
    .refine((events) => new Set(events).size === events.length, 'Each event only once.'),
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
  const json: unknown = JSON.parse(await decryptSoloPayload(body, encryptionKey));
  return soloWebhookPayloadSchema.parse(json);
}

type Options = { signal?: AbortSignal };
const webhookIdSchema = z.string().trim().min(1, 'The webhook id is required.');
const path = (id: string) => `/qapi/v1/webhooks/${encodeURIComponent(id)}`;

/** `POST /qapi/v1/webhooks` → the webhook with its `encryptionKey` (store it to decrypt deliveries). */
export async function createSoloWebhook(
  request: SoloWebhookRequest,
  options: Options = {},
): Promise<SoloWebhookWithKey> {
  return soloClient.request({
    method: 'POST',
    path: '/qapi/v1/webhooks',
    endpoint: 'POST /qapi/v1/webhooks',
    json: soloWebhookRequestSchema.parse(request),
    schema: soloWebhookWithKeySchema,
    signal: options.signal,
  });
}

/** `PUT /qapi/v1/webhooks/{webhookId}` */
export async function updateSoloWebhook(
  webhookId: string,
  request: SoloWebhookRequest,
  options: Options = {},
): Promise<SoloWebhook> {
  const id = webhookIdSchema.parse(webhookId);
  return soloClient.request({
    method: 'PUT',
    path: path(id),
    endpoint: 'PUT /qapi/v1/webhooks/{webhookId}',
    json: soloWebhookRequestSchema.parse(request),
    schema: soloWebhookSchema,
    signal: options.signal,
  });
}

/** `GET /qapi/v1/webhooks` */
export async function listSoloWebhooks(options: Options = {}): Promise<SoloWebhook[]> {
  return soloClient.request({
    path: '/qapi/v1/webhooks',
    endpoint: 'GET /qapi/v1/webhooks',
    schema: z.array(soloWebhookSchema),
    signal: options.signal,
  });
}

/** `GET /qapi/v1/webhooks/{webhookId}` (with its `encryptionKey`). */
export async function getSoloWebhook(webhookId: string, options: Options = {}): Promise<SoloWebhookWithKey> {
  const id = webhookIdSchema.parse(webhookId);
  return soloClient.request({
    path: path(id),
    endpoint: 'GET /qapi/v1/webhooks/{webhookId}',
    schema: soloWebhookWithKeySchema,
    signal: options.signal,
  });
}

/** `DELETE /qapi/v1/webhooks/{webhookId}`: deactivates the webhook. */
export async function deleteSoloWebhook(webhookId: string, options: Options = {}): Promise<void> {
  const id = webhookIdSchema.parse(webhookId);
  await soloClient.request({
    method: 'DELETE',
    path: path(id),
    endpoint: 'DELETE /qapi/v1/webhooks/{webhookId}',
    schema: soloEmptyResponseSchema,
    signal: options.signal,
  });
}

export const soloWebhookKeys = {
  all: ['solo', 'webhooks'] as const,
  list: () => [...soloWebhookKeys.all, 'list'] as const,
  detail: (id: string) => [...soloWebhookKeys.all, 'detail', id] as const,
};

export const soloWebhooksQueryOptions = () =>
  queryOptions({ queryKey: soloWebhookKeys.list(), queryFn: ({ signal }) => listSoloWebhooks({ signal }) });

export const soloWebhookQueryOptions = (webhookId: string) =>
  queryOptions({
    queryKey: soloWebhookKeys.detail(webhookId),
    queryFn: ({ signal }) => getSoloWebhook(webhookId, { signal }),
    enabled: webhookId.trim() !== '',
  });

export function useSoloWebhooks() {
  return useQuery(soloWebhooksQueryOptions());
}

export function useSoloWebhook(webhookId: string) {
  return useQuery(soloWebhookQueryOptions(webhookId));
}

export function useCreateSoloWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SoloWebhookRequest) => createSoloWebhook(request),
    retry: false,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: soloWebhookKeys.all }),
  });
}

export function useUpdateSoloWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (params: { webhookId: string; request: SoloWebhookRequest }) =>
      updateSoloWebhook(params.webhookId, params.request),
    retry: false,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: soloWebhookKeys.all }),
  });
}

export function useDeleteSoloWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (webhookId: string) => deleteSoloWebhook(webhookId),
    retry: false,
    onSuccess: (_nothing, webhookId) => {
      queryClient.removeQueries({ queryKey: soloWebhookKeys.detail(webhookId) });
      return queryClient.invalidateQueries({ queryKey: soloWebhookKeys.list() });
    },
  });
}
