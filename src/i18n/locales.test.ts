import { describe, expect, it } from 'vitest';
import { namespaces } from './resources';

const en = import.meta.glob<{ default: object }>('./locales/en/*.ts', { eager: true });
const es = import.meta.glob<{ default: object }>('./locales/es/*.ts', { eager: true });

/** Every leaf of a translation, as `dotted.key` → text. */
function leaves(tree: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object')
      for (const entry of leaves(value, path)) out.set(...entry);
    else out.set(path, value);
  }
  return out;
}

const placeholders = (text: unknown) =>
  [...String(text).matchAll(/{{\s*([\w.]+)[^}]*}}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('has a file per namespace in each language, and no file of an unknown namespace', () => {
    const names = (files: Record<string, unknown>) =>
      Object.keys(files)
        .map((file) => /\/([\w-]+)\.ts$/.exec(file)?.[1])
        .sort();
    expect(names(en)).toEqual([...namespaces].sort());
    expect(names(es)).toEqual([...namespaces].sort());
  });

  for (const namespace of namespaces) {
    it(`"${namespace}": Spanish and English have the same keys, each text is set, with the same placeholders`, () => {
      const english = leaves(en[`./locales/en/${namespace}.ts`]?.default ?? {});
      const spanish = leaves(es[`./locales/es/${namespace}.ts`]?.default ?? {});
      expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of english) {
        expect(typeof text, `en ${namespace}:${key}`).toBe('string');
        expect(String(text).trim(), `en ${namespace}:${key}`).not.toBe('');
        expect(String(spanish.get(key)).trim(), `es ${namespace}:${key}`).not.toBe('');
        expect(placeholders(spanish.get(key)), `placeholders of ${namespace}:${key}`).toEqual(
          placeholders(text),
        );
      }
    });
  }
});
