// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/** check:prod run on a made-up build, the way `npm test` runs it on dist/. */
function checkBuild(files: Record<string, string>) {
  const dist = mkdtempSync(join(tmpdir(), 'console-dist-'));
  dirs.push(dist);
  mkdirSync(join(dist, 'assets'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dist, name), text);
  const run = spawnSync(process.execPath, ['scripts/check-prod-build.mjs', dist], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const clean = 'const e={mode:{live:`LIVE`,liveHint:`Live vendor back ends`},none:"None"};';

describe('check:prod', () => {
  it('passes a build without mock code or mock-only text', () => {
    const result = checkBuild({
      'index.html': '<script src="/assets/index.js"></script>',
      'assets/index.js': clean,
    });
    expect(result.output).toContain('Production build check: OK');
    expect(result.ok).toBe(true);
  });

  it.each([
    ['the English badge', 'const e={mock:`MOCK`};'],
    ['the Spanish badge', 'const e={mock:"SIMULADO"};'],
    ['the mock hint', "const e={hint:'Mock back ends: no real vendor is called'};"],
    ['the fault panel, in Spanish', 'const e={open:`Fallos simulados`};'],
    ['a placeholder text of the panel', 'const e={active:`Fault active: {{failure}}`};'],
  ])('fails a build that carries %s, in either language', (_what, text) => {
    const result = checkBuild({ 'assets/common.js': `${clean}${text}` });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('mock-only text');
  });

  it('still fails on msw and its worker', () => {
    expect(checkBuild({ 'mockServiceWorker.js': '' }).ok).toBe(false);
    expect(checkBuild({ 'assets/a.js': 'setupWorker()' }).ok).toBe(false);
  });
});
