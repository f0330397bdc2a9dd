import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addDays, today } from './support/clock';
import { type Lang, navigate, type Scheme } from './support/console';
import { expect, test } from './support/fixtures';
import { ROOMS, SchedulePage, scheduleUrl } from './support/schedule-page';

async function expectNoViolations(page: Page, what: string) {
  // The page's own content (the shell around it is checked by e2e/a11y.spec.ts).
  const results = await new AxeBuilder({ page })
    .include('main')
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

test.use({ timezoneId: 'Asia/Tokyo' });

for (const scheme of ['light', 'dark'] as Scheme[]) {
  for (const lang of ['en', 'es'] as Lang[]) {
    test(`schedule pages have zero axe violations, ${scheme}, ${lang}, at 390 px and 1440 px`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const schedule = new SchedulePage(page);
      const day = addDays(today(), 7);
      await schedule.open({ room: ROOMS.newYork.name, view: 'week', day }, { scheme, lang });
      for (const width of [1440, 390]) {
        await page.setViewportSize({ width, height: 900 });
        const at = `${width} px`;
        await navigate(page, scheduleUrl({ room: ROOMS.newYork.name, view: 'week', day }));
        await expect(schedule.freeCells().first()).toBeVisible();
        await expectNoViolations(page, `week view, ${at}`);
        if (width === 1440) {
          await schedule.pick(0);
          await expectNoViolations(page, `week view with a held slot, ${at}`);
        }

        await navigate(page, scheduleUrl({ room: ROOMS.london.name, view: 'day', day }));
        await expect(schedule.grid.locator('thead th[data-day]')).toHaveCount(1);
        await expectNoViolations(page, `day view, ${at}`);

        await navigate(
          page,
          `/schedule/agenda?room=${encodeURIComponent(ROOMS.newYork.name)}&day=${addDays(today(), 1)}`,
        );
        await expect(page.getByTestId('agenda-table').or(page.getByTestId('agenda-cards'))).toBeVisible();
        await expectNoViolations(page, `agenda, ${at}`);

        const link = page.locator('[data-appointment] a').first();
        await link.click();
        await expect(page.getByTestId('status-flow')).toBeVisible();
        await expectNoViolations(page, `appointment panel, ${at}`);
        if (width === 390) {
          await page.getByRole('tab', { name: lang === 'en' ? 'Assistance' : 'Asistencia' }).click();
          await expect(page.getByTestId('assistance-kind')).toBeVisible();
          await expectNoViolations(page, `appointment panel, assistance, ${at}`);
        }
      }
    });
  }
}
