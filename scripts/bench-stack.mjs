import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * For the benchmarks: starts the test stack (server/dev/test-stack.ts: fake vendors, local OpenID provider,
 * gateway on in-memory PGlite) in a process of its own, so the load generator does not share its event loop.
 */
export async function startBenchStack(distDir, env = {}) {
  const pairs = Object.entries(env).map(([key, value]) => `${key}=${value}`);
  const child = spawn('npx', ['tsx', 'server/dev/test-stack.ts', distDir, ...pairs], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the stack exited (${code})`)));
  });
  const { origin, vendors } = JSON.parse(line);
  return {
    origin,
    vendors,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.stdin.end();
      }),
  };
}

/** Signs a seeded user in through the local provider; answers the session's Cookie header and CSRF token. */
export async function signIn(origin, username) {
  const { Browser } = await import('../server/test/harness.ts');
  const browser = new Browser(origin);
  const answer = await browser.signIn(username);
  if (answer.status !== 200) throw new Error(`sign-in failed (${answer.status})`);
  return { cookie: browser.cookieHeader(new URL(origin)), csrfToken: browser.csrfToken };
}
