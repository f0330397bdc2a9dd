import { client } from '@mocks/solo/integration-test-client';
import { soloWebhookEvents as busEvents, emitSoloWebhook } from '@mocks/solo/webhook-bus';
import { soloWebhookDeliveries } from '@mocks/solo/webhooks';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryWrapper } from '@/test/query-wrapper';
import type { VendorError } from '../errors';
import { InputError } from '../errors';
import {
  useCreateSoloWebhook,
  useDeleteSoloWebhook,
  useSoloWebhook,
  useSoloWebhooks,
  useUpdateSoloWebhook,
} from './integration-queries';
import {
  createSoloWebhook,
  decryptSoloWebhookPayload,
  deleteSoloWebhook,
  getSoloWebhook,
  listSoloWebhooks,
  soloWebhookEvents,
  updateSoloWebhook,
} from './webhooks';

const status = (error: unknown) => (error as VendorError).status;

describe('Solo webhooks', () => {
  it('lists the same events as the mock bus (and the vendor page, in its order)', () => {
    expect([...soloWebhookEvents]).toEqual([...busEvents]);
    expect(soloWebhookEvents).toHaveLength(12);
  });

  it('creates a webhook and answers its encryptionKey; get answers it too', async () => {
    const created = await createSoloWebhook({
      endpoint: 'https://webhook.site/abc',
      events: ['appointment:scheduled', 'appointment:rescheduled'],
    });
    expect(created.encryptionKey).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(await getSoloWebhook(created.id)).toEqual(created);
    const list = await listSoloWebhooks();
    expect(list).toContainEqual({ id: created.id, endpoint: created.endpoint, events: created.events });
    expect(list.every((w) => !('encryptionKey' in w))).toBe(true);
  });

  it('updates endpoint and events', async () => {
    const { id } = await createSoloWebhook({
      endpoint: 'https://webhook.site/a',
      events: ['patient:created'],
    });
    const updated = await updateSoloWebhook(id, {
      endpoint: 'https://webhook.site/updated/a',
      events: ['episode:created', 'episode:updated'],
    });
    expect(updated).toEqual({
      id,
      endpoint: 'https://webhook.site/updated/a',
      events: ['episode:created', 'episode:updated'],
    });
  });

  it('deletes (deactivates): gone from the list, then 404', async () => {
    const { id } = await createSoloWebhook({
      endpoint: 'https://webhook.site/d',
      events: ['patient:updated'],
    });
    await deleteSoloWebhook(id);
    expect((await listSoloWebhooks()).map((w) => w.id)).not.toContain(id);
    const error = await getSoloWebhook(id).catch((e: unknown) => e);
    expect(status(error)).toBe(404);
    expect((error as VendorError).vendorMessage).toBe('Webhook not found');
    expect(status(await deleteSoloWebhook(id).catch((e: unknown) => e))).toBe(404);
    expect(
      status(
        await updateSoloWebhook(id, { endpoint: 'https://x.org', events: ['patient:updated'] }).catch(
          (e: unknown) => e,
        ),
      ),
    ).toBe(404);
  });

  it.each([
    ['no events', { endpoint: 'https://webhook.site/x', events: [] }],
    ['an unknown event', { endpoint: 'https://webhook.site/x', events: ['appointment:deleted'] }],
    [
      'a duplicated event',
      { endpoint: 'https://webhook.site/x', events: ['patient:created', 'patient:created'] },
    ],
    ['a non-URL endpoint', { endpoint: 'webhook.site', events: ['patient:created'] }],
    ['a non-http endpoint', { endpoint: 'ftp://webhook.site/x', events: ['patient:created'] }],
  ])('refuses %s before sending', async (_name, body) => {
    await expect(createSoloWebhook(body as never)).rejects.toBeInstanceOf(InputError);
  });

  it('the mock refuses unknown events and bad endpoints with Bad parameters', async () => {
    const response = await client.post('/api/solo/qapi/v1/webhooks', {
      endpoint: 'not a url',
      events: ['appointment:scheduled', 'order:created'],
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        message:
          'Bad parameters [endpoint: This value is not a valid URL., events[1]: The value you selected is not a valid choice.]',
      },
    });
  });
});

