import { startMockClockAt } from '../../mocks/clock';
import { startStack } from '../test/harness';

/**
 * The test stack (fake vendors, local OpenID provider, gateway on in-memory PGlite) as a process of its own,
 * for Playwright and the benchmarks, whose loaders cannot import the mock back ends. Prints one JSON line
 * `{ "origin": …, "vendors": … }` when ready; stops on SIGTERM or when stdin closes.
 *   tsx server/dev/test-stack.ts [distDir] [KEY=VALUE…]
 * `MOCK_NOW=<ISO instant>` starts the fake vendors' clock there (`mocks/clock.ts`), so e2e specs pin it to the
 * browser's instant; time runs on from there. The gateway and the OpenID provider keep the real clock: their
 * cookies' expiry is read by the browser's cookie store, which no page clock moves.
 * The gateway waits 60 s for a fake vendor (the server tests' harness waits 6 s, to test the 504 quickly): the
 * fake vendors share this process with the gateway and its database, and on a busy 2-core machine an answer
 * once took longer than 6 s, which the gateway spec then saw as four 504s. A `KEY=VALUE` argument overrides it.
 */
const [distDir = 'dist', ...pairs] = process.argv.slice(2);
const env = Object.fromEntries(
  pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
);
const { MOCK_NOW, ...stackEnv } = env;
if (MOCK_NOW) startMockClockAt(MOCK_NOW);
const stack = await startStack({
  distDir,
  env: { LOG_LEVEL: 'warn', UPSTREAM_TIMEOUT_MS: '60000', ...stackEnv },
});
process.stdout.write(`${JSON.stringify({ origin: stack.origin, vendors: stack.vendors.origin })}\n`);
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void stack.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
