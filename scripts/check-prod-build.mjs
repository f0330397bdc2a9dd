#!/usr/bin/env node
/**
 * A production build (`dist/`) must contain no msw code, no `mockServiceWorker.js`, no mock data or
 * fault panel, no mock-only text, and no secret: no `VITE_*` variable whose name looks like a credential
 * may exist at all.
 *
 * The mock-only texts are read from the mock-panel namespace itself (src/i18n/locales/<lang>/mock-panel.ts,
 * both languages: the MOCK badge, the fault panel), so the list cannot drift from what mock builds show.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const dist = process.argv[2] ?? 'dist';
const failures = [];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(dist);
if (files.some((file) => file.endsWith('mockServiceWorker.js')))
  failures.push('dist contains mockServiceWorker.js');

const forbidden = [
  ['msw', /\bmsw\b|Mock Service Worker|mockServiceWorker|setupWorker/],
  ['mock control', /__consoleMocks/],
  ['fault scenarios', /mock fault scenario/],
  ['faker', /@faker-js|fakerjs/],
];
/** Every text of a translation tree. */
const texts = (tree) =>
  Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : texts(value)));
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const mockOnlyTexts = new Set();
const productionTexts = new Set();
for (const language of readdirSync('src/i18n/locales')) {
  // One file per namespace; a namespace may spread parts kept in a folder of its own (orders-parts/).
  for (const name of readdirSync(`src/i18n/locales/${language}`).filter((n) => n.endsWith('.ts'))) {
    const { default: tree } = await tsImport(`../src/i18n/locales/${language}/${name}`, import.meta.url);
    for (const text of texts(tree)) (name === 'mock-panel.ts' ? mockOnlyTexts : productionTexts).add(text);
  }
}
if (mockOnlyTexts.size === 0) failures.push('found no mock-panel texts to look for');
// Distinctive texts only: a badge word in capitals (MOCK, SIMULADO) or a phrase, that no production
// namespace uses too. A single ordinary word ("None", "Vendor") is no sign of a leak.
const distinctive = (text) =>
  !productionTexts.has(text) && (/^\p{Lu}{3,}$/u.test(text) || /\S\s+\S/.test(text));
const lookedFor = [...mockOnlyTexts].filter(distinctive);
// As a string literal of the bundle ('…', "…" or `…`): a word inside other text is no leak.
for (const text of lookedFor) {
  forbidden.push([`the mock-only text "${text}"`, new RegExp(`['"\`]${escapeRegExp(text)}['"\`]`)]);
}

for (const file of files.filter((f) => /\.(js|html|css|map)$/.test(f))) {
  const text = readFileSync(file, 'utf8');
  for (const [what, pattern] of forbidden) if (pattern.test(text)) failures.push(`${file} contains ${what}`);
}

const secretName = /VITE_[A-Z0-9_]*(KEY|SECRET|TOKEN|PASSWORD|CREDENTIAL|AUTH)/;
for (const file of walk('src')) {
  const text = readFileSync(file, 'utf8');
  const match = secretName.exec(text);
  if (match) failures.push(`${file} reads ${match[0]}: secrets must never use a VITE_ name`);
}
for (const envFile of ['.env', '.env.example', '.env.local', '.env.production']) {
  try {
    const match = secretName.exec(readFileSync(envFile, 'utf8'));
    if (match) failures.push(`${envFile} defines ${match[0]}: secrets must never use a VITE_ name`);
  } catch {
    // no such file
  }
}

if (failures.length) {
  for (const failure of failures) console.error(`✗ ${failure}`);
  process.exit(1);
}
console.log(
  `Production build check: OK (${files.length} files, no msw, no worker, no mock code, none of ${lookedFor.length} mock-only texts, no VITE_ secrets)`,
);
