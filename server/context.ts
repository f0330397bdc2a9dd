import type { Audit } from './audit';
import type { SessionStore } from './auth/sessions';
import type { Clock } from './clock';
import type { GatewayConfig } from './config';
import type { Sealer } from './crypto/sealer';
import type { Db } from './db/database';
import type { EventHub } from './events/hub';
import type { IntegrationStatus } from './proxy/status';

/** What the gateway's parts share (built once in ./app.ts). */
export interface GatewayContext {
  config: GatewayConfig;
  db: Db;
  sealer: Sealer;
  clock: Clock;
  sessions: SessionStore;
  audit: Audit;
  events: EventHub;
  status: IntegrationStatus;
}
