import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/en/common';

/**
 * Every translation key the service layer can put in an error (`validation.*` in an InputError, `errors.*`
 * of a SessionError) exists in the English "common" namespace; src/i18n/locales.test.ts checks that Spanish
 * has the same keys and placeholders.
 */
const apiDir = join(process.cwd(), 'src/api');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function has(tree: unknown, dotted: string): boolean {
  let node: unknown = tree;
  for (const part of dotted.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

const used = new Map<string, string>();
for (const file of sourceFiles(apiDir)) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/['"`]((?:validation|errors)\.[A-Za-z0-9_]+)['"`]/g)) {
    used.set(match[1] as string, file.slice(apiDir.length + 1));
  }
}

describe('message keys of the service layer', () => {
  it('finds the keys (the scan works)', () => {
    expect(used.has('validation.required')).toBe(true);
    expect(used.has('validation.noSuchDate')).toBe(true);
    expect(used.has('errors.sessionLost')).toBe(true);
    expect(used.size).toBeGreaterThan(40);
  });

  it('every validation.* and errors.* key used in src/api exists in English', () => {
    const missing = [...used].filter(([key]) => !has(en, key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });
});
