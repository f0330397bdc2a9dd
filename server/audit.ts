import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from './clock';
import type { Db } from './db/database';

/**
 * The audit log: one row per vendor call (who, which patient key, which endpoint, the outcome). Rows are
 * queued beside the answer and written in batches within 50 ms; shutdown writes what is still queued.
 * The table refuses UPDATE, DELETE and TRUNCATE (a trigger of the first migration).
 */
const BATCH = 200;

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
  private queue: AuditEntry[] = [];
  private queueAt: number[] = [];
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly log: FastifyBaseLogger,
    /** Rows are written in batches: at most this long after the call, or at once past BATCH rows. */
    private readonly delayMs = 50,
  ) {}

  /** Queues the row; it is written with the next batch (one multi-row INSERT). */
  record(entry: AuditEntry): Promise<void> {
    this.queue.push(entry);
    this.queueAt.push(this.clock.now());
    if (this.queue.length >= BATCH) return this.flush();
    this.timer ??= setTimeout(() => void this.flush(), this.delayMs);
    return Promise.resolve();
  }

  /** Writes every queued row (graceful shutdown, tests, and the batch timer). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.flushing) await this.flushing;
    if (this.queue.length === 0) return;
    const entries = this.queue;
    const times = this.queueAt;
    this.queue = [];
    this.queueAt = [];
    this.flushing = this.db
      .insertInto('audit_log')
      .values(
        entries.map((entry, i) => ({
          at: new Date(times[i] ?? this.clock.now()),
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
        })),
      )
      .execute()
      .then(
        () => undefined,
        (error: Error) =>
          this.log.error({ err: { message: error.message }, rows: entries.length }, 'audit rows not written'),
      )
      .finally(() => {
        this.flushing = null;
      });
    await this.flushing;
    if (this.queue.length) await this.flush();
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
