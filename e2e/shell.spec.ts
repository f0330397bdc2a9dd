import { formatMonth, today } from './support/clock';
import { openConsole } from './support/console';
import { waitForDraft } from './support/drafts';
import { expect, test } from './support/fixtures';
import { NewOrderPage } from './support/new-order-page';

const areas = [
  { link: 'Patients', path: '/patients', title: 'Patients · Imaging console', notBuilt: false, heading: 'Patients' },
  { link: 'Orders', path: '/orders', title: 'Eden worklist · Imaging console', notBuilt: false, heading: 'Eden worklist' },
  { link: 'Schedule', path: '/schedule', title: 'Schedule · Imaging console', notBuilt: true },
  { link: 'Uploads', path: '/uploads', title: 'Uploads · Imaging console', notBuilt: true },
  { link: 'Sharing', path: '/sharing', title: 'Sharing · Imaging console', notBuilt: true },
  { link: 'Admin', path: '/admin', title: 'Admin · Imaging console', notBuilt: true },
];

test('the navigation reaches every area, each with its title; unbuilt areas say so', async ({ page }) => {
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
    if (area.notBuilt) await expect(page.getByText(`${area.link} is not available yet`)).toBeVisible();
    else await expect(page.getByRole('heading', { level: 1 })).toHaveText(area.heading ?? '');
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
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lista de trabajo de Eden');
  await expect(page.getByRole('link', { name: 'Pacientes' })).toBeVisible();
  await expect(page).toHaveTitle('Lista de trabajo de Eden · Consola de imagen');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const months = [...new Set(days.map((day) => formatMonth(day, 'es')))];
  await expect(page.getByTestId('worklist-table')).toContainText(new RegExp(months.join('|')));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lista de trabajo de Eden');
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
  await page.getByRole('link', { name: 'Schedule' }).click();
  await expect(page.getByText('Schedule is not available yet')).toBeVisible();
});

test('after 15 idle minutes the console locks, clears cached patient data, and unlocking returns to the same place', async ({
  page,
}) => {
  // The page's clock is installed by the fixture (e2e/support/fixtures.ts): fast-forward it.
  await openConsole(page, '/orders');
  await expect(page.getByTestId('worklist-table')).toBeVisible();
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
