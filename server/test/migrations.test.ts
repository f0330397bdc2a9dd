import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { createMigrator, migrationNames } from '../db/migrations';
import { createScratchDatabase } from './harness';

/** On PGlite, or on the PostgreSQL server of TEST_DATABASE_URL (`.ci/run` runs this suite on both). */
const server = process.env.TEST_DATABASE_URL;

describe(`migrations from an empty database (${server ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('creates every table, the append-only audit log, and goes down and up again', async () => {
    const scratch = server ? await createScratchDatabase(server) : null;
    const opened = await openDatabase(
      scratch ? { kind: 'postgres', url: scratch.url } : { kind: 'pglite', dir: 'memory://' },
    );
    try {
      const db = opened.db as unknown as Kysely<unknown>;
      const tables = await sql<{ table_name: string }>`
        select table_name from information_schema.tables where table_schema = 'public' order by table_name`.execute(
        db,
      );
      expect(tables.rows.map((r) => r.table_name)).toEqual([
        'audit_log',
        'idempotency_records',
        'kysely_migration',
        'kysely_migration_lock',
        'scan_users',
        'sessions',
        'settings',
        'share_register',
        'vendor_webhook_secrets',
        'webhook_deliveries',
        'webhook_refusals',
      ]);
      const ran = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
      expect(ran.rows.map((r) => r.name)).toEqual(migrationNames);

      await opened.db
        .insertInto('audit_log')
        .values({
          at: new Date(),
          actor: 'a',
          actor_name: null,
          roles: '',
          vendor: 'eden',
          endpoint: 'GET /orders/',
          patient_key: null,
          outcome: 'ok',
          status: 200,
          duration_ms: 1,
          request_id: null,
        })
        .execute();
      await expect(sql`update audit_log set outcome = 'changed'`.execute(db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/append-only/);
      await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/append-only/);

      // A delivery is stored once per vendor and dedupe key.
      const delivery = {
        vendor: 'solo',
        dedupe_key: 'k',
        received_at: new Date(),
        event_type: 'x',
        webhook_id: null,
        subject: null,
        payload_sealed: 'p',
      };
      await opened.db.insertInto('webhook_deliveries').values(delivery).execute();
      await expect(opened.db.insertInto('webhook_deliveries').values(delivery).execute()).rejects.toThrow();

      const migrator = createMigrator(db);
      const down = await migrator.migrateDown();
      expect(down.error).toBeUndefined();
      const after = await sql<{
        n: number;
      }>`select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name = 'audit_log'`.execute(
        db,
      );
      expect(after.rows[0]?.n).toBe(0);
      const up = await migrator.migrateToLatest();
      expect(up.error).toBeUndefined();
      expect(up.results?.map((r) => [r.migrationName, r.status])).toEqual(
        migrationNames.map((name) => [name, 'Success']),
      );
    } finally {
      await opened.close();
      await scratch?.drop();
    }
  });
});
