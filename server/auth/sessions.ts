import type { Clock } from '../clock';
import type { Sealer } from '../crypto/sealer';
import { randomToken } from '../crypto/sealer';
import type { Db } from '../db/database';
import { rolesFromClaim, type Staff } from './roles';

/**
 * Server-side sessions. The cookie holds a random id; the database holds only its HMAC, the staff member
 * and two times. A session ends after `idleMs` without a request (the console's idle lock, 15 minutes by
 * default) or `absoluteMs` after sign-in (12 hours by default), whichever comes first, and at sign-out.
 * The CSRF token is an HMAC of the session id: nothing more to store, and it dies with the session.
 */
export interface Session {
  staff: Staff;
  idHash: string;
  createdAt: number;
  lastSeenAt: number;
  csrfToken: string;
  idToken: string | null;
}

export type SessionLookup = { session: Session } | { ended: 'idle' | 'absolute' | 'unknown' };

/** Writes of `last_seen_at` are spared when the previous one is this recent. */
const TOUCH_EVERY_MS = 10_000;
/** A session row read from the database is reused this long (sign-out here drops it at once). */
const CACHE_MS = 5_000;

type Row = {
  subject: string;
  name: string;
  email: string | null;
  roles: string;
  created_at: Date | string;
  last_seen_at: Date | string;
  id_token_sealed: string | null;
};

export class SessionStore {
  private readonly cache = new Map<string, { row: Row; at: number }>();

  constructor(
    private readonly db: Db,
    private readonly sealer: Sealer,
    private readonly clock: Clock,
    readonly limits: { idleMs: number; absoluteMs: number },
  ) {}

  async create(staff: Staff, idToken: string | null): Promise<{ cookieValue: string; session: Session }> {
    const id = randomToken(32);
    const idHash = this.sealer.mac(`session:${id}`);
    const now = new Date(this.clock.now());
    await this.db
      .insertInto('sessions')
      .values({
        id_hash: idHash,
        subject: staff.subject,
        name: staff.name,
        email: staff.email,
        roles: staff.roles.join(' '),
        created_at: now,
        last_seen_at: now,
        id_token_sealed: idToken ? this.sealer.seal(idToken) : null,
      })
      .execute();
    return {
      cookieValue: id,
      session: {
        staff,
        idHash,
        createdAt: now.getTime(),
        lastSeenAt: now.getTime(),
        csrfToken: this.csrfFor(id),
        idToken,
      },
    };
  }

  csrfFor(cookieValue: string): string {
    return this.sealer.mac(`csrf:${cookieValue}`);
  }

  /** Looks the session up and, when it is still alive, counts this request as activity. */
  async resume(cookieValue: string, options: { touch: boolean }): Promise<SessionLookup> {
    const idHash = this.sealer.mac(`session:${cookieValue}`);
    const now = this.clock.now();
    const cached = this.cache.get(idHash);
    let row: Row | undefined =
      cached && now >= cached.at && now - cached.at < CACHE_MS ? cached.row : undefined;
    if (!row) {
      row = await this.db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
      if (!row) {
        this.cache.delete(idHash);
        return { ended: 'unknown' };
      }
      if (this.cache.size > 5_000) this.cache.clear();
      this.cache.set(idHash, { row, at: now });
    }
    const createdAt = new Date(row.created_at).getTime();
    const lastSeenAt = new Date(row.last_seen_at).getTime();
    const ended =
      now - createdAt >= this.limits.absoluteMs
        ? 'absolute'
        : now - lastSeenAt >= this.limits.idleMs
          ? 'idle'
          : null;
    if (ended) {
      this.cache.delete(idHash);
      await this.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
      return { ended };
    }
    if (options.touch && now - lastSeenAt >= TOUCH_EVERY_MS) {
      row.last_seen_at = new Date(now);
      await this.db
        .updateTable('sessions')
        .set({ last_seen_at: new Date(now) })
        .where('id_hash', '=', idHash)
        .execute();
    }
    return {
      session: {
        staff: { subject: row.subject, name: row.name, email: row.email, roles: rolesFromClaim(row.roles) },
        idHash,
        createdAt,
        lastSeenAt: options.touch ? now : lastSeenAt,
        csrfToken: this.csrfFor(cookieValue),
        idToken: row.id_token_sealed ? this.sealer.open(row.id_token_sealed) : null,
      },
    };
  }

  /** Whether the session is still within both limits (the event stream asks, without counting activity). */
  async alive(idHash: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('sessions')
      .select(['created_at', 'last_seen_at'])
      .where('id_hash', '=', idHash)
      .executeTakeFirst();
    if (!row) return false;
    const now = this.clock.now();
    return (
      now - new Date(row.created_at).getTime() < this.limits.absoluteMs &&
      now - new Date(row.last_seen_at).getTime() < this.limits.idleMs
    );
  }

  async destroy(idHash: string): Promise<void> {
    this.cache.delete(idHash);
    await this.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  }

  /** Deletes sessions past either limit (run now and then). */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    const result = await this.db
      .deleteFrom('sessions')
      .where((eb) =>
        eb.or([
          eb('created_at', '<=', new Date(now - this.limits.absoluteMs)),
          eb('last_seen_at', '<=', new Date(now - this.limits.idleMs)),
        ]),
      )
      .executeTakeFirst();
    return Number(result.numDeletedRows ?? 0);
  }
}
