import { test as base } from '@playwright/test';
import { pinnedNow } from './clock';

export { expect } from '@playwright/test';

/**
 * Every spec imports `test` from here. Each test's browser context starts at the pinned instant
 * (e2e/support/clock.ts) and time runs on from there: `page.clock.install` fakes `Date` and the timers
 * for every page of the context before its first script, so the app, its timers (idle lock, debounces,
 * react-query) and the in-page mock back ends all read the same clock. A test can still move it
 * (`page.clock.fastForward`, `pauseAt`); it must not install it again.
 */
export const test = base.extend({
  context: async ({ context }, use) => {
    await context.clock.install({ time: pinnedNow() });
    await use(context);
  },
});
