#!/usr/bin/env node
/**
 * Benchmark of the patient search: prints figures, asserts nothing about time.
 * Needs the e2e build (`npm run build:e2e`): it serves dist-e2e with `vite preview` on BENCH_PORT (else E2E_PORT, else 4173) and
 * drives Debian's Chromium with the mock back ends at realistic latency (150–600 ms per answer).
 *
 * Figures, each a median of RUNS runs (BENCH_RUNS, default 3), with min–max:
 * 1. a one-letter query ("a"): keystroke → first result row, and → every vendor done; records found;
 * 2. with those 10,000+ records loaded, a second keystroke ("an"): keystroke → list updated (narrowed in the
 *    console at once), and → the vendors' answers for "an" shown;
 * 3. render and scroll: the list's first render after the answers, frames while scrolling through the whole
 *    list (median and 95th percentile frame time, frames over 50 ms), and the most rows ever in the DOM.
 * Usage: npm run bench:search
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4173);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BASE = `http://127.0.0.1:${PORT}`;

const server = spawn(
  'npx',
  ['vite', 'preview', '--outDir', 'dist-e2e', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
    detached: true,
  },
);
async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await sleep(500);
  }
  throw new Error(`vite preview did not start on ${BASE} (is dist-e2e built? npm run build:e2e)`);
}

/** In the page: timestamps of the keystroke, of the first row, of the summary changing, of every vendor done. */
function installProbe() {
  const probe = { key: 0, firstRow: 0, allDone: 0, summaryChanged: 0, summaryText: '', maxRows: 0 };
  window.__probe = probe;
  const summaryText = () =>
    document.querySelector('[data-testid="patient-results-summary"]')?.textContent ?? '';
  const check = () => {
    const now = performance.now();
    const rows = document.querySelectorAll('[data-testid="patient-result"]').length;
    probe.maxRows = Math.max(probe.maxRows, rows);
    if (!probe.key) return;
    if (!probe.firstRow && rows > 0) probe.firstRow = now;
    const text = summaryText();
    if (!probe.summaryChanged && text && text !== probe.summaryText) probe.summaryChanged = now;
    const cards = [...document.querySelectorAll('[data-testid^="vendor-status-"]')];
    if (!probe.allDone && cards.length && cards.every((c) => c.getAttribute('data-status') !== 'searching'))
      probe.allDone = now;
  };
  new MutationObserver(check).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
}

async function measureRun(browser) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${BASE}/patients`);
  await page.getByTestId('mode-badge').waitFor();
  await page.evaluate(() => window.__consoleMocks?.faults.set({ latency: 'realistic' }));
  await page.evaluate(installProbe);
  const box = page.getByTestId('patient-search-box');
  await box.focus();
  // The results chunk and the vendor adapters load after the first paint: let them, as a user would.
  await page
    .waitForFunction(
      () => performance.getEntriesByType('resource').some((r) => r.name.includes('search-adapters')),
      null,
      { timeout: 30_000 },
    )
    .catch(() => undefined);

  // 1. one letter
  await page.evaluate(() => {
    window.__probe.summaryText = '';
    window.__probe.key = performance.now();
  });
  await box.press('a');
  await page.waitForFunction(() => window.__probe.allDone > 0, null, { timeout: 120_000 });
  const first = await page.evaluate(() => ({ ...window.__probe }));
  const records = await page.evaluate(() => {
    const text = document.querySelector('[data-testid="patient-results-summary"]')?.textContent ?? '';
    return text;
  });

  // 3a. render: the time from the last vendor's answer to the list's next frame is inside "all done" above;
  // here the cost of re-rendering the list (sort change) with everything loaded.
  const rerender = await page.evaluate(async () => {
    const select = document.querySelector('[data-testid="filter-sort"]');
    const before = performance.now();
    select.value = 'name';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - before;
  });

  // 3b. scroll through the whole list, frame by frame.
  const scroll = await page.evaluate(async () => {
    const frames = [];
    let last = performance.now();
    let maxRows = 0;
    const total = document.documentElement.scrollHeight;
    const step = Math.max(400, Math.round(window.innerHeight * 0.9));
    for (let y = 0; y < total; y += step) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      frames.push(now - last);
      last = now;
      maxRows = Math.max(maxRows, document.querySelectorAll('[data-testid="patient-result"]').length);
    }
    window.scrollTo(0, 0);
    frames.sort((a, b) => a - b);
    const at = (q) => frames[Math.min(frames.length - 1, Math.floor(q * frames.length))] ?? 0;
    return {
      frames: frames.length,
      median: at(0.5),
      p95: at(0.95),
      long: frames.filter((f) => f > 50).length,
      maxRows,
      height: total,
    };
  });

  // 2. second keystroke with everything loaded
  await page.evaluate(() => {
    window.__probe.summaryText =
      document.querySelector('[data-testid="patient-results-summary"]')?.textContent ?? '';
    window.__probe.summaryChanged = 0;
    window.__probe.allDone = 0;
    window.__probe.key = performance.now();
  });
  await box.press('n');
  await page.waitForFunction(() => window.__probe.summaryChanged > 0, null, { timeout: 60_000 });
  const narrowed = await page.evaluate(() => window.__probe.summaryChanged - window.__probe.key);
  await page.waitForFunction(
    () =>
      window.__probe.allDone > 0 &&
      !document.querySelector('[data-testid="patient-results-summary"]')?.textContent?.match(/Updating/),
    null,
    { timeout: 120_000 },
  );
  const answered = await page.evaluate(() => performance.now() - window.__probe.key);
  const maxRows = await page.evaluate(() => window.__probe.maxRows);
  await page.close();
  return {
    firstRow: first.firstRow - first.key,
    allDone: first.allDone - first.key,
    records,
    keystrokeNarrowed: narrowed,
    keystrokeAnswered: answered,
    rerender,
    scroll,
    maxRows: Math.max(maxRows, scroll.maxRows),
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (values) =>
  `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measureRun(browser));
  await browser.close();
  const pick = (f) => runs.map(f);
  console.log(
    `Patient search benchmark: ${RUNS} runs, mock back ends at realistic latency (150–600 ms), 1440×900`,
  );
  console.log(`  "a": ${runs[0].records}`);
  console.log(`  keystroke → first result row:                 ${fmt(pick((r) => r.firstRow))}`);
  console.log(`  keystroke → every vendor done:                ${fmt(pick((r) => r.allDone))}`);
  console.log(`  with those loaded, keystroke → list updated:  ${fmt(pick((r) => r.keystrokeNarrowed))}`);
  console.log(
    `  with those loaded, keystroke → vendors' answers shown: ${fmt(pick((r) => r.keystrokeAnswered))}`,
  );
  console.log(`  re-render of the whole list (sort change):    ${fmt(pick((r) => r.rerender))}`);
  console.log(
    `  scroll through the list (${runs[0].scroll.height} px, ${runs[0].scroll.frames} frames): median frame ${fmt(pick((r) => r.scroll.median))}, p95 ${fmt(pick((r) => r.scroll.p95))}, frames over 50 ms: ${pick((r) => r.scroll.long).join(', ')}`,
  );
  console.log(`  most result rows in the DOM at once:          ${Math.max(...pick((r) => r.maxRows))}`);
} finally {
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
}
