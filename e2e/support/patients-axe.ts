import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { waitForAnimations } from './animations';

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** The same rules as the console's a11y spec (e2e/a11y.spec.ts): WCAG 2.1 A/AA and best practice. */
async function violationsOf(page: Page, { contrast = true }: { contrast?: boolean } = {}) {
  let builder = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ resultTypes: ['violations'] });
  if (!contrast) builder = builder.disableRules(['color-contrast']);
  // A toast still fading in has a lower contrast than the one the user reads.
  await waitForAnimations(page);
  const results = await builder.analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} (${n.failureSummary?.split('\n').slice(1).join(' ')})`)
        .join(' | ')}`,
  );
}

async function violationsAt(page: Page, what: string, options: { contrast?: boolean } = {}) {
  expect.soft(await violationsOf(page, options), `${what}: axe violations`).toEqual([]);
}

/**
 * The state on screen, at desktop width and at 390 px (only the viewport changes; `ready` waits for what must
 * show). Colours do not change with the width: at 390 px contrast (axe's slowest rule) is checked only where
 * the narrow layout shows other elements (`narrowLayout`: the search page's folded filters and result rows).
 */
export async function expectNoViolations(
  page: Page,
  what: string,
  ready?: () => Promise<void>,
  { narrowLayout = false }: { narrowLayout?: boolean } = {},
) {
  await page.setViewportSize(DESKTOP);
  await ready?.();
  await violationsAt(page, `${what} (desktop)`);
  await page.setViewportSize(PHONE);
  await ready?.();
  await violationsAt(page, `${what} (390 px)`, { contrast: narrowLayout });
  await page.setViewportSize(DESKTOP);
}

/**
 * axe on a state that the page itself ends after a while: a search whose vendors never answer is
 * "searching" only up to each vendor's time limit (8–20 s), and reading it at two widths can take longer
 * on a busy machine. A reading counts only if the state still `held` when axe finished; otherwise the state
 * is started afresh (`start(attempt)`) and read again. A slow machine makes the test longer, never wrong.
 */
export async function expectNoViolationsWhileHeld(
  page: Page,
  what: string,
  {
    start,
    held,
    narrowLayout = false,
    attempts = 4,
  }: {
    start: (attempt: number) => Promise<void>;
    held: () => Promise<boolean>;
    narrowLayout?: boolean;
    attempts?: number;
  },
) {
  const widths = [
    { size: DESKTOP, label: 'desktop', contrast: true },
    { size: PHONE, label: '390 px', contrast: narrowLayout },
  ];
  let attempt = 0;
  for (const { size, label, contrast } of widths) {
    await page.setViewportSize(size);
    for (;;) {
      attempt += 1;
      if (attempt > attempts)
        throw new Error(`${what} (${label}): the state ended during each of ${attempts} readings`);
      await start(attempt);
      const summary = await violationsOf(page, { contrast });
      if (!(await held())) continue;
      expect.soft(summary, `${what} (${label}): axe violations`).toEqual([]);
      break;
    }
  }
  await page.setViewportSize(DESKTOP);
}
