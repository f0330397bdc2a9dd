#!/usr/bin/env node
/**
 * Proof that the suite does not depend on the date: the unit tests (UTC and a zone far from UTC, see
 * scripts/test-unit.mjs) and the whole Playwright suite, with the clock pinned (TEST_NOW) to instants
 * where date code usually breaks. Prints a summary table; exits non-zero if any run failed.
 *
 *   npm run test:dates                       # every instant (long: 10 to 20 minutes each on a busy 2-core machine)
 *   npm run test:dates -- 2028-02-29T12:00:00Z 2026-12-31T23:30:00Z   # only these instants
 *   npm run test:dates -- --unit-only        # or --e2e-only
 *   npm run test:dates -- --playwright --grep "axe"   # what follows --playwright goes to Playwright
 *
 * The type check, lint, production build and its checks do not depend on the clock and are skipped;
 * the builds are made once, first: `npm run build` (dist/, which the gateway spec serves) and `npm run build:e2e`. Logs: test-results-dates/*.log.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const instants = [
  ['2026-01-31T12:00:00Z', 'last day of a month'],
  ['2026-03-08T06:30:00Z', 'New York springs forward (07:00 UTC)'],
  ['2026-03-29T00:30:00Z', 'London and Madrid spring forward (01:00 UTC)'],
  ['2026-10-25T00:30:00Z', 'London and Madrid fall back (01:00 UTC)'],
  ['2026-11-01T05:30:00Z', 'New York falls back (06:00 UTC)'],
  ['2028-02-29T12:00:00Z', '29 February of a leap year'],
  ['2026-12-31T23:30:00Z', '23:30 UTC, last day of the year (Madrid is in 2027)'],
];

const all = process.argv.slice(2);
const split = all.indexOf('--playwright');
const args = split === -1 ? all : all.slice(0, split);
const playwrightArgs = split === -1 ? [] : all.slice(split + 1);
const only = args.filter((arg) => !arg.startsWith('--'));
const unknown = only.filter((arg) => Number.isNaN(Date.parse(arg)));
if (unknown.length) {
  console.error(`Not instants: ${unknown.join(', ')}`);
  process.exit(2);
}
const runs = only.length ? only.map((instant) => [instant, 'chosen on the command line']) : instants;
const withUnit = !args.includes('--e2e-only');
const withE2e = !args.includes('--unit-only');
// Not under test-results/: Playwright empties that folder at the start of each run.
const logs = 'test-results-dates';
mkdirSync(logs, { recursive: true });

/** Runs a command with its output in a log file; resolves with its status, the log's text and the time. */
function run(command, commandArgs, env, logName) {
  return new Promise((resolve) => {
    const started = performance.now();
    const log = createWriteStream(join(logs, logName));
    let text = '';
    const child = spawn(command, commandArgs, { env: { ...process.env, ...env, CI: '1' } });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        text += chunk;
        log.write(chunk);
      });
    }
    child.on('close', (status) => {
      log.end();
      resolve({ ok: status === 0, text, seconds: Math.round((performance.now() - started) / 1000) });
    });
  });
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes in the tools' output.
const plain = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');
const vitestCounts = (text) =>
  [...plain(text).matchAll(/^\s*Tests\s+(.+?)\s*$/gm)]
    .map((m) => m[1].replace(/\s*\(\d+\)$/, ''))
    .join(' + ');
const playwrightCounts = (text) =>
  [...plain(text).matchAll(/^\s*(\d+ (?:passed|failed|flaky|skipped|did not run))/gm)]
    .map((m) => m[1])
    .join(', ');

if (withE2e) {
  // Both builds, once (they do not depend on the clock): the gateway spec serves dist/, the rest dist-e2e/.
  for (const script of ['build', 'build:e2e']) {
    console.log(`▶ npm run ${script} (once: the build does not depend on the clock)`);
    const build = spawnSync('npm', ['run', script], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
}

const rows = [];
for (const [instant, why] of runs) {
  const env = { TEST_NOW: instant };
  const tag = instant.replaceAll(':', '');
  const row = { instant, why, unit: '–', e2e: '–', ok: true };
  if (withUnit) {
    process.stdout.write(`▶ ${instant} unit tests… `);
    const unit = await run(process.execPath, ['scripts/test-unit.mjs'], env, `${tag}-unit.log`);
    row.unit = `${unit.ok ? '✓' : '✗'} ${vitestCounts(unit.text)} (${unit.seconds} s)`;
    row.ok &&= unit.ok;
    console.log(row.unit);
  }
  if (withE2e) {
    process.stdout.write(`▶ ${instant} Playwright… `);
    const e2e = await run(
      process.execPath,
      ['node_modules/@playwright/test/cli.js', 'test', ...playwrightArgs],
      env,
      `${tag}-e2e.log`,
    );
    row.e2e = `${e2e.ok ? '✓' : '✗'} ${playwrightCounts(e2e.text)} (${e2e.seconds} s)`;
    row.ok &&= e2e.ok;
    console.log(row.e2e);
  }
  rows.push(row);
}

const header = ['TEST_NOW', 'why this instant', 'unit (UTC + far zone)', 'e2e (Europe/Madrid)'];
const table = [header, ...rows.map((r) => [r.instant, r.why, r.unit, r.e2e])];
const widths = header.map((_, i) => Math.max(...table.map((cells) => cells[i].length)));
const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log(`\n${line(header)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const cells of table.slice(1)) console.log(line(cells));
const failed = rows.filter((r) => !r.ok);
console.log(
  failed.length
    ? `\n✗ ${failed.length} of ${rows.length} instants failed: see ${logs}/`
    : `\n✓ every instant passed (${rows.length})`,
);
process.exit(failed.length ? 1 : 0);
