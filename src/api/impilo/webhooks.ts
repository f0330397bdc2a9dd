import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { impiloClient, impiloId, isoDateTime } from './client';
import { impiloEndpoints, impiloPaths, impiloWebhookTypes } from './paths';

/**
 * Webhooks (CONFIRMED `POST /webhook` with `{ type, url }`; types order.status, patient.created,
 * patient.updated). Deliveries carry an `Impilo-Webhook-Secret` header and are retried after 15 and then
 * 30 minutes (that is the receiving server's business, not the browser's). ASSUMED: list and delete paths,
 * and that the answer may include the `secret` the deliveries will carry.
 */
export const createWebhookSchema = z.object({
  type: z.enum(impiloWebhookTypes),
  url: z.url({ protocol: /^https$/, message: 'The webhook URL must be https.' }),
});
export type CreateImpiloWebhookInput = z.infer<typeof createWebhookSchema>;

export const webhookSchema = z.object({
  id: impiloId,
  type: z.enum(impiloWebhookTypes),
  url: z.string().min(1),
  secret: z.string().nullish(),
  createdAt: isoDateTime.nullish(),
});
export type ImpiloWebhook = z.infer<typeof webhookSchema>;

export async function createImpiloWebhook(
  input: CreateImpiloWebhookInput,
  options: { signal?: AbortSignal } = {},
) {
  return impiloClient.request({
    method: 'POST',
    path: impiloPaths.webhooks,
    endpoint: impiloEndpoints.createWebhook,
    json: createWebhookSchema.parse(input),
    schema: webhookSchema,
    signal: options.signal,
  });
}

export async function listImpiloWebhooks(options: { signal?: AbortSignal } = {}) {
  return impiloClient.request({
    path: impiloPaths.webhooks,
    endpoint: impiloEndpoints.listWebhooks,
    schema: z.array(webhookSchema),
    signal: options.signal,
  });
}

/** Answers nothing (204). */
export async function deleteImpiloWebhook(webhookId: string, options: { signal?: AbortSignal } = {}) {
  await impiloClient.request({
    method: 'DELETE',
    path: impiloPaths.webhook(impiloId.parse(webhookId)),
    endpoint: impiloEndpoints.deleteWebhook,
    schema: z.unknown(),
    signal: options.signal,
  });
}

export const impiloWebhookKeys = {
  all: ['impilo', 'webhooks'] as const,
};

export const impiloWebhooksQuery = () =>
  queryOptions({ queryKey: impiloWebhookKeys.all, queryFn: ({ signal }) => listImpiloWebhooks({ signal }) });

export function useImpiloWebhooks() {
  return useQuery(impiloWebhooksQuery());
}

export function useCreateImpiloWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateImpiloWebhookInput) => createImpiloWebhook(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: impiloWebhookKeys.all }),
  });
}

export function useDeleteImpiloWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (webhookId: string) => deleteImpiloWebhook(webhookId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: impiloWebhookKeys.all }),
  });
}
