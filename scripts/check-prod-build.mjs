#!/usr/bin/env node
/**
 * A production build (`dist/`) must contain no msw code, no `mockServiceWorker.js`, no mock data or
 * fault panel, and no secret: no `VITE_*` variable whose name looks like a credential may exist at all.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
  `Production build check: OK (${files.length} files, no msw, no worker, no mock code, no VITE_ secrets)`,
);
