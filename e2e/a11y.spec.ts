import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { today, utcToday } from './support/clock';
import { apiGet, type Lang, navigate, openConsole, type Scheme, setFaults } from './support/console';
import { expect, test } from './support/fixtures';

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} (${n.failureSummary?.split('\n').slice(1).join(' ')})`)
        .join(' | ')}`,
  );
  expect(summary, `${what}: axe violations`).toEqual([]);
}

const schemes: Scheme[] = ['light', 'dark'];
const langs: Lang[] = ['en', 'es'];

for (const scheme of schemes) {
  for (const lang of langs) {
    test.describe(`axe, ${scheme}, ${lang}`, () => {
      test('every route and state has zero violations', async ({ page }) => {
        test.setTimeout(120_000);
        await openConsole(page, `/orders?from=${today(-14)}&to=${today(11)}`, { scheme, lang });
        await expect(page.getByTestId('worklist-table')).toBeVisible();
        await expectNoViolations(page, 'worklist');

        // An order that can still be cancelled: seeded orders after today are NEW.
        const list = await apiGet<{ results: { id: string; status: string }[] }>(
          page,
          `/api/eden/orders/?start_date=${utcToday(1)}&end_date=${utcToday(20)}&limit=100`,
        );
        await page.goto(`/orders/${list.results.find((order) => order.status === 'NEW')?.id}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByText(/^ACC-/).first()).toBeVisible();
        await expectNoViolations(page, 'order detail');
        await page.getByTestId('cancel-order').click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectNoViolations(page, 'cancel dialog');
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toBeHidden();

        await page.goto('/orders/new');
        await expect(page.locator('[data-field="folio"]')).toHaveValue(/^ACC-/);
        await expectNoViolations(page, 'new order');
        await page.getByTestId('submit-order').click();
        await expect(page.locator('[data-field="patient_name"]')).toHaveAttribute('aria-invalid', 'true');
        await expectNoViolations(page, 'new order with field errors');

        for (const path of ['/patients', '/schedule', '/uploads', '/sharing', '/admin', '/nowhere']) {
          await page.goto(path);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          await expectNoViolations(page, path);
        }

        await setFaults(page, { failure: 'malformed-json', vendor: 'eden' });
        await navigate(page, '/orders');
        await expect(page.getByRole('alert')).toBeVisible({ timeout: 20_000 });
        await expectNoViolations(page, 'order error state');

        await page.getByTestId('mock-panel-open').click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectNoViolations(page, 'mock fault panel');
      });
    });
  }
}
