import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Route } from '@playwright/test';
import { populationExamples } from '../mocks/population';
import { waitForAnimations } from './support/animations';
import { pinnedNow, readPageClock } from './support/clock';
import { expect, test } from './support/fixtures';
import { fullOrderForm, NewOrderPage } from './support/new-order-page';
import { PatientSearchPage } from './support/patients-search-page';
import { ROOMS } from './support/schedule-page';

/**
 * The production build (dist/, made by `npm run build` before the e2e run) served by the gateway, with the
 * fake vendors (the msw handlers over HTTP) and the local OpenID provider: the console works under the
 * gateway's Content-Security-Policy with no violation reported and no console error. The fake vendors' clock
 * starts at the browser's pinned instant (`MOCK_NOW`), so the console and its data agree on the date.
 */
test.describe.configure({ mode: 'serial' });

/** The gateway's origin, and the fake vendors' (their `/__control/…` routes act as the vendors' platforms). */
let stack: { origin: string; vendors: string };
let child: ChildProcess;

test.beforeAll(async () => {
  // Without the production build the sign-in page never comes: say so at once rather than after a timeout.
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` before this spec');
  // Starting it (tsx, PGlite, compressing a fresh build) takes a while on a busy machine.
  test.setTimeout(240_000);
  // The stack runs in a process of its own (tsx): Playwright's loader cannot import the mock back ends.
  child = spawn('npx', ['tsx', 'server/dev/test-stack.ts', 'dist', `MOCK_NOW=${pinnedNow().toISOString()}`], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  stack = await new Promise((resolve, reject) => {
    lines.once('line', (line) => resolve(JSON.parse(line) as typeof stack));
    child.once('exit', (code) => reject(new Error(`the test stack exited (${code})`)));
  });
});
test.afterAll(() => {
  child?.stdin?.end();
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

const POSTDICOM_LIBRARY_ORIGIN = 'https://www.postdicom.com/';
/** The test stack's `IMPILO_WEBHOOK_SECRET` (server/test/harness.ts). */
const IMPILO_WEBHOOK_SECRET = 'impilo-hook-secret-0c1d';

async function watch(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const w = window as unknown as { __csp?: string[] };
      w.__csp = w.__csp ?? [];
      w.__csp.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  // The fake vendors serve no PostDICOM browser library: the pages that use PostDICOM ask for the vendor's
  // own script (allowed by the CSP), which this sandbox cannot resolve. That one failed load is expected;
  // any other failed request is a problem, and so is every console error but the line that load prints.
  let libraryLoadFailed = false;
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    if (request.url().startsWith(POSTDICOM_LIBRARY_ORIGIN)) libraryLoadFailed = true;
    // A navigation aborts what the page left in flight (the event stream, a search): not a failure.
    else if (error !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${error})`);
  });
  // Chromium prints every 4xx/5xx answer as a console error: each is listed by its request instead, so a
  // test can name the answers it expects (a lookup that finds nothing) and every other one fails it.
  const answers: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400)
      answers.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return {
    /** CSP violations, failed requests, page errors, console errors, and error answers not `expected`. */
    async violations(expected: string[] = []): Promise<string[]> {
      const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      const unresolved = /^Failed to load resource: net::ERR_NAME_NOT_RESOLVED$/;
      const answered = /^Failed to load resource: the server responded with a status of \d+/;
      const errors = consoleErrors.filter(
        (text) => !(libraryLoadFailed && unresolved.test(text)) && !answered.test(text),
      );
      const unexpected = answers.filter((answer) => !expected.includes(answer));
      return [...csp, ...problems, ...unexpected, ...errors.map((text) => `console: ${text}`)];
    },
  };
}

async function signIn(page: Page, username: string, password: string, path = '/orders') {
  await page.goto(`${stack.origin}${path}`);
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${stack.origin}${path}`);
}

test('the console signs in and runs under the gateway’s CSP with no violation', async ({ page }) => {
  const watcher = await watch(page);
  await signIn(page, 'frontdesk', 'frontdesk-pass');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('mode-badge')).toHaveText(/live/i);
  // The worklist's rows come from the fake Eden through the gateway.
  await expect(page.getByRole('table').or(page.getByTestId('order-card')).first()).toBeVisible();
  for (const path of ['/orders/new', '/patients', '/schedule', '/uploads', '/sharing', '/admin']) {
    await page.goto(`${stack.origin}${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // Switching the colour scheme and the language rewrites Mantine's style tags and loads a chunk.
  await page.goto(`${stack.origin}/orders`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await watcher.violations()).toEqual([]);
  const csp = (await page.request.get(`${stack.origin}/orders`)).headers()['content-security-policy'];
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
});