describe('Solo webhook deliveries (mock)', () => {
  it('logs the encrypted payload for each subscribed webhook; it decrypts back to { event, data }', async () => {
    const subscribed = await createSoloWebhook({
      endpoint: 'https://webhook.site/subscribed',
      events: ['appointment:cancelled', 'patient:created'],
    });
    const other = await createSoloWebhook({
      endpoint: 'https://webhook.site/other',
      events: ['episode:created'],
    });

    await emitSoloWebhook('appointment:cancelled', { appointmentId: 3110360 });
    await emitSoloWebhook('patient:created', { patientId: 854896 });

    const log = soloWebhookDeliveries(subscribed.id);
    expect(log.map((d) => d.event)).toEqual(['appointment:cancelled', 'patient:created']);
    expect(log[0]?.endpoint).toBe('https://webhook.site/subscribed');
    expect(log[0]?.payload).not.toContain('3110360');
    expect(await decryptSoloWebhookPayload(log[0]?.payload ?? '', subscribed.encryptionKey)).toEqual({
      event: 'appointment:cancelled',
      data: { appointmentId: 3110360 },
    });
    expect(await decryptSoloWebhookPayload(log[1]?.payload ?? '', subscribed.encryptionKey)).toEqual({
      event: 'patient:created',
      data: { patientId: 854896 },
    });
    expect(soloWebhookDeliveries(other.id)).toEqual([]);
  });

  it('stops delivering to a deleted webhook and follows an update', async () => {
    const hook = await createSoloWebhook({ endpoint: 'https://webhook.site/u', events: ['patient:updated'] });
    await updateSoloWebhook(hook.id, { endpoint: 'https://webhook.site/u2', events: ['episode:updated'] });
    await emitSoloWebhook('patient:updated', { patientId: 1 });
    await emitSoloWebhook('episode:updated', { episodeId: 'ep-7' });
    expect(soloWebhookDeliveries(hook.id).map((d) => [d.event, d.endpoint])).toEqual([
      ['episode:updated', 'https://webhook.site/u2'],
    ]);
    await deleteSoloWebhook(hook.id);
    await emitSoloWebhook('episode:updated', { episodeId: 'ep-8' });
    expect(soloWebhookDeliveries(hook.id)).toHaveLength(1);
  });

  it("a payload cannot be read with another webhook's key", async () => {
    const a = await createSoloWebhook({
      endpoint: 'https://webhook.site/ka',
      events: ['patient:deactivated'],
    });
    const b = await createSoloWebhook({
      endpoint: 'https://webhook.site/kb',
      events: ['patient:deactivated'],
    });
    await emitSoloWebhook('patient:deactivated', { patientId: 5 });
    const payload = soloWebhookDeliveries(a.id)[0]?.payload ?? '';
    await expect(decryptSoloWebhookPayload(payload, b.encryptionKey)).rejects.toThrow();
  });
});

describe('Solo webhook hooks', () => {
  it('create, update and delete refresh the list and the detail', async () => {
    const { wrapper } = createQueryWrapper();
    const { result } = renderHook(
      () => ({
        list: useSoloWebhooks(),
        create: useCreateSoloWebhook(),
        update: useUpdateSoloWebhook(),
        remove: useDeleteSoloWebhook(),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    const before = result.current.list.data?.length ?? 0;
    let id = '';
    await act(async () => {
      id = (
        await result.current.create.mutateAsync({
          endpoint: 'https://webhook.site/h',
          events: ['patient:created'],
        })
      ).id;
    });
    await waitFor(() => expect(result.current.list.data).toHaveLength(before + 1));
    const { result: detail } = renderHook(() => useSoloWebhook(id), { wrapper });
    await waitFor(() => expect(detail.current.data?.events).toEqual(['patient:created']));
    await act(async () => {
      await result.current.update.mutateAsync({
        webhookId: id,
        request: { endpoint: 'https://webhook.site/h2', events: ['patient:updated'] },
      });
    });
    await waitFor(() => expect(detail.current.data?.events).toEqual(['patient:updated']));
    await act(async () => {
      await result.current.remove.mutateAsync(id);
    });
    await waitFor(() => expect(result.current.list.data).toHaveLength(before));
  });
});
