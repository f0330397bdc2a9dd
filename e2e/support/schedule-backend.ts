import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Browser, BrowserContext, Page, Request as PlaywrightRequest, Route } from '@playwright/test';
import { E2E_LOCALE, pinnedNow } from './clock';

/**
 * One mock back end for several browser contexts (two front desks racing for one slot).
 *
 * Each page normally runs the mock back ends inside itself (msw's worker), so two browser contexts have two
 * separate stores and could never race for the same slot. Here the same handlers (mocks/handlers.ts) run
 * once, outside the browsers: a child process serves them over HTTP (server/dev/fake-vendors.ts, the
 * gateway's fake vendors) with one seeded store and the mock clock frozen at the pinned instant. Every
 * context's `/api/*` requests are routed to it (`context.route` + `route.fetch`), and its pages start
 * without their own worker (`window.__consoleMocksExternal`, read by mocks/browser.ts). The handlers check
 * and write synchronously, so two bookings of one slot are decided by the back end, as a real one would.
 *
 * `loseAnswer` lets the back end do the work and then drops its answer on the way back (the browser sees a
 * network error): the case that makes idempotency matter.
 */
export interface SharedBackEnd {
  attach(context: BrowserContext): Promise<void>;
  /**
   * A front desk: a browser context of its own (own storage, own zone) on this back end, its clock pinned
   * like the fixture's contexts (e2e/support/fixtures.ts), closed with the back end.
   */
  desk(browser: Browser, timezoneId: string): Promise<Page>;
  /** The next `times` requests that `match` reach the back end, then their answers are lost. */
  loseAnswer(match: (request: PlaywrightRequest) => boolean, times?: number): void;
  /** `METHOD path?query` of every request the back end answered. */
  readonly seen: string[];
  close(): Promise<void>;
}

export async function startSharedBackEnd(now: Date): Promise<SharedBackEnd> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'e2e/support/schedule-backend-server.ts', now.toISOString()],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const origin = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', (line) => resolve((JSON.parse(line) as { origin: string }).origin));
    child.once('exit', (code) => reject(new Error(`shared mock back end exited (${code})`)));
  });
  const rules: { match: (request: PlaywrightRequest) => boolean; left: number }[] = [];
  const seen: string[] = [];

  async function forward(route: Route) {
    const request = route.request();
    const url = new URL(request.url());
    seen.push(`${request.method()} ${url.pathname}${url.search}`);
    const response = await route.fetch({ url: `${origin}${url.pathname}${url.search}` }).catch(() => null);
    const rule = rules.find((candidate) => candidate.left > 0 && candidate.match(request));
    if (!response || rule) {
      if (rule) rule.left -= 1;
      await route.abort('connectionreset');
      return;
    }
    await route.fulfill({ response });
  }

  const desks: BrowserContext[] = [];
  async function attach(context: BrowserContext) {
    await context.addInitScript(() => {
      (window as Window & { __consoleMocksExternal?: boolean }).__consoleMocksExternal = true;
    });
    await context.route((url) => url.pathname.startsWith('/api/'), forward);
  }

  return {
    seen,
    attach,
    async desk(browser, timezoneId) {
      const context = await browser.newContext({
        timezoneId,
        locale: E2E_LOCALE,
        viewport: { width: 1280, height: 900 },
      });
      desks.push(context);
      await context.clock.install({ time: pinnedNow() });
      await attach(context);
      return context.newPage();
    },
    loseAnswer(match, times = 1) {
      rules.push({ match, left: times });
    },
    async close() {
      await Promise.all(desks.map((context) => context.close()));
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.stdin?.end();
      });
    },
  };
}
