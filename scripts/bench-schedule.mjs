#!/usr/bin/env node
/**
 * `npm run bench:schedule`: how fast the schedule's slot grids render, in Debian's Chromium. Builds
 * scripts/bench-schedule.page.tsx with Vite (into test-results/bench-schedule/), serves it on a free
 * loopback port and prints, over several runs:
 * - the render time of a week of 15-minute slots, around the clock, for 10 waiting rooms (10 zones);
 * - the time to re-render after one booking (one slot leaves one room's grid);
 * - the slot cells in the DOM.
 * Figures only: nothing here fails on a number.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'test-results', 'bench-schedule');

await build({
  configFile: false,
  root: join(root, 'scripts'),
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  define: { __MOCKS__: 'false' },
  resolve: { alias: { '@': join(root, 'src'), '@mocks': join(root, 'mocks') } },
  build: {
    outDir,
    emptyOutDir: true,
    rollupOptions: { input: join(root, 'scripts', 'bench-schedule.html') },
  },
});

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((request, response) => {
  const path = join(outDir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
  if (!path.startsWith(outDir) || !existsSync(path) || !statSync(path).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/bench-schedule.html`);
  await page.waitForFunction(() => typeof window.runScheduleBench === 'function');
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push(await page.evaluate(() => window.runScheduleBench()));
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const ms = (value) => `${value.toFixed(1)} ms`;
  const render = runs.map((r) => r.renderMs);
  const booking = runs.map((r) => r.bookingMs);
  console.log(`bench:schedule — ${RUNS} runs in Chromium (${await browser.version()}), first run is cold`);
  console.log(
    `  render a week of 15-minute slots, 10 waiting rooms: median ${ms(median(render))}, min ${ms(Math.min(...render))}, first ${ms(render[0])}`,
  );
  console.log(
    `  re-render after one booking:                       median ${ms(median(booking))}, min ${ms(Math.min(...booking))}`,
  );
  console.log(`  slot cells in the DOM: ${runs[0].cells} (${runs[0].slots} free slots after the booking)`);
} finally {
  await browser.close();
  server.close();
}
