import type { ServerResponse } from 'node:http';

/**
 * Server-Sent Events to signed-in browsers. An event names what changed (vendor, event type, the id it is
 * about) and never carries PHI: the page refetches what it shows. Each client is tied to its session and
 * dropped when the session ends or the gateway shuts down.
 */
export interface GatewayEvent {
  /** The delivery's row id: browsers resume with Last-Event-ID. */
  id: number;
  vendor: 'solo' | 'impilo';
  type: string;
  subject: string | null;
  receivedAt: string;
}

interface Client {
  res: ServerResponse;
  sessionHash: string;
}

export class EventHub {
  private readonly clients = new Set<Client>();

  get size(): number {
    return this.clients.size;
  }

  add(res: ServerResponse, sessionHash: string): () => void {
    const client = { res, sessionHash };
    this.clients.add(client);
    return () => this.clients.delete(client);
  }

  static format(event: GatewayEvent): string {
    return `id: ${event.id}\nevent: ${event.vendor}\ndata: ${JSON.stringify(event)}\n\n`;
  }

  publish(event: GatewayEvent): void {
    const text = EventHub.format(event);
    for (const client of this.clients) client.res.write(text);
  }

  /** A comment line keeps proxies from closing an idle stream. */
  heartbeat(isAlive: (sessionHash: string) => Promise<boolean>): Promise<void> {
    return Promise.all(
      [...this.clients].map(async (client) => {
        if (await isAlive(client.sessionHash)) client.res.write(': keep-alive\n\n');
        else this.drop(client);
      }),
    ).then(() => undefined);
  }

  /** Ends the streams of one session (sign-out) or of every session (shutdown). */
  closeAll(sessionHash?: string): void {
    for (const client of this.clients)
      if (!sessionHash || client.sessionHash === sessionHash) this.drop(client);
  }

  private drop(client: Client) {
    this.clients.delete(client);
    client.res.end();
  }
}
