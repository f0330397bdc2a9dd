import type { ColumnType, Generated } from 'kysely';

/** The gateway's tables (one schema; created and changed only by ./migrations.ts). */
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  /** The staff member's subject at the identity provider, or `system` / `webhook:<vendor>`. */
  actor: string;
  actor_name: string | null;
  roles: string;
  vendor: string;
  /** `METHOD /path` with ids kept (they are keys, not PHI) and the query string dropped. */
  endpoint: string;
  /** The patient's key in the vendor (an id), never a name or a date of birth. */
  patient_key: string | null;
  /** ok | vendor-error | refused | timeout | network-error | rate-limited */
  outcome: string;
  status: number | null;
  duration_ms: number | null;
  request_id: string | null;
}

export interface WebhookDeliveryTable {
  id: Generated<number>;
  vendor: string;
  /** The vendor's event id, or `sha256:<hash of the body>` where it sends none. */
  dedupe_key: string;
  received_at: Timestamp;
  event_type: string;
  webhook_id: string | null;
  /** What the event is about (appointment id, order id…), for the SSE push and the log. */
  subject: string | null;
  /** The decrypted JSON payload, sealed. */
  payload_sealed: string;
}

export interface WebhookRefusalTable {
  id: Generated<number>;
  vendor: string;
  at: Timestamp;
  /** forged | replayed | malformed */
  reason: string;
  source_ip: string | null;
  body_sha256: string;
}

export interface VendorWebhookSecretTable {
  vendor: string;
  webhook_id: string;
  secret_sealed: string;
  created_at: Timestamp;
  deleted_at: Timestamp | null;
}

export interface SessionTable {
  /** HMAC of the cookie's random id: the id itself is never stored. */
  id_hash: string;
  subject: string;
  name: string;
  email: string | null;
  roles: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  id_token_sealed: string | null;
}

export interface ScanUserTable {
  subject: string;
  tokens_sealed: string;
  expires_at: Timestamp;
  created_at: Timestamp;
  refreshed_at: Timestamp | null;
}

export interface SettingTable {
  key: string;
  value: string;
  updated_at: Timestamp;
  updated_by: string;
}

export interface ShareRegisterTable {
  id: Generated<number>;
  at: Timestamp;
  actor: string;
  vendor: string;
  patient_key: string | null;
  /** What was shared (an order or folder uuid). */
  item: string;
  kind: string;
  /** The recipient (an email address or a link id), sealed. */
  recipient_sealed: string | null;
  expires_at: Timestamp | null;
}

export interface IdempotencyRecordTable {
  vendor: string;
  actor: string;
  key: string;
  request_hash: string;
  /** null while the first request is in flight. */
  status: number | null;
  response_sealed: string | null;
  created_at: Timestamp;
}

export interface Database {
  audit_log: AuditLogTable;
  webhook_deliveries: WebhookDeliveryTable;
  webhook_refusals: WebhookRefusalTable;
  vendor_webhook_secrets: VendorWebhookSecretTable;
  sessions: SessionTable;
  scan_users: ScanUserTable;
  settings: SettingTable;
  share_register: ShareRegisterTable;
  idempotency_records: IdempotencyRecordTable;
}
