import type { Clock } from '../clock';
import type { Sealer } from '../crypto/sealer';
import { sha256Hex } from '../crypto/sealer';
import type { Db } from '../db/database';

/**
 * Idempotency records for the vendors that have no client-side key of their own (Solo, Scan.com, Impilo):
 * a POST carrying `Idempotency-Key` is sent to the vendor once per staff member and key; a retry (a double
 * click, a lost answer) gets the first answer again, sealed in the database meanwhile. The same key with
 * another body is refused (422); while the first is still in flight, a second is refused (409).
 * A call that got no answer (timeout, network) releases its key: nothing is known to have happened.
 */
export type IdempotencyOutcome =
  | {
      kind: 'first';
      complete(status: number, contentType: string, body: Buffer): Promise<void>;
      release(): Promise<void>;
    }
  | { kind: 'replay'; status: number; contentType: string; body: Buffer; release?: undefined }
  | { kind: 'conflict'; status: 409 | 422; message: string; release?: undefined };

const TTL_MS = 24 * 3_600_000;

export class Idempotency {
  constructor(
    private readonly db: Db,
    private readonly sealer: Sealer,
    private readonly clock: Clock,
  ) {}

  async begin(vendor: string, actor: string, key: string, request: string): Promise<IdempotencyOutcome> {
    const hash = sha256Hex(request);
    const now = this.clock.now();
    await this.db
      .deleteFrom('idempotency_records')
      .where('vendor', '=', vendor)
      .where('actor', '=', actor)
      .where('key', '=', key)
      .where('created_at', '<', new Date(now - TTL_MS))
      .execute();
    const inserted = await this.db
      .insertInto('idempotency_records')
      .values({
        vendor,
        actor,
        key,
        request_hash: hash,
        status: null,
        response_sealed: null,
        created_at: new Date(now),
      })
      .onConflict((oc) => oc.doNothing())
      .returning('key')
      .executeTakeFirst();
    const where = { vendor, actor, key };
    if (inserted) {
      return {
        kind: 'first',
        complete: async (status, contentType, body) => {
          if (status >= 500) return this.remove(where);
          await this.db
            .updateTable('idempotency_records')
            .set({
              status,
              response_sealed: this.sealer.seal(
                JSON.stringify({ contentType, body: body.toString('base64') }),
              ),
            })
            .where('vendor', '=', vendor)
            .where('actor', '=', actor)
            .where('key', '=', key)
            .execute();
        },
        release: () => this.remove(where),
      };
    }
    const row = await this.db
      .selectFrom('idempotency_records')
      .selectAll()
      .where('vendor', '=', vendor)
      .where('actor', '=', actor)
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    if (row.request_hash !== hash)
      return { kind: 'conflict', status: 422, message: 'This Idempotency-Key was used for another request.' };
    if (row.status === null || !row.response_sealed)
      return { kind: 'conflict', status: 409, message: 'The same request is still being processed.' };
    const stored = JSON.parse(this.sealer.open(row.response_sealed)) as { contentType: string; body: string };
    return {
      kind: 'replay',
      status: row.status,
      contentType: stored.contentType,
      body: Buffer.from(stored.body, 'base64'),
    };
  }

  private async remove(where: { vendor: string; actor: string; key: string }) {
    await this.db
      .deleteFrom('idempotency_records')
      .where('vendor', '=', where.vendor)
      .where('actor', '=', where.actor)
      .where('key', '=', where.key)
      .execute();
  }
}
