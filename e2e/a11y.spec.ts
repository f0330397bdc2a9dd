import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { waitForAnimations } from './support/animations';
import {
  a11yRun,
  type Lang,
  navigate,
  openConsole,
  resetFaults,
  type Scheme,
  setFaults,
} from './support/console';
import { expect, test } from './support/fixtures';
import { NewOrderPage } from './support/new-order-page';
import { OrderDetailPage } from './support/order-detail-page';
import { createOrders, testOrder, WorklistPage } from './support/worklist-page';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

async function expectNoViolationsAt(page: Page, what: string, options: { contrast?: boolean } = {}) {
  const started = performance.now();
  let builder = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    // Only violations are reported: axe skips the details of what passes, which is most of its time.
    .options({ resultTypes: ['violations'] });
  if (options.contrast === false) builder = builder.disableRules(['color-contrast']);
  // A toast still fading in has a lower contrast than the one the user reads.
  await waitForAnimations(page);
  const results = await builder.analyze();
  if (process.env.AXE_TIMING) console.log(`axe ${what}: ${Math.round(performance.now() - started)} ms`);
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} (${n.failureSummary?.split('\n').slice(1).join(' ')})`)
        .join(' | ')}`,
  );
  expect.soft(summary, `${what}: axe violations`).toEqual([]);
}

/**
 * The state on screen, checked at desktop width and at 390 px (the page stays: only the viewport
 * changes, so each state is reached once). `ready` waits for what must be on screen at each width.
 * Colours do not change with the width, so at 390 px contrast (axe's slowest rule by far) is checked
 * only where the narrow layout shows other elements (`narrowLayout`: the worklist's cards, the header's
 * narrow controls); every other rule runs at both widths.
 */
async function expectNoViolations(
  page: Page,
  what: string,
  ready?: () => Promise<void>,
  { narrowLayout = false }: { narrowLayout?: boolean } = {},
) {
  await page.setViewportSize(DESKTOP);
  await ready?.();
  await expectNoViolationsAt(page, `${what} (desktop)`);
  await page.setViewportSize(PHONE);
  await ready?.();
  await expectNoViolationsAt(page, `${what} (390 px)`, { contrast: narrowLayout });
  await page.setViewportSize(DESKTOP);
}

const schemes: Scheme[] = ['light', 'dark'];
const langs: Lang[] = ['en', 'es'];
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

