import { startStack } from '../test/harness';

/**
 * The test stack (fake vendors, local OpenID provider, gateway on in-memory PGlite) as a process of its own,
 * for Playwright and the benchmarks, whose loaders cannot import the mock back ends. Prints one JSON line
 * `{ "origin": …, "vendors": … }` when ready; stops on SIGTERM or when stdin closes.
 *   tsx server/dev/test-stack.ts [distDir] [KEY=VALUE…]
 */
const [distDir = 'dist', ...pairs] = process.argv.slice(2);
const env = Object.fromEntries(
  pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
);
const stack = await startStack({ distDir, env: { LOG_LEVEL: 'warn', ...env } });
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
