import type { Faker } from '@faker-js/faker';
import { HttpResponse, http } from 'msw';
import { type SoloWebhookEvent, soloWebhookEvents } from '@/api/solo/webhooks';
import { bytesToBase64, encryptSoloPayload } from '@/lib/crypto/solo-cipher';
import { mockNow } from '../clock';
import { createFaker } from '../seed';
import { asRecord, readJson } from '../shared/http';
import { defineStore } from '../store';
import { badParameters, SOLO_MOCK_STATUS, soloError } from './integration-config';
import { onSoloWebhook, type SoloWebhookData } from './webhook-bus';

/*
 * The Solo webhook registry and the delivery log. Nothing is really POSTed: for every event raised on the
 * bus (./webhook-bus), each active webhook subscribed to it gets a log entry holding the encrypted body Solo
 * would POST to its endpoint (encrypted with that webhook's `encryptionKey`, src/lib/crypto/solo-cipher).
 * QA reads the log with `soloWebhookDeliveries()` (also on `window.__consoleMocks` if the integrator exposes it).
 */

interface StoredWebhook {
  id: string;
  endpoint: string;
  events: SoloWebhookEvent[];
  encryptionKey: string;
  active: boolean;
}

export interface SoloWebhookDelivery {
  /** Order in which the events were raised. */
  seq: number;
  webhookId: string;
  endpoint: string;
  event: SoloWebhookEvent;
  /** The plaintext, for QA; Solo only sends `payload`. */
  data: SoloWebhookData;
  /** The encrypted body POSTed to `endpoint`: Base64(salt) + Base64(IV) + Base64(ciphertext). */
  payload: string;
  /** ATOM-like ISO time (mock clock). */
  deliveredAt: string;
}

interface WebhookState {
  faker: Faker;
  webhooks: Map<string, StoredWebhook>;
  deliveries: SoloWebhookDelivery[];
  nextSeq: number;
}

function newKey(faker: Faker): string {
  return bytesToBase64(Uint8Array.from({ length: 16 }, () => faker.number.int({ min: 0, max: 255 })));
}

export const soloWebhookStore = defineStore<WebhookState>('solo-webhooks', () => {
  const faker = createFaker('solo-webhooks', 'en');
  const webhooks = new Map<string, StoredWebhook>();
  // One registered webhook, so the console's screens have something to show.
  const demo: StoredWebhook = {
    id: faker.string.uuid(),
    endpoint: 'https://webhook.site/front-desk-console',
    events: soloWebhookEvents.filter((event) => event.startsWith('appointment:')),
    encryptionKey: newKey(faker),
    active: true,
  };
  webhooks.set(demo.id, demo);
  return { faker, webhooks, deliveries: [], nextSeq: 1 };
});

/** The delivery log, oldest first; only one webhook's when `webhookId` is given. */
export function soloWebhookDeliveries(webhookId?: string): SoloWebhookDelivery[] {
  return soloWebhookStore
    .get()
    .deliveries.filter((d) => webhookId === undefined || d.webhookId === webhookId)
    .sort((a, b) => a.seq - b.seq);
}

async function record(event: SoloWebhookEvent, data: SoloWebhookData): Promise<void> {
  // Who gets it is decided now, synchronously; only the encryption is awaited.
  const state = soloWebhookStore.get();
  const seq = state.nextSeq++;
  const deliveredAt = mockNow().toISOString();
  const targets = [...state.webhooks.values()].filter((w) => w.active && w.events.includes(event));
  const body = JSON.stringify({ event, data });
  const entries = await Promise.all(
    targets.map(async (webhook) => ({
      seq,
      webhookId: webhook.id,
      endpoint: webhook.endpoint,
      event,
      data,
      payload: await encryptSoloPayload(body, webhook.encryptionKey),
      deliveredAt,
    })),
  );
  state.deliveries.push(...entries);
}

onSoloWebhook(record);

const notFound = () => soloError(SOLO_MOCK_STATUS.notFound, 'Webhook not found');

function check(body: unknown): { field: string; message: string }[] {
  const b = asRecord(body);
  const problems: { field: string; message: string }[] = [];
  if (typeof b.endpoint !== 'string' || !b.endpoint.trim()) {
    problems.push({ field: 'endpoint', message: 'This value should not be blank.' });
  } else {
    let ok = false;
    try {
      ok = ['http:', 'https:'].includes(new URL(b.endpoint).protocol);
    } catch {
      ok = false;
    }
    if (!ok) problems.push({ field: 'endpoint', message: 'This value is not a valid URL.' });
  }
  if (!Array.isArray(b.events) || b.events.length === 0) {
    problems.push({ field: 'events', message: 'This value should not be blank.' });
  } else {
    b.events.forEach((event: unknown, i) => {
      if (!soloWebhookEvents.includes(event as SoloWebhookEvent)) {
        problems.push({ field: `events[${i}]`, message: 'The value you selected is not a valid choice.' });
      }
    });
  }
  return problems;
}

const publicView = (w: StoredWebhook) => ({ id: w.id, endpoint: w.endpoint, events: w.events });
const withKey = (w: StoredWebhook) => ({ ...publicView(w), encryptionKey: w.encryptionKey });
const live = (id: string) => {
  const webhook = soloWebhookStore.get().webhooks.get(id);
  return webhook?.active ? webhook : undefined;
};

export const soloWebhookHandlers = [
  http.post('*/api/solo/qapi/v1/webhooks', async ({ request }) => {
    const body = await readJson(request);
    const problems = check(body);
    if (problems.length) return badParameters(problems);
    const b = body as { endpoint: string; events: SoloWebhookEvent[] };
    const state = soloWebhookStore.get();
    const webhook: StoredWebhook = {
      id: state.faker.string.uuid(),
      endpoint: b.endpoint,
      events: [...new Set(b.events)],
      encryptionKey: newKey(state.faker),
      active: true,
    };
    state.webhooks.set(webhook.id, webhook);
    return HttpResponse.json(withKey(webhook), { status: SOLO_MOCK_STATUS.created });
  }),

  http.get('*/api/solo/qapi/v1/webhooks', () =>
    HttpResponse.json([...soloWebhookStore.get().webhooks.values()].filter((w) => w.active).map(publicView)),
  ),

  http.get('*/api/solo/qapi/v1/webhooks/:webhookId', ({ params }) => {
    const webhook = live(String(params.webhookId));
    return webhook ? HttpResponse.json(withKey(webhook)) : notFound();
  }),

  http.put('*/api/solo/qapi/v1/webhooks/:webhookId', async ({ request, params }) => {
    const body = await readJson(request);
    const webhook = live(String(params.webhookId));
    if (!webhook) return notFound();
    const problems = check(body);
    if (problems.length) return badParameters(problems);
    const b = body as { endpoint: string; events: SoloWebhookEvent[] };
    webhook.endpoint = b.endpoint;
    webhook.events = [...new Set(b.events)];
    return HttpResponse.json(publicView(webhook));
  }),

  http.delete('*/api/solo/qapi/v1/webhooks/:webhookId', ({ params }) => {
    const webhook = live(String(params.webhookId));
    if (!webhook) return notFound();
    webhook.active = false;
    return new HttpResponse(null, { status: 204 });
  }),
];
