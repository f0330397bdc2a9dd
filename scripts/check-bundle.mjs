#!/usr/bin/env node
/**
 * Bundle budget. Prints the gzip size of what the first route needs: the entry (index.html's script and
 * everything it imports statically) plus the landing page's lazy chunk (`/` → `/orders`, the worklist of every vendor)
 * and its static imports. Fails above the budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_JS_KB = 190;
const BUDGET_CSS_KB = 40;
const FIRST_ROUTE = 'src/features/orders/AllOrdersPage.tsx';
const dist = process.argv[2] ?? 'dist';

const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const files = { js: new Set(), css: new Set() };

function collect(key) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`No chunk for ${key} in the manifest`);
  if (files.js.has(chunk.file)) return;
  files.js.add(chunk.file);
  for (const css of chunk.css ?? []) files.css.add(css);
  for (const imported of chunk.imports ?? []) collect(imported);
}

collect('index.html');
const route = Object.keys(manifest).find((key) => key.endsWith(FIRST_ROUTE));
if (!route) throw new Error(`The first route ${FIRST_ROUTE} is not a chunk of its own`);
collect(route);

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const total = (set) => [...set].reduce((sum, file) => sum + gzipKb(file), 0);
const js = total(files.js);
const css = total(files.css);

console.log('First route (entry + orders worklist), gzip:');
for (const file of [...files.js, ...files.css])
  console.log(`  ${gzipKb(file).toFixed(1).padStart(7)} KB  ${file}`);
console.log(`  JS : ${js.toFixed(1)} KB (budget ${BUDGET_JS_KB} KB)`);
console.log(`  CSS: ${css.toFixed(1)} KB (budget ${BUDGET_CSS_KB} KB)`);
if (js > BUDGET_JS_KB || css > BUDGET_CSS_KB) {
  console.error('Bundle budget exceeded.');
  process.exit(1);
}
console.log('Bundle budget: OK');
