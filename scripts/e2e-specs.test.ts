// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The e2e suite's clock rules, checked on the specs' text: every spec takes `test` from the fixture that
 * pins the browser's clock, computes dates from e2e/support/clock.ts, and waits for conditions, never
 * for a fixed time.
 */
const specs = readdirSync('e2e', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.spec.ts'))
  .map((file) => ({ file, text: readFileSync(join('e2e', file), 'utf8') }));

const rules: [string, RegExp][] = [
  [
    "takes `test` from @playwright/test instead of './support/fixtures'",
    /import\s*{[^}]*\btest\b[^}]*}\s*from\s*'@playwright\/test'/,
  ],
  [
    'reads the wall clock (`new Date()` / `Date.now()`: use e2e/support/clock.ts)',
    /new Date\(\s*\)|Date\.now\(/,
  ],
  ['sleeps for a fixed time (`waitForTimeout`: wait for a condition)', /waitForTimeout\(/],
  ['installs the page clock a second time (the fixture already did)', /clock\.install\(/],
];

describe('e2e specs', () => {
  it('exist', () => {
    expect(specs.length).toBeGreaterThan(0);
  });

  for (const [what, pattern] of rules) {
    it(`none ${what.split(' (')[0]}`, () => {
      expect(specs.filter(({ text }) => pattern.test(text)).map(({ file }) => `${file} ${what}`)).toEqual([]);
    });
  }
});
