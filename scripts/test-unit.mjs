#!/usr/bin/env node
/**
 * The unit tests, in fixed zones, never the machine's:
 * 1. the whole suite in UTC;
 * 2. the tests that deal with dates and times again in a zone far from UTC (Pacific/Kiritimati, UTC+14:
 *    from 10:00 UTC on, its calendar day is already tomorrow). Set FAR_TZ to use another.
 *
 * Run 2 is a subset because the whole suite takes one to two minutes on a shared 2-core machine and most of
 * it (forms, i18n, DICOM bytes, HTTP plumbing) never reads a clock or a zone. The subset is chosen from
 * the files themselves, so a new date test joins it without anyone listing it: a test file is in when it
 * or the module it tests (same name without `.test`) mentions dates: `Date`, dayjs, `Intl.DateTimeFormat`,
 * `toISOString`, the mock clock, zones or offsets. Extra arguments go to both runs (`-- --reporter=dot`);
 * `--list` prints the subset.
 *
 * The date itself is pinned by src/test/pin-clock.ts (TEST_NOW), the zone by vitest.config.ts (TEST_TZ).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const FAR_TZ = process.env.FAR_TZ || 'Pacific/Kiritimati';
const ROOTS = ['src', 'mocks', 'build', 'scripts'];
const MENTIONS_DATES =
  /\bDate\b|\bdayjs\b|DateTimeFormat|toISOString|[mM]ockNow|startClockAt|TimezoneOffset|\btimeZone\b|\bTZ\b|Temporal/;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function dateTestFiles() {
  return ROOTS.filter(existsSync)
    .flatMap(walk)
    .filter((file) => /\.test\.tsx?$/.test(file))
    .filter((file) => {
      const subjects = [file, file.replace(/\.test\.(tsx?)$/, '.$1'), file.replace(/\.test\.tsx?$/, '.tsx')];
      return subjects.some((path) => existsSync(path) && MENTIONS_DATES.test(readFileSync(path, 'utf8')));
    })
    .sort();
}

function vitest(label, env, args) {
  console.log(`\n▶ unit tests: ${label}`);
  const result = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

const extra = process.argv.slice(2);
const subset = dateTestFiles();
if (extra[0] === '--list') {
  console.log(subset.join('\n'));
  process.exit(0);
}
const first = vitest('the whole suite, TZ=UTC', { TEST_TZ: 'UTC' }, extra);
if (first !== 0) process.exit(first);
const second = vitest(`${subset.length} date and time test files, TZ=${FAR_TZ}`, { TEST_TZ: FAR_TZ }, [
  ...extra,
  ...subset,
]);
process.exit(second);
