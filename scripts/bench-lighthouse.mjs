import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { signIn, startBenchStack } from './bench-stack.mjs';

/**
 * `npm run bench:lighthouse`: Lighthouse 12 (mobile, its default simulated throttling) on the production
 * build (dist/, `npm run build` first) served by the gateway against the fake vendors, signed in as the
 * front desk. Prints performance, accessibility and best-practices for /patients and /orders.
 * Debian's Chromium: CHROME_PATH (default /usr/bin/chromium), --headless=new --no-sandbox.
 * Targets: performance ≥ 90, accessibility 100. Not part of `npm test`. `LH_JSON=<folder>` keeps the reports.
 * `LH_RUNS=<n>` (default 5): each page is measured n times and the run with the median performance score is
 * printed, with the range; the simulation replays what this machine observed, so one run moves by 10 to 20
 * points with the machine's load. `LH_PAGES=/orders` measures only the pages named.
 */
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 5));
/** `LH_PAGES=/orders` measures only the pages named (comma-separated); both by default. */
const PAGES = process.env.LH_PAGES?.split(',') ?? ['/patients', '/orders'];
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const stack = await startBenchStack('dist');
let chrome;
try {
  const { cookie } = await signIn(stack.origin, 'frontdesk');
  chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const rows = [];

  async function measure(path) {
    const result = await lighthouse(
      `${stack.origin}${path}`,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        extraHeaders: { Cookie: cookie },
      },
      undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse gave no result for ${path}`);
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id) => lhr.audits[id]?.displayValue ?? '–';
    return {
      path,
      lhr,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      failing: Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            ['accessibility', 'best-practices'].some((c) =>
              lhr.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0),
            ),
        )
        .map((a) => a.id),
    };
  }
  for (const path of PAGES) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await measure(path));
    runs.sort((a, b) => a.performance - b.performance);
    const median = runs[Math.floor((runs.length - 1) / 2)];
    rows.push({ ...median, range: `${runs[0].performance}–${runs.at(-1).performance}` });
    if (process.env.LH_JSON) {
      mkdirSync(process.env.LH_JSON, { recursive: true });
      writeFileSync(join(process.env.LH_JSON, `${path.slice(1) || 'root'}.json`), JSON.stringify(median.lhr));
    }
  }
  console.log(
    `\nLighthouse ${rows.length ? '12 (mobile)' : ''} on the gateway, ${new Date().toISOString().slice(0, 10)}\n`,
  );
  console.log(`median of ${RUNS} run(s) by performance score\n`);
  console.log('page        perf  (range)  a11y  best   FCP      LCP      TBT      CLS');
  for (const r of rows) {
    console.log(
      `${r.path.padEnd(11)} ${String(r.performance).padStart(4)}  ${r.range.padEnd(7)}  ${String(r.accessibility).padStart(4)}  ${String(r.bestPractices).padStart(4)}   ${r.fcp.padEnd(8)} ${r.lcp.padEnd(8)} ${r.tbt.padEnd(8)} ${r.cls}`,
    );
    if (r.failing.length) console.log(`            not passed: ${r.failing.join(', ')}`);
  }
} finally {
  await chrome?.kill();
  await stack.stop();
}
