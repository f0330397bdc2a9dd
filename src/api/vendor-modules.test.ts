import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vendorIds } from './errors';

/**
 * The shape every vendor module keeps (README, "Adding a vendor endpoint"): the same file roles, one naming
 * rule for exported names, and hooks only in the query files.
 */
const apiDir = join(process.cwd(), 'src/api');
const vendorName: Record<(typeof vendorIds)[number], RegExp> = {
  eden: /eden/i,
  solo: /solo/i,
  scan: /scan/i,
  impilo: /impilo/i,
  postdicom: /postdicom/i,
};

function sources(vendor: string): { file: string; text: string }[] {
  return readdirSync(join(apiDir, vendor))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => ({ file, text: readFileSync(join(apiDir, vendor, file), 'utf8') }));
}

const exportName =
  /^export (?:declare )?(?:async )?(?:function\*?|const|let|class|abstract class|type|interface|enum) (\w+)/gm;

describe.each(vendorIds)('src/api/%s', (vendor) => {
  const files = sources(vendor);
  const names = files.map((f) => f.file);

  it('has the fixed roles: client, endpoint table, errors, queries', () => {
    expect(names).toEqual(expect.arrayContaining(['client.ts', 'endpoints.ts', 'errors.ts', 'queries.ts']));
  });

  it('names its vendor in every exported name', () => {
    const unnamed = files.flatMap(({ file, text }) =>
      [...text.matchAll(exportName)]
        .map((m) => m[1] ?? '')
        .filter((name) => !vendorName[vendor].test(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(unnamed).toEqual([]);
  });

  it('keeps query keys, query options and hooks in its query files only', () => {
    const elsewhere = files
      .filter(({ file }) => !/(^|-)queries\.ts$/.test(file))
      .filter(({ text }) => /from '@tanstack\/react-query'|from 'react'/.test(text))
      .map(({ file }) => file);
    expect(elsewhere).toEqual([]);
  });

  it('takes paths from its endpoint table (no path literal in an endpoint group)', () => {
    const literal = files
      .filter(({ file }) => file !== 'endpoints.ts')
      .filter(({ text }) => /\bpath: [`'"]\//.test(text))
      .map(({ file }) => file);
    expect(literal).toEqual([]);
  });

  it('has no test helper among its production files', () => {
    expect(names.filter((file) => /test/i.test(file))).toEqual([]);
  });
});
