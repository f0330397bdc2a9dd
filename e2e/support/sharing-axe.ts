import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { waitForAnimations } from './animations';

/** axe on the sharing pages and dialogs: zero violations, WCAG 2.1 A/AA and best practices. */
export async function expectAccessible(page: Page, what: string, scope?: string) {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  if (scope) builder = builder.include(scope);
  // A toast still fading in has a lower contrast than the one the user reads.
  await waitForAnimations(page);
  const { violations } = await builder.analyze();
  const found = violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`)
        .join(' | ')}`,
  );
  expect(found, `${what}: axe violations`).toEqual([]);
}
