import { buildGateway } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/database';

/**
 * `tsx server/main.ts`: the gateway, configured from the environment (see .env.example).
 * SIGTERM / SIGINT: /readyz turns 503, the listener closes, requests in flight finish, then the process
 * exits (forced after 15 s).
 */
const SHUTDOWN_GRACE_MS = 15_000;

export async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(2);
  }
  const database = await openDatabase(config.database);
  const gateway = await buildGateway({
    config,
    database,
    allowInsecureOidc: process.env.OIDC_ALLOW_HTTP === 'true',
  });
  await gateway.app.listen({ host: config.host, port: config.port });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    gateway.app.log.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS);
    force.unref();
    void gateway.shutdown().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
