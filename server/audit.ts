import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from './clock';
import type { Db } from './db/database';

/**
 * The audit log: one row per vendor call (who, which patient key, which endpoint, the outcome). Rows are
 * written beside the answer, never before it, and shutdown waits for the ones still being written.
 * The table refuses UPDATE, DELETE and TRUNCATE (a trigger of the first migration).
 */
export interface AuditEntry {
  actor: string;
  actorName?: string | null;
  roles?: string[];
  vendor: string;
  endpoint: string;
  patientKey?: string | null;
  outcome: 'ok' | 'vendor-error' | 'refused' | 'timeout' | 'network-error' | 'rate-limited';
  status?: number | null;
  durationMs?: number | null;
  requestId?: string | null;
}

export class Audit {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly log: FastifyBaseLogger,
  ) {}

  record(entry: AuditEntry): Promise<void> {
    const write = this.db
      .insertInto('audit_log')
      .values({
        at: new Date(this.clock.now()),
        actor: entry.actor,
        actor_name: entry.actorName ?? null,
        roles: (entry.roles ?? []).join(' '),
        vendor: entry.vendor,
        endpoint: entry.endpoint,
        patient_key: entry.patientKey ?? null,
        outcome: entry.outcome,
        status: entry.status ?? null,
        duration_ms:
          entry.durationMs === undefined || entry.durationMs === null ? null : Math.round(entry.durationMs),
        request_id: entry.requestId ?? null,
      })
      .execute()
      .then(
        () => undefined,
        (error: Error) => this.log.error({ err: { message: error.message } }, 'audit row not written'),
      );
    this.pending.add(write);
    void write.finally(() => this.pending.delete(write));
    return write;
  }

  /** Waits for every row still being written (graceful shutdown, tests). */
  async flush(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }
}

export interface AuditQuery {
  actor?: string;
  patientKey?: string;
  vendor?: string;
  from?: Date;
  to?: Date;
  /** Rows with an id below this one (paging backwards). */
  before?: number;
  limit?: number;
}

export async function searchAudit(db: Db, query: AuditQuery) {
  let q = db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(Math.min(query.limit ?? 50, 200));
  if (query.actor)
    q = q.where((eb) =>
      eb.or([eb('actor', '=', query.actor as string), eb('actor_name', 'ilike', `%${query.actor}%`)]),
    );
  if (query.patientKey) q = q.where('patient_key', '=', query.patientKey);
  if (query.vendor) q = q.where('vendor', '=', query.vendor);
  if (query.from) q = q.where('at', '>=', query.from);
  if (query.to) q = q.where('at', '<', query.to);
  if (query.before) q = q.where('id', '<', query.before);
  return q.execute();
}
