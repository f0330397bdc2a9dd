import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Test fixtures made at test time with dcmtk (dump2dcm from text dumps, dcmconv, dcmcrle, dcmcjpeg,
 * dcmcjpls, dcmmkdir) and iconv, into a temporary directory. The tests need dcmtk: without it they fail
 * with this message (never skip). `.ci/run` installs it.
 */

const TOOLS = ['dump2dcm', 'dcmconv', 'dcmdump', 'dcmcrle', 'dcmcjpeg', 'dcmcjpls', 'dcmmkdir'];

export function requireDcmtk(): void {
  const missing = TOOLS.filter((tool) => spawnSync(tool, ['--version'], { encoding: 'utf8' }).status !== 0);
  if (missing.length > 0) {
    throw new Error(
      `The DICOM tests need dcmtk (missing: ${missing.join(', ')}). Install it: apt-get install dcmtk ` +
        '(.ci/run does it when it is missing).',
    );
  }
  if (spawnSync('iconv', ['--version']).status !== 0) throw new Error('The DICOM tests need iconv (glibc).');
}

export interface Workspace {
  dir: string;
  path(name: string): string;
  read(name: string): Uint8Array<ArrayBuffer>;
  write(name: string, bytes: Uint8Array | string): string;
  remove(): void;
}

export function workspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'dicom-test-'));
  return {
    dir,
    path: (name) => join(dir, name),
    read: (name) => new Uint8Array(readFileSync(join(dir, name))),
    write: (name, bytes) => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Bytes of `text` in a character encoding, by iconv (an encoder independent of the code under test). */
export function encode(text: string, encoding: string): Uint8Array {
  return new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', encoding], { input: text }));
}

export function bytes(...parts: (Uint8Array | string)[]): Uint8Array {
  const chunks = parts.map((part) => (typeof part === 'string' ? new TextEncoder().encode(part) : part));
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const ESC = '\u001b';

/** ISO 2022 IR 87 / IR 159: `ESC $ B` (or `ESC $ ( D`) + JIS X 0208/0212 bytes, then back to G0 `back`. */
export function jis(text: string, back: '(B' | '(J' = '(B'): Uint8Array {
  const euc = encode(text, 'EUC-JP');
  const pairs: number[] = [];
  let x0212 = false;
  for (let i = 0; i < euc.length; i++) {
    const byte = euc[i] as number;
    if (byte === 0x8f) {
      x0212 = true;
      continue;
    }
    pairs.push(byte & 0x7f);
  }
  return bytes(`${ESC}${x0212 ? '$(D' : '$B'}`, Uint8Array.from(pairs), `${ESC}${back}`);
}

/** JIS X 0201 half-width katakana (G1 of ISO_IR 13): Shift_JIS single bytes. */
export const katakana = (text: string) => encode(text, 'SHIFT_JIS');
/** ISO 2022 IR 149: `ESC $ ) C` + KS X 1001 in G1 (the EUC-KR bytes). */
export const korean = (text: string) => bytes(`${ESC}$)C`, encode(text, 'EUC-KR'));
/** ISO 2022 IR 58: `ESC $ ) A` + GB 2312 in G1 (the EUC-CN bytes). */
export const gb2312 = (text: string) => bytes(`${ESC}$)A`, encode(text, 'GB2312'));

export type DumpLine = string | Uint8Array;

/** CT Image Storage: fixtures are not Secondary Capture (which is flagged for burned-in text) unless they say so. */
const SC = '1.2.840.10008.5.1.4.1.1.2';

/** A small 8-bit monochrome image's tags and pixel data (16×16, `frames` frames), as dump lines. */
export function imageLines(frames = 1): DumpLine[] {
  const values = Array.from({ length: 256 * frames }, (_, i) => (i * 37) % 256)
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('\\');
  return [
    '(0028,0002) US 1',
    '(0028,0004) CS [MONOCHROME2]',
    ...(frames > 1 ? [`(0028,0008) IS [${frames}]`] : []),
    '(0028,0010) US 16',
    '(0028,0011) US 16',
    '(0028,0100) US 8',
    '(0028,0101) US 8',
    '(0028,0102) US 7',
    '(0028,0103) US 0',
    `(7fe0,0010) OB ${values}`,
  ];
}

export interface DumpOptions {
  /** Default `+te` (explicit VR little endian). */
  transfer?: string;
  sopInstanceUid?: string;
}

/** A DICOM file from dump lines (dump2dcm), written to `name` in the workspace. */
export function dumpToDicom(
  ws: Workspace,
  name: string,
  lines: DumpLine[],
  options: DumpOptions = {},
): string {
  const hasTag = (tag: string) => lines.some((line) => typeof line === 'string' && line.startsWith(tag));
  const header: DumpLine[] = [];
  if (!hasTag('(0008,0016)')) header.push(`(0008,0016) UI [${SC}]`);
  if (!hasTag('(0008,0018)'))
    header.push(
      `(0008,0018) UI [${options.sopInstanceUid ?? `1.2.826.0.1.3680043.10.999.${Math.abs(hashOf(name))}`}]`,
    );
  for (const line of lines) {
    if (typeof line !== 'string' && (line.indexOf(0x5d) !== line.length - 1 || line.includes(0x0a))) {
      throw new Error(
        `Fixture ${name}: a value's bytes contain "]" or a newline, which dump2dcm cannot read`,
      );
    }
  }
  const text = bytes(...[...header, ...lines].flatMap((line) => [line, '\n']));
  const dump = ws.write(`${name}.dump`, text);
  execFileSync('dump2dcm', ['-q', '+l', '65536', '-g', options.transfer ?? '+te', dump, ws.path(name)]);
  return ws.path(name);
}

function hashOf(text: string): number {
  let hash = 7;
  for (const char of text) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) | 0;
  return hash;
}

/** Runs a dcmtk converter: `tool args… in out`. */
export function convert(ws: Workspace, tool: string, args: string[], input: string, output: string): string {
  execFileSync(tool, ['-q', ...args, ws.path(input), ws.path(output)]);
  return ws.path(output);
}

/** What dcmdump says about a file: its output, and the error lines (`E:` / `F:`). */
export function dcmdump(path: string, args: string[] = []): { output: string; errors: string[] } {
  const run = spawnSync('dcmdump', [...args, path], { encoding: 'utf8' });
  const output = `${run.stdout}\n${run.stderr}`;
  const errors = output.split('\n').filter((line) => /^\s*[EF]: /.test(line));
  if (run.status !== 0 && errors.length === 0) errors.push(`dcmdump exit ${run.status}`);
  return { output, errors };
}
