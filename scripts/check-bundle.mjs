#!/usr/bin/env node
/**
 * Bundle budget of the first route, `/patients` (the landing page): the entry (index.html's script and
 * everything it imports statically), the patient search page's lazy chunk and its static imports, and the
 * English "patients" translations that load with it. Prints each file's gzip size and fails above
 * 175 KB of JS or 35 KB of CSS. What the page loads after its first paint (the vendor search adapters and
 * their schemas, the filters' calendar) is printed apart and is not counted. Also fails when two chunks
 * import each other, and when the all-orders page (`/orders`) needs the vendors' service layer (the `search`
 * chunk group: every vendor's schemas) before its first paint: its results load after that paint, or when
 * that first paint needs more than a few files beyond the first route (the `orders-paint` group keeps them
 * together: over HTTP/1.1 each six files cost another round trip).
 * Usage: node scripts/check-bundle.mjs [dist]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_JS_KB = 175;
const BUDGET_CSS_KB = 35;
const FIRST_ROUTE = 'src/features/patients/PatientSearchPage.tsx';
const ROUTE_TRANSLATIONS = 'src/i18n/locales/en/patients.ts';
const AFTER_FIRST_PAINT = 'src/api/people/search-adapters.ts';
const WORKLIST_PAGE = 'src/features/orders/AllOrdersPage.tsx';
/** The page's own chunk and the `orders-paint` group, and one to spare. */
const WORKLIST_MAX_FILES = 3;
const dist = process.argv[2] ?? 'dist';

const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

function collect(key, files = { js: new Set(), css: new Set() }) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`No chunk for ${key} in the manifest`);
  if (files.js.has(chunk.file)) return files;
  files.js.add(chunk.file);
  for (const css of chunk.css ?? []) files.css.add(css);
  for (const imported of chunk.imports ?? []) collect(imported, files);
  return files;
}

const keyOf = (suffix) => {
  const key = Object.keys(manifest).find((candidate) => candidate.endsWith(suffix));
  if (!key) throw new Error(`${suffix} is not a chunk of its own`);
  return key;
};

const files = collect('index.html');
collect(keyOf(FIRST_ROUTE), files);
collect(keyOf(ROUTE_TRANSLATIONS), files);

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const total = (set) => [...set].reduce((sum, file) => sum + gzipKb(file), 0);
const js = total(files.js);
const css = total(files.css);

console.log('First route /patients (entry + patient search page + its translations), gzip:');
for (const file of [...files.js, ...files.css])
  console.log(`  ${gzipKb(file).toFixed(1).padStart(7)} KB  ${file}`);
console.log(`  JS : ${js.toFixed(1)} KB (budget ${BUDGET_JS_KB} KB)`);
console.log(`  CSS: ${css.toFixed(1)} KB (budget ${BUDGET_CSS_KB} KB)`);

const later = collect(keyOf(AFTER_FIRST_PAINT));
const laterOnly = [...later.js].filter((file) => !files.js.has(file));
console.log(
  `Loaded after the first paint (vendor search adapters, not counted): ${total(new Set(laterOnly)).toFixed(1)} KB JS in ${laterOnly.length} files`,
);

// The all-orders page draws its header, filters and notices from small chunks; the vendors' layer (the
// `search` group, build/first-route-chunks.ts) comes with its results, after the first paint.
const worklist = collect(keyOf(WORKLIST_PAGE));
const worklistOnly = [...worklist.js].filter((file) => !files.js.has(file));
const worklistHeavy = worklistOnly.filter((file) => /\/search-[^/]*\.js$/.test(file));
console.log(
  `/orders before its first paint, beyond the first route: ${total(new Set(worklistOnly)).toFixed(1)} KB JS in ${worklistOnly.length} files`,
);
for (const file of worklistHeavy)
  console.error(`/orders loads the vendors' layer before its first paint: ${file}`);
const worklistScattered = worklistOnly.length > WORKLIST_MAX_FILES;
if (worklistScattered)
  console.error(
    `/orders needs ${worklistOnly.length} files before its first paint (at most ${WORKLIST_MAX_FILES})`,
  );

// Chunks that import each other: the one loaded second can run a module before one it reads (an
// `undefined` at load). The bundler makes none by itself; chunk groups (build/first-route-chunks.ts) can.
const cycles = [];
const visiting = new Set();
const done = new Set();
const walk = (key, path) => {
  if (done.has(key)) return;
  if (visiting.has(key)) {
    cycles.push([...path.slice(path.indexOf(key)), key].map((k) => manifest[k]?.file ?? k).join(' → '));
    return;
  }
  visiting.add(key);
  for (const imported of manifest[key]?.imports ?? []) walk(imported, [...path, key]);
  visiting.delete(key);
  done.add(key);
};
for (const key of Object.keys(manifest)) walk(key, []);
for (const cycle of cycles) console.error(`Chunks import each other: ${cycle}`);

if (js > BUDGET_JS_KB || css > BUDGET_CSS_KB || cycles.length || worklistHeavy.length || worklistScattered) {
  console.error(
    cycles.length
      ? 'Chunk import cycles.'
      : worklistHeavy.length
        ? 'The all-orders page waits for the vendors’ layer.'
        : worklistScattered
          ? 'The all-orders page’s first paint is scattered over many files.'
          : 'Bundle budget exceeded.',
  );
  process.exit(1);
}
console.log('Bundle budget: OK');
