import { formatMonth, today } from './support/clock';
import { openConsole } from './support/console';
import { waitForDraft } from './support/drafts';
import { expect, test } from './support/fixtures';
import { NewOrderPage } from './support/new-order-page';

// Every area is built: each link opens a page with its own heading and a title naming the area.
const areas = [
  { link: 'Patients', path: '/patients', title: /^Patients · Imaging console$/ },
  { link: 'Orders', path: '/orders', title: /(Orders|worklist).* · Imaging console$/ },
  { link: 'Schedule', path: '/schedule', title: /Schedule.* · Imaging console$/ },
  { link: 'Uploads', path: '/uploads', title: /Uploads.* · Imaging console$/ },
  { link: 'Sharing', path: '/sharing', title: / · Sharing · Imaging console$/ },
  { link: 'Admin', path: '/admin', title: /^Integrations · Admin · Imaging console$/ },
];

test('the navigation reaches every area, each with its title and heading', async ({ page }) => {
  await openConsole(page, '/');
  await expect(page).toHaveURL(/\/patients$/);
  await expect(page.getByTestId('mode-badge')).toContainText('MOCK');
  for (const area of areas) {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: area.link })
      .click();
    await expect(page).toHaveURL(new RegExp(`${area.path}$`));
    await expect(page).toHaveTitle(area.title);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(/is not available yet/)).toHaveCount(0);
  }
});

test('an unknown address shows the 404 page', async ({ page }) => {
  await openConsole(page, '/no/such/page');
  await expect(page.getByTestId('not-found')).toContainText('There is no page at /no/such/page');
  await expect(page).toHaveTitle('Page not found · Imaging console');
});

test('the language switch translates the interface and its formats', async ({ page }) => {
  const days = Array.from({ length: 7 }, (_, i) => today(i));
  await openConsole(page, `/orders?from=${days[0]}&to=${days[6]}`);
  await page.getByTestId('language-switch').selectOption('es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Órdenes');
  await expect(page.getByRole('link', { name: 'Pacientes' })).toBeVisible();
  await expect(page).toHaveTitle('Órdenes · Consola de imagen');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const months = [...new Set(days.map((day) => formatMonth(day, 'es')))];
  await expect(page.getByTestId('all-orders-table')).toContainText(new RegExp(months.join('|')));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Órdenes');
});

test('the colour-scheme switch changes the scheme', async ({ page }) => {
  await openConsole(page, '/orders');
  const html = page.locator('html');
  await page.getByTestId('color-scheme-switch').getByText('Dark').click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.getByTestId('color-scheme-switch').getByText('Light').click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
});

test('a broken page shows the error boundary, the navigation keeps working, and Try again recovers without a reload', async ({
  page,
  context,
}) => {
  await openConsole(page, '/patients');
  await page.evaluate(() => {
    (window as unknown as { __notReloaded: boolean }).__notReloaded = true;
  });
  await context.route('**/assets/NewOrderPage-*.js', (route) => route.abort());
  await page.getByRole('link', { name: 'Orders' }).click();
  await page.getByRole('link', { name: 'New order' }).click();
  await expect(page.getByTestId('route-error')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Patients' })).toBeVisible();
  await context.unroute('**/assets/NewOrderPage-*.js');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New Eden order');
  expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(
    true,
  );
  // The other areas still load: the failed chunk was only the form's.
  await page.getByRole('link', { name: 'Schedule' }).click();
  await expect(page).toHaveURL(/\/schedule$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('route-error')).toHaveCount(0);
});

test('after 15 idle minutes the console locks, clears cached patient data, and unlocking returns to the same place', async ({
  page,
}) => {
  // The page's clock is installed by the fixture (e2e/support/fixtures.ts): fast-forward it.
  await openConsole(page, '/orders');
  await expect(page.getByTestId('all-orders-table')).toBeVisible();
  const form = new NewOrderPage(page);
  await form.goto();
  await form.field('patient_name').fill('Idle Patient');
  await waitForDraft(page, 'eden-new-order', { patient_name: 'Idle Patient' });
  await page.clock.fastForward('14:00');
  await expect(page.getByTestId('idle-lock')).toBeHidden();
  await page.clock.fastForward('01:05');
  await expect(page.getByTestId('idle-lock')).toBeVisible();
  await expect(page.getByText('Idle Patient')).toBeHidden();
  expect(await page.locator('[data-field="patient_name"]').count()).toBe(0);
  await page.getByRole('button', { name: 'Unlock and continue' }).click();
  await expect(page).toHaveURL(/\/orders\/new$/);
  await expect(form.field('patient_name')).toHaveValue('Idle Patient');
});

test('keyboard shortcuts: ? lists them, / focuses the search, n starts an order, g then a letter goes to an area', async ({
  page,
}) => {
  await openConsole(page, '/orders');
  await expect(page.getByTestId('all-orders-count')).toBeVisible();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const text of [
    'Go to the search box of the page',
    'Start a new order',
    'Go to Patients',
    'Go to Admin',
  ])
    await expect(help.getByText(text)).toBeVisible();
  // No shortcut fires inside the dialog.
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/\/orders$/);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('/');
  await expect(page.getByTestId('all-filter-q')).toBeFocused();
  // Typing in a field never fires a shortcut.
  await page.keyboard.type('ng p');
  await expect(page.getByTestId('all-filter-q')).toHaveValue('ng p');
  await expect(page).toHaveURL(/\/orders(\?|$)/);

  await page.getByTestId('all-filter-q').blur();
  await page.keyboard.press('g');
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/\/patients$/);
  // As a user would, the next shortcut comes once the page is there (its first render is a long task on a
  // busy machine, and a `g` prefix expires).
  await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeFocused();
  await page.keyboard.press('g');
  await page.keyboard.press('a');
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/\/orders\/new$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New Eden order');
});

test('after a route change the focus moves to the page heading', async ({ page }) => {
  await openConsole(page, '/patients');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await nav.getByRole('link', { name: 'Schedule' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeFocused();
  await nav.getByRole('link', { name: 'Orders' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeFocused();
  // A filter change is not a route change: the focus stays where the user is.
  await page.getByRole('group', { name: 'Status' }).getByText('Requested', { exact: true }).click();
  await expect(page).toHaveURL(/status=requested/);
  await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();
});

test('text inputs show a 2 px focus ring, as buttons do', async ({ page }) => {
  await openConsole(page, '/orders/eden');
  const input = page.getByTestId('filter-patient');
  await input.focus();
  const ring = await input.evaluate((el) => {
    const style = getComputedStyle(el);
    return { width: style.outlineWidth, style: style.outlineStyle };
  });
  expect(ring).toEqual({ width: '2px', style: 'solid' });
});

test('at 390 px in Spanish the header fits: the mode badge is whole and nothing scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openConsole(page, '/patients', { lang: 'es' });
  await expect(page.getByTestId('mode-badge')).toContainText('SIMULADO');
  await expect(page.getByTestId('mock-panel-open')).toBeVisible();
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll('header .mantine-Badge-label, header button, header select')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent),
  );
  expect(cut).toEqual([]);
  const overflow = await page.evaluate(() => {
    const header = document.querySelector('header');
    return header ? header.scrollWidth - header.clientWidth : -1;
  });
  expect(overflow).toBeLessThanOrEqual(0);
});
