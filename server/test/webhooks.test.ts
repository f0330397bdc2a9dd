import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readSoloContextLink } from '../../src/api/solo/linking';
import { encryptSoloPayload } from '../../src/lib/crypto/solo-cipher';
import { ManualClock } from '../clock';
import { Browser, type Stack, startStack, testCredentials } from './harness';

const clock = new ManualClock(Date.parse('2026-12-01T09:00:00Z'));
let stack: Stack;
let admin: Browser;
let desk: Browser;

beforeAll(async () => {
  stack = await startStack({ clock });
});
// The clock jumps hours ahead to test replays: sign in again before each test.
beforeEach(async () => {
  admin = new Browser(stack.origin);
  await admin.signIn('admin');
  desk = new Browser(stack.origin);
  await desk.signIn('frontdesk');
});
afterAll(() => stack.close());

/** Reads Server-Sent Events from a stream until `count` events have come. */
async function readEvents(
  response: Response,
  count: number,
): Promise<{ event: string; id: string; data: Record<string, unknown> }[]> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: { event: string; id: string; data: Record<string, unknown> }[] = [];
  let buffer = '';
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const field = (name: string) =>
        block
          .split('\n')
          .find((line) => line.startsWith(`${name}: `))
          ?.slice(name.length + 2);
      const data = field('data');
      if (data)
        events.push({ event: field('event') ?? 'message', id: field('id') ?? '', data: JSON.parse(data) });
      end = buffer.indexOf('\n\n');
    }
  }
  await reader.cancel();
  return events;
}

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${stack.origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

async function scheduleChange(): Promise<number> {
  // The first seeded appointment that is still scheduled gets cancelled by the platform.
  for (let id = 3_110_001; id < 3_111_000; id++) {
    try {
      await stack.vendors.control.solo.advanceAppointment(id, { status: 'cancelled' });
      return id;
    } catch {
      // not this one
    }
  }
  throw new Error('No scheduled appointment in the seeded Solo data.');
}

describe('Solo webhooks', () => {
  let webhookId = '';
  let key = '';

  it('keeps the key of a webhook created through the console, and accepts its encrypted deliveries, live over SSE', async () => {
    const created = await admin.fetch('/api/solo/qapi/v1/webhooks', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        endpoint: `${stack.origin}/webhooks/solo`,
        events: ['appointment:cancelled', 'appointment:completed'],
      }),
    });
    expect(created.status).toBe(201);
    const webhook = (await created.json()) as { id: string; encryptionKey: string };
    webhookId = webhook.id;
    key = webhook.encryptionKey;
    const stored = await stack.gateway.ctx.db.selectFrom('vendor_webhook_secrets').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(webhook.encryptionKey); // sealed at rest

    const stream = await desk.fetch('/api/gateway/events');
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const appointmentId = await scheduleChange();
    expect(await stack.vendors.pumpSoloDeliveries()).toBe(1);
    const [event] = await readEvents(stream, 1);
    expect(event).toMatchObject({
      event: 'solo',
      data: { vendor: 'solo', type: 'appointment:cancelled', subject: `appointmentId:${appointmentId}` },
    });

    const log = (await (await admin.fetch('/api/gateway/deliveries?vendor=solo')).json()) as {
      deliveries: { payload: unknown; webhookId: string }[];
    };
    expect(log.deliveries[0]).toMatchObject({
      webhookId,
      payload: { event: 'appointment:cancelled', data: { appointmentId } },
    });
  });

  it('refuses a forged delivery (another key), acknowledges a duplicate once, refuses a replay after the retry window', async () => {
    const forged = await post(
      '/webhooks/solo',
      JSON.stringify(
        await encryptSoloPayload(
          JSON.stringify({ event: 'appointment:completed', data: { appointmentId: 1 } }),
          'not-the-key',
        ),
      ),
    );
    expect(forged.status).toBe(401);
    const garbage = await post('/webhooks/solo', 'hello');
    expect(garbage.status).toBe(401);

    const [delivery] = stack.vendors.control.solo.webhookDeliveries(webhookId);
    const body = JSON.stringify(delivery?.payload);
    const duplicate = await post('/webhooks/solo', body);
    expect(duplicate.status).toBe(200);
    expect(await duplicate.json()).toEqual({ received: true, duplicate: true });
    const rows = await stack.gateway.ctx.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('vendor', '=', 'solo')
      .execute();
    expect(rows).toHaveLength(1);

    clock.advance(3 * 3_600_000);
    const replay = await post('/webhooks/solo', body);
    expect(replay.status).toBe(409);
    const refusals = await stack.gateway.ctx.db
      .selectFrom('webhook_refusals')
      .select(['vendor', 'reason'])
      .where('vendor', '=', 'solo')
      .execute();
    expect(refusals.map((r) => r.reason).sort()).toEqual(['forged', 'forged', 'replayed']);
    expect(
      stack.logs.some(
        (line) => line.includes('"webhook delivery refused"') && line.includes('"reason":"forged"'),
      ),
    ).toBe(true);
  });

  it('stops accepting a deleted webhook’s deliveries', async () => {
    const fresh = () =>
      encryptSoloPayload(JSON.stringify({ event: 'appointment:completed', data: { appointmentId: 7 } }), key);
    expect((await post('/webhooks/solo', JSON.stringify(await fresh()))).status).toBe(200);
    expect((await admin.fetch(`/api/solo/qapi/v1/webhooks/${webhookId}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    expect((await post('/webhooks/solo', JSON.stringify(await fresh()))).status).toBe(401);
  });
});

describe('Impilo webhooks', () => {
  const order = { id: 'ord-1', currentStatus: 'SHIPPED' };

  it('accepts a delivery with the right Impilo-Webhook-Secret and pushes it to signed-in browsers', async () => {
    const stream = await desk.fetch('/api/gateway/events');
    const accepted = await post('/webhooks/impilo', JSON.stringify(order), {
      'impilo-webhook-secret': testCredentials.IMPILO_WEBHOOK_SECRET,
    });
    expect(accepted.status).toBe(200);
    const [event] = await readEvents(stream, 1);
    expect(event?.data).toMatchObject({ vendor: 'impilo', type: 'order.status', subject: 'ord-1' });
  });

  it('refuses a missing or wrong secret, acknowledges a duplicate, refuses a replay', async () => {
    expect((await post('/webhooks/impilo', JSON.stringify(order))).status).toBe(401);
    expect(
      (await post('/webhooks/impilo', JSON.stringify(order), { 'impilo-webhook-secret': 'guess' })).status,
    ).toBe(401);
    const prefix = testCredentials.IMPILO_WEBHOOK_SECRET.slice(0, -1);
    expect(
      (await post('/webhooks/impilo', JSON.stringify(order), { 'impilo-webhook-secret': prefix })).status,
    ).toBe(401);
    const again = await post('/webhooks/impilo', JSON.stringify(order), {
      'impilo-webhook-secret': testCredentials.IMPILO_WEBHOOK_SECRET,
    });
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    clock.advance(3 * 3_600_000);
    const replay = await post('/webhooks/impilo', JSON.stringify(order), {
      'impilo-webhook-secret': testCredentials.IMPILO_WEBHOOK_SECRET,
    });
    expect(replay.status).toBe(409);
  });

  it('uses the vendor’s event id when it sends one, and the secret answered when the webhook was made here', async () => {
    const created = await admin.fetch('/api/impilo/api/v3/webhook', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'order.status', url: 'https://console.hospital.test/webhooks/impilo' }),
    });
    expect(created.status).toBe(201);
    const { secret } = (await created.json()) as { secret: string };
    const send = (status: string) =>
      post('/webhooks/impilo', JSON.stringify({ id: 'ord-2', currentStatus: status }), {
        'impilo-webhook-secret': secret,
        'impilo-event-id': 'evt-42',
      });
    expect(await (await send('PROCESSING')).json()).toMatchObject({ received: true });
    // Same event id, other body: the same event, not processed twice.
    expect(await (await send('SHIPPED')).json()).toEqual({ received: true, duplicate: true });
  });
});

describe('the event stream', () => {
  it('is refused without a session', async () => {
    const response = await fetch(`${stack.origin}/api/gateway/events`);
    expect(response.status).toBe(401);
  });

  it('resumes after Last-Event-ID with the events missed', async () => {
    const rows = await stack.gateway.ctx.db
      .selectFrom('webhook_deliveries')
      .select('id')
      .orderBy('id')
      .execute();
    const first = rows[0]?.id ?? 0;
    const stream = await desk.fetch('/api/gateway/events', { headers: { 'last-event-id': String(first) } });
    const events = await readEvents(stream, rows.length - 1);
    expect(events.map((e) => Number(e.id))).toEqual(rows.slice(1).map((r) => r.id));
  });
});

describe('the Solo context link', () => {
  it('is encrypted on the server with the secret only it holds, and decrypts to the JSON entered', async () => {
    const context = {
      user: 'frontdesk',
      type: 'patient',
      visit: 'V-100',
      date: 1_796_000_000,
      patient: { id: '42', sex: 'female', dob: '1990-04-02', firstName: 'Ana', lastName: 'López' },
    };
    const answer = await desk.fetch('/api/solo/context-link', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(context),
    });
    expect(answer.status).toBe(200);
    const { url } = (await answer.json()) as { url: string };
    expect(url.startsWith('https://demo.visitnow.org/integrations/linking?arg=')).toBe(true);
    expect(url).not.toContain(testCredentials.SOLO_CONTEXT_LINK_SECRET);
    expect(await readSoloContextLink(url, testCredentials.SOLO_CONTEXT_LINK_SECRET)).toEqual(context);
    const bad = await desk.fetch('/api/solo/context-link', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...context, type: 'janitor' }),
    });
    expect(bad.status).toBe(400);
  });
});