test('the shell names who is signed in, and signing out ends the session on the server', async ({ page }) => {
  await signIn(page, 'frontdesk', 'frontdesk-pass');
  const signOut = page.getByTestId('sign-out');
  await expect(signOut).toHaveAccessibleName(/^Sign out \(.+\)$/);
  expect((await page.request.get(`${stack.origin}/api/gateway/session`)).status()).toBe(200);
  // A request answered 401 once the sign-out's navigation has started (the worklist's refresh, say) must
  // not send the tab to sign-in, which would abort that navigation (CI saw net::ERR_ABORTED). Both are held
  // here so the 401 lands exactly then.
  const late = deferred<Route>();
  await page.route('**/api/gateway/session?probe=late', (route) => late.resolve(route));
  const leaving = deferred<Route>();
  await page.route('**/session/end?**', (route) => leaving.resolve(route));
  // The page says when it has the answer (an evaluate would wait for the held navigation).
  await page.evaluate(() => {
    void fetch('/api/gateway/session?probe=late').then((answer) =>
      console.info(`late answer ${answer.status}`),
    );
  });
  const lateRoute = await late.promise;
  // Not awaited yet: a click that starts a navigation waits for it, and this one is held below.
  const clicked = signOut.click();
  const leavingRoute = await leaving.promise;
  const handled = page.waitForEvent('console', (message) => message.text() === 'late answer 401');
  await lateRoute.fulfill({
    status: 401,
    headers: { 'X-Console-Session': 'ended' },
    json: { error: 'signed-out' },
  });
  await handled;
  await leavingRoute.continue();
  await clicked;
  // The identity provider asks to confirm its own sign-out, then comes back to the gateway's page.
  await expect(page).toHaveURL((url) => url.pathname === '/session/end');
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/auth/signed-out');
  await expect(page.getByText('You are signed out of the console.')).toBeVisible();
  expect((await page.request.get(`${stack.origin}/api/gateway/session`)).status()).toBe(401);
});

test('a stale tab asking for a chunk that no longer exists gets a 404, not the app', async ({ page }) => {
  await signIn(page, 'frontdesk', 'frontdesk-pass');
  const answer = await page.request.get(`${stack.origin}/assets/OrderWorklistPage-gone1234.js`);
  expect(answer.status()).toBe(404);
  expect(await answer.text()).not.toContain('<div id="root">');
});

