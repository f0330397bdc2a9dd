import { navigate, openConsole, setFaults } from './support/console';
import { expect, test } from './support/fixtures';
import { createOrders, TEST_WINDOW, testOrder, WorklistPage } from './support/worklist-page';

test.describe('Eden worklist', () => {
  test('filters live in the URL and a link reproduces the view', async ({ page, context }) => {
    await openConsole(page, '/orders');
    await createOrders(page, [
      testOrder(1, { modality: 'CT' }),
      testOrder(2, { modality: 'MR' }),
      testOrder(3, { modality: 'CT' }),
    ]);
    await navigate(page, '/orders/eden');
    const worklist = new WorklistPage(page);
    await expect(worklist.count).toBeVisible();
    // Two filters typed one right after the other: the first must not be lost (it was, 2 runs in 8).
    await worklist.filter('from').fill(TEST_WINDOW.from);
    await worklist.filter('to').fill(TEST_WINDOW.to);
    await page.getByRole('group', { name: 'Modality' }).getByText('CT', { exact: true }).click();
    await expect(page).toHaveURL(/from=2090-03-01&to=2090-03-31&modality=CT/);
    await expect(worklist.count).toHaveText('2 results');
    const modalities = worklist.table.locator('tbody tr td:nth-child(4)');
    expect(new Set(await modalities.allTextContents())).toEqual(new Set(['CT']));
    await worklist.filter('patient').fill('MRN-E2E-1');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(worklist.count).toHaveText('1 result');
    await expect(page).toHaveURL(/modality=CT&patient=MRN-E2E-1/);
    const url = page.url();
    const again = await context.newPage();
    await again.goto(url);
    // A fresh page has fresh mock data: the view (window, modality) is what the link reproduces.
    await expect(again.getByTestId('filter-from')).toHaveValue('03/01/2090');
    await expect(again.getByTestId('filter-to')).toHaveValue('03/31/2090');
    await expect(
      again.getByRole('group', { name: 'Modality' }).getByRole('checkbox', { name: 'CT' }),
    ).toBeChecked();
    await expect(again.getByTestId('filter-patient')).toHaveValue('MRN-E2E-1');
  });

  test('pages through results, and a page past the end goes to the last page instead of "no orders match"', async ({
    page,
  }) => {
    await openConsole(page, '/orders');
    await createOrders(
      page,
      Array.from({ length: 27 }, (_, index) => testOrder(index)),
    );
    await navigate(page, WorklistPage.path());
    const worklist = new WorklistPage(page);
    await expect(worklist.rows).toHaveCount(25);
    await page.getByRole('button', { name: 'Page 2 of 2' }).click();
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    await expect(worklist.rows).toHaveCount(2);
    await navigate(page, WorklistPage.path({ ...TEST_WINDOW, page: '99' }));
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    await expect(worklist.count).toHaveText('27 results');
    await expect(worklist.rows).toHaveCount(2);
    await expect(page.getByText('No orders match these filters.')).toHaveCount(0);
  });

  test('the whole row opens the order, by mouse and by keyboard', async ({ page }) => {
    await openConsole(page, '/orders');
    const [first, second] = await createOrders(page, [testOrder(1), testOrder(2)]);
    await navigate(page, WorklistPage.path());
    const worklist = new WorklistPage(page);
    await expect(worklist.rows).toHaveCount(2);
    await worklist.rows.first().getByText('Patient 1', { exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/orders/${first?.id}$`));
    await page.goBack();
    await expect(worklist.rows).toHaveCount(2);
    // One focus stop per row (its folio link); ↓ moves to the next order, Enter opens it.
    await worklist.folioLinks.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(worklist.folioLinks.nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/orders/${second?.id}$`));
    // The page's heading takes the focus after the route change.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test('status badges and headers are whole, and long or right-to-left names wrap within their cell', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openConsole(page, '/orders');
    await createOrders(page, [
      testOrder(1, {
        patient_name: 'Maximiliano Alejandro Bartolomé de la Santísima Trinidad',
        patient_first_surname: 'Fernández-Villaverde',
        patient_last_surname: 'Quintanilla',
      }),
      testOrder(2, { patient_name: 'محمد عبد الله', study_name: 'תהודה מגנטית של הברך' }),
    ]);
    // Statuses are set by the vendor: every one of them shows whole.
    await navigate(page, WorklistPage.path());
    const worklist = new WorklistPage(page);
    await expect(worklist.rows).toHaveCount(2);
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="worklist-table"] .mantine-Badge-label, th')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.textContent),
    );
    expect(cut).toEqual([]);
    const wrappedHeaders = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="worklist-table"] th')]
        .filter((th) => {
          const range = document.createRange();
          range.selectNodeContents(th);
          return range.getClientRects().length > 1;
        })
        .map((th) => th.textContent),
    );
    expect(wrappedHeaders).toEqual([]);
    await expect(page.locator('bdi', { hasText: 'محمد عبد الله' })).toBeVisible();
    await expect(page.locator('bdi', { hasText: 'תהודה מגנטית של הברך' })).toBeVisible();
    // Nothing scrolls sideways at 1440 px, even with the long name.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
  });

  test('at 390 px each order is a stacked card with its status and modality in view, no sideways scroll', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openConsole(page, '/orders');
    const [order] = await createOrders(page, [testOrder(1, { modality: 'MR', study_name: 'MRI knee' })]);
    await navigate(page, WorklistPage.path());
    const worklist = new WorklistPage(page);
    await expect(worklist.cards).toBeVisible();
    await expect(worklist.table).toHaveCount(0);
    // The filters fold behind one line that says what is filtered: the orders come first.
    await expect(page.getByTestId('filters-toggle')).toContainText('Mar 1, 2090 – Mar 31, 2090');
    await expect(page.getByTestId('filters-toggle')).toHaveAttribute('aria-expanded', 'false');
    const card = page.getByTestId('worklist-card').first();
    await expect(card.getByText('New', { exact: true })).toBeInViewport();
    await expect(card.getByText(/MR · MRI knee/)).toBeInViewport();
    await page.getByTestId('filters-toggle').click();
    await expect(page.getByTestId('filter-from')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await card.getByText('Patient 1', { exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/orders/${order?.id}$`));
  });

  test('a network error says "retrying" while the worklist retries, then what went wrong', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openConsole(page, '/patients');
    await setFaults(page, { failure: 'network', vendor: 'eden', methods: 'reads' });
    await navigate(page, WorklistPage.path());
    await expect(page.getByTestId('retrying')).toContainText('Could not reach Eden');
    await expect(page.getByTestId('retrying')).toContainText(
      /Retrying automatically… \(attempt [2-4] of 4\)/,
    );
    await expect(page.getByRole('alert')).toContainText('Could not reach Eden', { timeout: 45_000 });
    await expect(page.getByTestId('retrying')).toBeHidden();
  });

  test('the Eden worklist is reached from the all-vendors worklist, and keeps its own view', async ({
    page,
  }) => {
    await openConsole(page, '/orders');
    await page.getByRole('link', { name: 'Eden worklist' }).click();
    await expect(page).toHaveURL(/\/orders\/eden$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Eden worklist');
    await navigate(page, WorklistPage.path({ ...TEST_WINDOW, modality: 'CT' }));
    await expect(new WorklistPage(page).count).toBeVisible();
    await expect(page).toHaveURL(/\/orders\/eden\?from=2090-03-01&to=2090-03-31&modality=CT$/);
  });

  test('refuses a window over a month, and half-typed dates never reach the URL', async ({ page }) => {
    await openConsole(page, WorklistPage.path());
    const worklist = new WorklistPage(page);
    await worklist.filter('to').fill('05/31/2090');
    await expect(page.getByText('The date window may span at most one month')).toBeVisible();
    await worklist.filter('from').fill('03/3');
    await expect(page.getByText('Enter a date as MM/DD/YYYY')).toBeVisible();
    await expect(page).toHaveURL(/from=2090-03-01/);
  });
});
