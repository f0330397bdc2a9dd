import { startClockAt } from '../../mocks/clock';
import { startStack } from '../test/harness';

/**
 * The test stack (fake vendors, local OpenID provider, gateway on in-memory PGlite) as a process of its own,
 * for Playwright and the benchmarks, whose loaders cannot import the mock back ends. Prints one JSON line
 * `{ "origin": …, "vendors": … }` when ready; stops on SIGTERM or when stdin closes.
 *   tsx server/dev/test-stack.ts [distDir] [KEY=VALUE…]
 * `MOCK_NOW=<ISO instant>` starts the whole process's clock there (fake vendors, gateway and provider alike,
 * `mocks/clock.ts`), so e2e specs pin it to the browser's instant; time runs on from there.
 */
const [distDir = 'dist', ...pairs] = process.argv.slice(2);
const env = Object.fromEntries(
  pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
);
const { MOCK_NOW, ...stackEnv } = env;
if (MOCK_NOW) startClockAt(MOCK_NOW);
const stack = await startStack({ distDir, env: { LOG_LEVEL: 'warn', ...stackEnv } });
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
