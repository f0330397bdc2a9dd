import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { waitForAnimations } from './support/animations';
import { workday } from './support/clock';
import { a11yRun, type Lang, navigate, type Scheme } from './support/console';
import { expect, test } from './support/fixtures';
import { ROOMS, SchedulePage, scheduleUrl } from './support/schedule-page';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

async function expectNoViolationsAt(page: Page, what: string, contrast: boolean, scope: string[]) {
  // The page's own content (the shell around it is checked by e2e/a11y.spec.ts).
  let builder = new AxeBuilder({ page });
  for (const selector of scope) builder = builder.include(selector);
  builder = builder
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    // Only violations are reported: axe skips the details of what passes, most of its time.
    .options({ resultTypes: ['violations'] });
  if (!contrast) builder = builder.disableRules(['color-contrast']);
  const started = performance.now();
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
 * One state on screen, checked at 1440 px and at 390 px: the page stays, only the viewport changes, so
 * each state is reached once. `ready` waits for what must be on screen at each width. Colours do not
 * change with the width, so at 390 px contrast (axe's slowest rule, hundreds of slot cells) is checked
 * only where the narrow layout shows other elements (`narrowLayout`: the agenda's cards). `scope` narrows
 * the check to what a step changed (default: the whole page content).
 */
async function expectNoViolations(
  page: Page,
  what: string,
  ready: () => Promise<void>,
  { narrowLayout = false, scope = ['main'] }: { narrowLayout?: boolean; scope?: string[] } = {},
) {
  await page.setViewportSize(DESKTOP);
  await ready();
  await expectNoViolationsAt(page, `${what}, 1440 px`, true, scope);
  await page.setViewportSize(PHONE);
  await ready();
  await expectNoViolationsAt(page, `${what}, 390 px`, narrowLayout, scope);
  await page.setViewportSize(DESKTOP);
}

test.use({ timezoneId: 'Asia/Tokyo', viewport: DESKTOP });

for (const scheme of ['light', 'dark'] as Scheme[]) {
  for (const lang of ['en', 'es'] as Lang[]) {
    if (!a11yRun(scheme, lang)) continue;
    test(`schedule pages have zero axe violations, ${scheme}, ${lang}, at 390 px and 1440 px`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const schedule = new SchedulePage(page);
      const day = workday(7);
      await schedule.open({ room: ROOMS.newYork.name, view: 'week', day }, { scheme, lang });
      await expectNoViolations(page, 'week view', () => expect(schedule.freeCells().first()).toBeVisible());
      await schedule.pick(0);
      // The grid itself was just checked: now the booking panel and the held cell (its own colours).
      await expectNoViolations(
        page,
        'week view with a held slot (booking panel)',
        () => expect(schedule.panel).toBeVisible(),
        { scope: ['[data-testid="booking-panel"]', '[data-testid="slot-grid"] [data-state="held"]'] },
      );

      await navigate(page, scheduleUrl({ room: ROOMS.london.name, view: 'day', day }));
      await expectNoViolations(page, 'day view', () =>
        expect(schedule.grid.locator('thead th[data-day]')).toHaveCount(1),
      );

      await navigate(
        page,
        `/schedule/agenda?room=${encodeURIComponent(ROOMS.newYork.name)}&day=${workday(1)}`,
      );
      const agenda = page.getByTestId('agenda-table').or(page.getByTestId('agenda-cards'));
      await expectNoViolations(page, 'agenda', () => expect(agenda).toBeVisible(), { narrowLayout: true });

      await page.locator('[data-appointment] a').first().click();
      const flow = page.getByTestId('status-flow');
      await expectNoViolations(page, 'appointment panel', () => expect(flow).toBeVisible());
      await page.getByRole('tab', { name: lang === 'en' ? 'Assistance' : 'Asistencia' }).click();
      await expectNoViolations(page, 'appointment panel, assistance', () =>
        expect(page.getByTestId('assistance-kind')).toBeVisible(),
      );
    });
  }
}