for (const scheme of schemes) {
  for (const lang of langs) {
    if (!a11yRun(scheme, lang)) continue;
    test.describe(`axe, ${scheme}, ${lang}`, () => {
      test('the orders pages and their states have zero violations, at desktop width and at 390 px', async ({
        page,
      }) => {
        test.setTimeout(240_000);
        await page.setViewportSize(DESKTOP);
        await openConsole(page, '/patients', { scheme, lang });
        // Orders of their own, in a window no seeded order falls into: the same on every day.
        const [order] = await createOrders(page, [
          testOrder(1, { patient_name: 'María José', patient_first_surname: 'García' }),
          testOrder(2, { patient_name: 'محمد عبد الله', priority: 'URGENT', modality: 'MR' }),
        ]);
        const worklist = new WorklistPage(page);
        await navigate(page, WorklistPage.path());
        await expectNoViolations(page, 'worklist', () => expect(worklist.folioLinks).toHaveCount(2), {
          narrowLayout: true,
        });

        const detail = new OrderDetailPage(page);
        await detail.goto(order?.id ?? '');
        await expectNoViolations(page, 'order detail', () => expect(detail.cancelButton).toBeEnabled());
        await detail.cancelButton.click();
        await expectNoViolations(page, 'cancel dialog', () => expect(page.getByRole('dialog')).toBeVisible());
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toBeHidden();
        await detail.editButton.click();
        await detail.form.field('patient_name').fill('');
        await detail.save();
        await expectNoViolations(page, 'edit form with errors', () =>
          expect(detail.form.summary).toBeVisible(),
        );

        const form = new NewOrderPage(page);
        await form.goto();
        // The empty form is the same DOM as the form with errors below, minus the messages: checked once, with them.
        await form.submit();
        await expectNoViolations(page, 'new order with field errors', () =>
          expect(form.field('patient_name')).toHaveAttribute('aria-invalid', 'true'),
        );
        // A popover follows its input: opened anew at each width.
        for (const [width, viewport] of [
          ['desktop', DESKTOP],
          ['390 px', PHONE],
        ] as const) {
          await page.setViewportSize(viewport);
          await page
            .getByRole('button', {
              name: lang === 'es' ? 'Calendario: Fecha' : 'Calendar: Date',
              exact: true,
            })
            .click();
          await expect(page.getByRole('dialog')).toBeVisible();
          await expectNoViolationsAt(page, `date picker (${width})`, { contrast: viewport === DESKTOP });
          await page.keyboard.press('Escape');
          await expect(page.getByRole('dialog')).toBeHidden();
        }
        await page.setViewportSize(DESKTOP);

        await setFaults(page, { failure: 'hang', vendor: 'eden', methods: 'writes' });
        await form.fill({
          patient_name: 'Ana',
          patient_gender: 'F',
          patient_birth_date: '1980-01-01',
          modality: 'CT',
          study_code: 'CT',
          study_name: 'CT',
          description: 'x',
          facility_identifier: 'FACILITY_01',
        });
        // A request in flight ends on its own (the time limit): it is started anew for each width.
        for (const [width, viewport] of [
          ['desktop', DESKTOP],
          ['390 px', PHONE],
        ] as const) {
          await page.setViewportSize(viewport);
          await form.submit();
          await expect(page.getByTestId('pending-request')).toBeVisible();
          await expectNoViolationsAt(page, `request in flight (${width})`, {
            contrast: viewport === DESKTOP,
          });
          // On a slow machine the time limit may end the request while axe runs: then it is not stopped.
          const stop = page.getByTestId('stop-waiting');
          await Promise.race([
            stop.click().catch(() => undefined),
            expect(page.getByTestId('pending-request')).toBeHidden({ timeout: 60_000 }),
          ]);
          // "Stopped" is the same error summary as the field errors above, with another sentence.
          await expect(form.summary).toBeVisible();
          await expect(page.getByTestId('pending-request')).toBeHidden();
        }
        await page.setViewportSize(DESKTOP);
        await resetFaults(page);
      });

      test('the other areas, the dialogs and the error states have zero violations, at desktop width and at 390 px', async ({
        page,
      }) => {
        test.setTimeout(240_000);
        await page.setViewportSize(DESKTOP);
        await openConsole(page, '/patients', { scheme, lang });
        await navigate(page, '/orders/00000000-0000-4000-8000-000000000000');
        await expectNoViolations(page, 'order not found', () =>
          expect(page.getByTestId('order-not-found')).toBeVisible(),
        );

        // The areas not built yet are one component in the same shell: every one at 390 px (where the logo
        // link once had no name on every page), two of them at desktop width as well.
        for (const path of ['/patients', '/schedule', '/uploads', '/sharing', '/admin', '/nowhere']) {
          await navigate(page, path);
          if (path === '/patients' || path === '/nowhere')
            await expectNoViolations(page, path, () => expect(heading(page)).toBeVisible());
          else {
            await page.setViewportSize(PHONE);
            await expect(heading(page)).toBeVisible();
            await expectNoViolationsAt(page, `${path} (390 px)`);
            await page.setViewportSize(DESKTOP);
          }
        }

        await page.keyboard.press('?');
        await expectNoViolations(page, 'keyboard shortcuts', () =>
          expect(page.getByRole('dialog')).toBeVisible(),
        );
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toBeHidden();

        // Retries end on their own too: a new query (another window) for each width, each answer slow.
        await setFaults(page, { failure: 'network', vendor: 'eden', methods: 'reads', latency: 'slow' });
        for (const [width, viewport, month] of [
          ['desktop', DESKTOP, '04'],
          ['390 px', PHONE, '06'],
        ] as const) {
          await page.setViewportSize(viewport);
          await navigate(page, WorklistPage.path({ from: `2090-${month}-01`, to: `2090-${month}-28` }));
          await expect(page.getByTestId('retrying')).toBeVisible();
          await expectNoViolationsAt(page, `worklist retrying (${width})`, {
            contrast: viewport === DESKTOP,
          });
        }
        await page.setViewportSize(DESKTOP);
        await setFaults(page, { latency: 'none' });
        await setFaults(page, { failure: 'malformed-json', vendor: 'eden', methods: 'all' });
        await navigate(page, WorklistPage.path({ from: '2090-05-01', to: '2090-05-31' }));
        await expectNoViolations(page, 'order error state', () =>
          expect(page.getByRole('alert')).toBeVisible({ timeout: 20_000 }),
        );

        await page.getByTestId('mock-panel-open').click();
        await expectNoViolations(page, 'mock fault panel', () =>
          expect(page.getByRole('dialog')).toBeVisible(),
        );
      });
    });
  }
}
