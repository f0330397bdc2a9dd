import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { mockNow, startMockClockAt } from '../../mocks/clock';
import { mockControl } from '../../mocks/control';
import { handlers } from '../../mocks/handlers';

/**
 * The console's mock back ends (the same msw handlers, seeded stores and fault scenarios as `npm run dev`
 * and the unit tests: mocks/handlers.ts) served over real HTTP, so the gateway talks to "vendors" the way it
 * talks to the real ones. `/api/<vendor>/…` on this server answers what the browser's mock would.
 * A fault scenario's "network error" drops the connection; "never answers" never answers.
 * Solo's webhook deliveries (which the mock only records) are POSTed for real to loopback endpoints.
 * `/__control/…` does, for tests in another process, what the vendors' platforms do on their own:
 * - `POST /__control/solo/appointments/<id>` `{ "status": "cancelled" }`: a provider changes an appointment
 *   (Solo records its webhook deliveries, which are POSTed at once);
 * - `POST /__control/clock` `{ "advanceMs": 7200000 }`: time passes for the vendors (Impilo's orders move on).
 */
export interface FakeVendors {
  origin: string;
  /** The base URL of one vendor, for the gateway's `<VENDOR>_BASE_URL`. */
  baseUrl(vendor: 'eden' | 'solo' | 'scan' | 'impilo'): string;
  /** Every request each vendor received, with its headers (tests check the credentials arrived). */
  received: { method: string; url: string; headers: IncomingMessage['headers'] }[];
  control: typeof mockControl;
  /** POSTs the Solo deliveries recorded since the last call to their loopback endpoints. */
  pumpSoloDeliveries(): Promise<number>;
  close(): Promise<void>;
}

const isLoopback = (endpoint: string) => {
  try {
    return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(endpoint).hostname);
  } catch {
    return false;
  }
};

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFakeVendors(options: { port?: number; log?: boolean } = {}): Promise<FakeVendors> {
  const received: FakeVendors['received'] = [];
  const delivered = new Set<string>();

  async function pumpSoloDeliveries(): Promise<number> {
    let sent = 0;
    for (const delivery of mockControl.solo.webhookDeliveries()) {
      const id = `${delivery.seq}:${delivery.webhookId}`;
      if (delivered.has(id) || !isLoopback(delivery.endpoint)) continue;
      delivered.add(id);
      try {
        await fetch(delivery.endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(delivery.payload),
        });
        sent++;
      } catch {
        // The receiver is down: a real vendor would retry later; the fake one does not.
      }
    }
    return sent;
  }

  async function control(req: IncomingMessage, res: ServerResponse, body: Buffer) {
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    let input: Record<string, unknown> = {};
    try {
      input = body.length ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
    } catch {
      return send(400, { error: 'The body must be JSON.' });
    }
    const appointment = /^\/__control\/solo\/appointments\/(\d+)$/.exec(req.url ?? '');
    if (req.method === 'POST' && appointment) {
      const status = input.status as Parameters<typeof mockControl.solo.advanceAppointment>[1]['status'];
      const changed = await mockControl.solo.advanceAppointment(Number(appointment[1]), { status });
      return send(200, { appointment: changed, delivered: await pumpSoloDeliveries() });
    }
    if (req.method === 'POST' && req.url === '/__control/clock' && typeof input.advanceMs === 'number') {
      startMockClockAt(mockNow().getTime() + input.advanceMs);
      return send(200, { now: mockNow().toISOString() });
    }
    return send(404, { error: 'No such control.' });
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const body = await readBody(req);
    if (req.url?.startsWith('/__control/')) return control(req, res, body);
    received.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers });
    if (received.length > 1000) received.shift();
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const method = req.method ?? 'GET';
    const request = new Request(new URL(req.url ?? '/', origin), {
      method,
      headers,
      body: method === 'GET' || method === 'HEAD' || body.length === 0 ? undefined : new Uint8Array(body),
    });
    const response = await getResponse(handlers, request);
    if (!response) {
      res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: 'No fake vendor handler for this request.' }));
      return;
    }
    if (response.type === 'error') {
      res.socket?.destroy();
      return;
    }
    const out: Record<string, string | string[]> = {};
    response.headers.forEach((value, name) => {
      out[name] = name === 'set-cookie' ? response.headers.getSetCookie() : value;
    });
    const payload = Buffer.from(await response.arrayBuffer());
    delete out['content-length'];
    delete out['transfer-encoding'];
    res.writeHead(response.status, { ...out, 'content-length': String(payload.length) });
    res.end(payload);
    if (req.url?.startsWith('/api/solo/')) void pumpSoloDeliveries();
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (options.log) console.error('fake vendor error', error.message);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: 'fake vendor failed' }));
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    baseUrl: (vendor) => `${origin}/api/${vendor}`,
    received,
    control: mockControl,
    pumpSoloDeliveries,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
