import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { waitForAnimations } from './animations';

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** The same rules as the console's a11y spec (e2e/a11y.spec.ts): WCAG 2.1 A/AA and best practice. */
async function violationsAt(page: Page, what: string, { contrast = true }: { contrast?: boolean } = {}) {
  let builder = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ resultTypes: ['violations'] });
  if (!contrast) builder = builder.disableRules(['color-contrast']);
  // A toast still fading in has a lower contrast than the one the user reads.
  await waitForAnimations(page);
  const results = await builder.analyze();
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
