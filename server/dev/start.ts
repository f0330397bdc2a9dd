import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGateway } from '../app';
import { loadConfig } from '../config';
import { generateSecret } from '../crypto/sealer';
import { openDatabase } from '../db/database';
import { startFakeVendors } from './fake-vendors';
import { seededUsers, startIdentityProvider } from './identity-provider';

/**
 * `npm start`: everything on this machine, in one process. Builds the console when dist/ is missing or
 * older than the sources, starts the fake vendors (the msw handlers over HTTP) and a local OpenID
 * provider with the seeded staff users, then the gateway with its embedded PGlite database in .data/.
 * Variables from the environment win (a real vendor's base URL and credentials, PORT, DATABASE_URL…).
 */
const DATA = '.data';
const say = (text: string) => process.stdout.write(`${text}\n`);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function buildIfNeeded() {
  const built = newestMtime('dist/index.html');
  const sources = Math.max(
    ...['src', 'index.html', 'vite.config.ts', 'public', 'package.json'].map(newestMtime),
  );
  if (built >= sources) return;
  say(built ? 'The sources changed since the last build: building…' : 'No production build yet: building…');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function persistentSecret(): string {
  mkdirSync(DATA, { recursive: true });
  const file = join(DATA, 'gateway-secret');
  if (!existsSync(file)) writeFileSync(file, `${generateSecret()}\n`, { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function start() {
  buildIfNeeded();
  const vendors = await startFakeVendors({ log: true });
  const idp = await startIdentityProvider();
  const port = process.env.PORT ?? '8080';
  const config = loadConfig({
    PORT: port,
    PGLITE_DIR: join(DATA, 'pglite'),
    GATEWAY_SECRET: persistentSecret(),
    EDEN_BASE_URL: vendors.baseUrl('eden'),
    SOLO_BASE_URL: vendors.baseUrl('solo'),
    SCAN_BASE_URL: vendors.baseUrl('scan'),
    IMPILO_BASE_URL: vendors.baseUrl('impilo'),
    EDEN_AUTHORIZATION: 'Token local-fake-eden',
    SOLO_API_KEY: 'local-fake-solo',
    SCAN_CLIENT_ID: 'local-fake-scan',
    SCAN_CLIENT_SECRET: 'local-fake-scan-secret',
    IMPILO_API_KEY: 'local-fake-impilo',
    SOLO_CONTEXT_LINK_SECRET: 'local-fake-link-secret',
    IMPILO_WEBHOOK_SECRET: 'local-fake-impilo-hook',
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    VENDOR_MODE: 'fake',
    LOG_LEVEL: 'warn',
    ...process.env,
  });
  const database = await openDatabase(config.database);
  const gateway = await buildGateway({ config, database, allowInsecureOidc: true });
  await gateway.app.listen({ host: config.host, port: config.port });
  const origin = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  idp.trust(origin);

  say(`
  Imaging console (gateway, fake vendors, embedded database in ${DATA}/)

    ${origin}

  Sign in with (local test provider at ${idp.issuer}):
${seededUsers
  .filter((u) => u.roles.length > 0)
  .map((u) => `    ${u.username.padEnd(10)} ${u.password.padEnd(16)} ${u.roles.join(', ')}`)
  .join('\n')}

  Vendors: the mock back ends over HTTP at ${vendors.origin}/api/<vendor>
  Solo webhooks: point them at ${origin}/webhooks/solo (Admin › Webhooks)
  Stop with Ctrl+C.
`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void gateway
      .shutdown()
      .then(() => Promise.all([vendors.close(), idp.close()]))
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void start();
