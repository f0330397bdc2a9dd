import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';

/**
 * The versioned migrations, in order. A migration is never edited once released: add the next one.
 * Kysely's Migrator records what ran in `kysely_migration` and takes a lock, so two gateways starting
 * at once cannot both migrate.
 */
const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
        .addColumn('at', 'timestamptz', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('actor_name', 'text')
        .addColumn('roles', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('vendor', 'text', (c) => c.notNull())
        .addColumn('endpoint', 'text', (c) => c.notNull())
        .addColumn('patient_key', 'text')
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('status', 'integer')
        .addColumn('duration_ms', 'integer')
        .addColumn('request_id', 'text')
        .execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
      await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor', 'at']).execute();
      await db.schema
        .createIndex('audit_log_patient')
        .on('audit_log')
        .columns(['patient_key', 'at'])
        .execute();
      // Append-only from the application: any UPDATE, DELETE or TRUNCATE is refused by the database itself.
      await sql`
        create function audit_log_refuse_change() returns trigger language plpgsql as $$
        begin
          raise exception 'audit_log is append-only';
        end;
        $$`.execute(db);
      await sql`
        create trigger audit_log_append_only before update or delete on audit_log
        for each row execute function audit_log_refuse_change()`.execute(db);
      await sql`
        create trigger audit_log_no_truncate before truncate on audit_log
        for each statement execute function audit_log_refuse_change()`.execute(db);

      await db.schema
        .createTable('webhook_deliveries')
        .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
        .addColumn('vendor', 'text', (c) => c.notNull())
        .addColumn('dedupe_key', 'text', (c) => c.notNull())
        .addColumn('received_at', 'timestamptz', (c) => c.notNull())
        .addColumn('event_type', 'text', (c) => c.notNull())
        .addColumn('webhook_id', 'text')
        .addColumn('subject', 'text')
        .addColumn('payload_sealed', 'text', (c) => c.notNull())
        .addUniqueConstraint('webhook_deliveries_once', ['vendor', 'dedupe_key'])
        .execute();
      await db.schema
        .createIndex('webhook_deliveries_received')
        .on('webhook_deliveries')
        .column('received_at')
        .execute();

      await db.schema
        .createTable('webhook_refusals')
        .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
        .addColumn('vendor', 'text', (c) => c.notNull())
        .addColumn('at', 'timestamptz', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('source_ip', 'text')
        .addColumn('body_sha256', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('vendor_webhook_secrets')
        .addColumn('vendor', 'text', (c) => c.notNull())
        .addColumn('webhook_id', 'text', (c) => c.notNull())
        .addColumn('secret_sealed', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('deleted_at', 'timestamptz')
        .addPrimaryKeyConstraint('vendor_webhook_secrets_pk', ['vendor', 'webhook_id'])
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text')
        .addColumn('roles', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
        .addColumn('id_token_sealed', 'text')
        .execute();

      await db.schema
        .createTable('scan_users')
        .addColumn('subject', 'text', (c) => c.primaryKey())
        .addColumn('tokens_sealed', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('refreshed_at', 'timestamptz')
        .execute();

      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('share_register')
        .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
        .addColumn('at', 'timestamptz', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('vendor', 'text', (c) => c.notNull())
        .addColumn('patient_key', 'text')
        .addColumn('item', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('recipient_sealed', 'text')
        .addColumn('expires_at', 'timestamptz')
        .execute();

      await db.schema
        .createTable('idempotency_records')
        .addColumn('vendor', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('status', 'integer')
        .addColumn('response_sealed', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_records_pk', ['vendor', 'actor', 'key'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'idempotency_records',
        'share_register',
        'settings',
        'scan_users',
        'sessions',
        'vendor_webhook_secrets',
        'webhook_refusals',
        'webhook_deliveries',
        'audit_log',
      ]) {
        await db.schema.dropTable(table).execute();
      }
      await sql`drop function audit_log_refuse_change()`.execute(db);
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export const migrationNames = Object.keys(migrations);

export function createMigrator(db: Kysely<unknown>): Migrator {
  return new Migrator({ db, provider });
}

/** Brings the schema to the latest version; throws with the failing migration's error. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const { error, results } = await createMigrator(db).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