test('signed in, a search across the vendors, then an order that reaches the fake Eden with the CSRF token, both in the audit log', async ({
  page,
}) => {
  test.slow();
  const watcher = await watch(page);
  await signIn(page, 'frontdesk', 'frontdesk-pass', '/patients');
  // The search: one person held by Eden, PostDICOM and Impilo under one MRN, found through the gateway
  // (PostDICOM's browser library is the vendor's own script, which this sandbox cannot load: see `watch`).
  const { sameAcrossThree: person } = populationExamples();
  const search = new PatientSearchPage(page);
  await search.search(person.mrn);
  for (const vendor of ['eden', 'impilo'] as const)
    await expect(search.vendor(vendor)).toHaveAttribute('data-status', 'done');
  // Grouped as one person held by both (PostDICOM's record joins when its library loads).
  await expect(search.results).toHaveCount(1);
  for (const text of ['Same person', 'Impilo', 'Eden'])
    await expect(search.results.first()).toContainText(text);

  const form = new NewOrderPage(page);
  await form.goto();
  await form.fill(fullOrderForm);
  const folio = await form.field('folio').inputValue();
  const posted = page.waitForRequest(
    (request) => request.method() === 'POST' && request.url().endsWith('/api/eden/orders/'),
  );
  await form.submit();
  expect((await posted).headers()['x-csrf-token']).toBeTruthy();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Order ${folio}`);
  // Solo has no search: the MRN was looked up as a Solo id, and Solo holds no such patient.
  expect(await watcher.violations([`404 GET /api/solo/qapi/v1/patients/${person.mrn}`])).toEqual([]);

  // An admin finds the call in the audit log: who, the patient key, the endpoint, the outcome.
  const admin = await page.context().browser()?.newContext();
  const adminPage = await admin?.newPage();
  if (!adminPage) throw new Error('no second browser context');
  await signIn(adminPage, 'admin', 'admin-pass');
  const audit = await adminPage.request.get(
    `${stack.origin}/api/gateway/audit?vendor=eden&patientKey=eden:${fullOrderForm.patient_identifier}`,
  );
  expect(audit.status()).toBe(200);
  const { entries } = (await audit.json()) as {
    entries: { actor: string; endpoint: string; outcome: string }[];
  };
  expect(entries).toContainEqual(
    expect.objectContaining({ actor: 'frontdesk', endpoint: 'POST /orders/', outcome: 'ok' }),
  );
  // The search's calls are there too, by the same user (the query itself is never logged).
  const searched = await adminPage.request.get(
    `${stack.origin}/api/gateway/audit?actor=frontdesk&vendor=impilo`,
  );
  const { entries: searches } = (await searched.json()) as {
    entries: { endpoint: string; outcome: string }[];
  };
  expect(searches).toContainEqual(
    expect.objectContaining({ endpoint: 'GET /api/v3/patient', outcome: 'ok' }),
  );
  expect(JSON.stringify(searches)).not.toContain(person.mrn);
  await admin?.close();
});

async function expectNoViolations(page: Page, what: string) {
  const builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  await waitForAnimations(page);
  const results = await builder.analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    what,
  ).toEqual([]);
}

for (const [scheme, lang, width] of [
  ['light', 'en', 1280],
  ['dark', 'es', 390],
] as const) {
  test(`Admin through the gateway: integrations, delivery log, settings and audit log (${scheme}, ${lang}, ${width} px)`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // The stack lives as long as the worker: names unique to this run of the test.
    const run = `${scheme.toUpperCase()}_${test.info().repeatEachIndex}_${test.info().retry}`;
    await page.setViewportSize({ width, height: 900 });
    await page.addInitScript(
      ({ s, l }) => {
        localStorage.setItem('console.color-scheme', s);
        localStorage.setItem('console.language', l);
      },
      { s: scheme, l: lang },
    );
    // A delivery from Impilo, so the log has something to show.
    const delivered = await page.request.post(`${stack.origin}/webhooks/impilo`, {
      headers: { 'impilo-webhook-secret': IMPILO_WEBHOOK_SECRET, 'content-type': 'application/json' },
      data: { id: `ord-${run}`, currentStatus: 'SHIPPED' },
    });
    expect(delivered.status()).toBe(200);
    await signIn(page, 'admin', 'admin-pass', '/admin');
    await expect(page.getByTestId('integrations-table')).toBeVisible();
    await expectNoViolations(page, 'integrations');

    await page.getByTestId('admin-nav-deliveries').click();
    await expect(page.getByTestId('deliveries')).toContainText(`ord-${run}`);
    await expectNoViolations(page, 'delivery log');

    await page.getByTestId('admin-nav-settings').click();
    await page.getByRole('button', { name: lang === 'en' ? 'Add facility' : 'Añadir centro' }).click();
    await page.getByTestId('settings-save').click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoViolations(page, 'settings with errors');
    const row = page.getByTestId('zone-row').last();
    await row.getByRole('textbox').fill(`FACILITY_${run}`);
    await row.getByRole('combobox').selectOption('America/Mexico_City');
    await page.getByTestId('settings-save').click();
    await expect(page.getByText(lang === 'en' ? /Last changed/ : /Último cambio/)).toBeVisible();
    await expectNoViolations(page, 'settings saved');

    await page.getByTestId('admin-nav-audit').click();
    await page.getByLabel(lang === 'en' ? 'User' : 'Usuario').fill('admin');
    await page.getByTestId('audit-search').click();
    await expect(page.getByTestId('audit-table')).toContainText('PUT /settings');
    await expectNoViolations(page, 'audit log');
  });
}

/** The fake vendors' platform does something on its own (a provider, a carrier): `/__control/…`. */
async function vendorPlatform(page: Page, path: string, data: unknown) {
  const answer = await page.request.post(`${stack.vendors}/__control/${path}`, { data });
  expect(answer.status(), await answer.text()).toBe(200);
  return (await answer.json()) as Record<string, unknown>;
}

/**
 * Stops the page's timers (the agenda's and the order page's 30 s polling, focus refetches need none), so
 * that only the gateway's event stream can bring a change: `settle` then lets a few page seconds pass.
 */
/**
 * Resolves when the page has the gateway's event stream open (the console connects once the page has
 * painted): an event sent before then would reach no one. Call before the navigation.
 */
function liveEvents(page: Page) {
  return page.waitForResponse((answer) => new URL(answer.url()).pathname === '/api/gateway/events');
}

async function stopPolling(page: Page) {
  await page.clock.pauseAt((await readPageClock(page)).after + 1_000);
  return async () => {
    await page.clock.runFor(250);
  };
}

async function adminSession(page: Page) {
  const context = await page.context().browser()?.newContext();
  const adminPage = await context?.newPage();
  if (!context || !adminPage) throw new Error('no second browser context');
  await signIn(adminPage, 'admin', 'admin-pass', '/admin/webhooks');
  return { adminPage, close: () => context.close() };
}

test('a Solo webhook for an appointment’s status change updates the open agenda live', async ({ page }) => {
  test.slow();
  // An admin registers the gateway's receiver with Solo, through the console.
  const { adminPage, close } = await adminSession(page);
  await adminPage.getByTestId('solo-new-endpoint').fill(`${stack.origin}/webhooks/solo`);
  await adminPage.getByRole('checkbox', { name: 'appointment:no-show' }).check();
  await adminPage.getByTestId('solo-new-submit').click();
  await expect(adminPage.getByTestId('solo-webhook-key')).toBeVisible();
  await close();

  // The front desk has a room's agenda open, on a day with a scheduled appointment.
  const live = liveEvents(page);
  await signIn(
    page,
    'frontdesk',
    'frontdesk-pass',
    `/schedule/agenda?room=${encodeURIComponent(ROOMS.newYork.name)}`,
  );
  const table = page.getByTestId('agenda-table');
  const empty = page.getByTestId('agenda-empty');
  await expect(table.or(empty)).toBeVisible({ timeout: 60_000 });
  for (let step = 0; step < 14 && (await table.locator('[data-status="scheduled"]').count()) === 0; step++) {
    await page.getByRole('button', { name: 'Next day' }).click();
    await expect(table.or(empty)).toBeVisible();
  }
  const row = table.locator('tr', { has: page.locator('[data-status="scheduled"]') }).first();
  const id = await row.getAttribute('data-appointment');
  const badge = table.locator(`tr[data-appointment="${id}"] [data-status]`);
  await expect(badge).toHaveAttribute('data-status', 'scheduled');
  await live;
  const settle = await stopPolling(page);

  // Solo's platform marks the patient as not showed up: Solo POSTs the encrypted webhook to the gateway,
  // which pushes the event to this browser; the agenda asks Solo again and shows the new status.
  const changed = await vendorPlatform(page, `solo/appointments/${id}`, { status: 'not showed up' });
  expect(changed.delivered).toBe(1);
  await expect
    .poll(async () => {
      await settle();
      return badge.getAttribute('data-status');
    })
    .toBe('not showed up');
});

test('an Impilo status webhook updates the open order page live', async ({ page }) => {
  test.slow();
  // Impilo signs its deliveries with the webhook secret the gateway is configured with (the test stack's).
  const secret = IMPILO_WEBHOOK_SECRET;

  // The front desk orders a kit line for a patient, and keeps the order's page open.
  await signIn(page, 'frontdesk', 'frontdesk-pass', '/orders');
  const order = await page.evaluate(async () => {
    const read = async (path: string) =>
      ((await (await fetch(path)).json()) as { content: { id: string }[] }).content[0]?.id;
    const patient = await read('/api/impilo/api/v3/patient?page=0&size=1');
    const item = await read('/api/impilo/api/v3/item?page=0&size=1');
    const answer = await fetch('/api/impilo/api/v3/order', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        patient: { id: patient },
        orderItems: [{ id: item, quantity: 1 }],
        externalOrderIds: [`GW-LIVE-${Math.random().toString(36).slice(2, 8)}`],
      }),
    });
    return { status: answer.status, ...((await answer.json()) as { id: string; currentStatus: string }) };
  });
  expect(order, JSON.stringify(order)).toMatchObject({ status: 201, currentStatus: 'RECEIVED' });
  const live = liveEvents(page);
  await page.goto(`${stack.origin}/orders/impilo/${order.id}`);
  await expect(page.locator('dl').getByText('(RECEIVED)')).toBeVisible();
  await live;
  const settle = await stopPolling(page);

  // Two hours later the order is being packed; Impilo tells the gateway, which tells this browser.
  await vendorPlatform(page, 'clock', { advanceMs: 2 * 3_600_000 + 60_000 });
  const delivered = await page.request.post(`${stack.origin}/webhooks/impilo`, {
    headers: { 'impilo-webhook-secret': secret, 'content-type': 'application/json' },
    data: { id: order.id, currentStatus: 'PROCESSING' },
  });
  expect(delivered.status()).toBe(200);
  await expect
    .poll(async () => {
      await settle();
      return page.locator('dl').getByText('(PROCESSING)').count();
    })
    .toBe(1);
});
