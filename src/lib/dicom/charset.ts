import {
  type CharsetTerm,
  type CodeElement,
  ESCAPE_SEQUENCES,
  type EscapeSequence,
  lookupCharsetTerm,
  TWO_BYTE,
} from './charset-tables';

/**
 * Decodes DICOM text values (SH, LO, ST, LT, PN, UC, UT) to Unicode following Specific Character Set
 * (0008,0005), with `TextDecoder` doing the actual decoding:
 * - single-byte sets (`ISO_IR 100` … `ISO_IR 166`, `ISO_IR 13`);
 * - multi-byte sets without code extensions (`ISO_IR 192` = UTF-8, `GB18030`, `GBK`), decoded as a whole value
 *   (their trail bytes may equal `\`, `^`: the value is split only after decoding);
 * - ISO 2022 code extensions (`ISO 2022 IR 6\ISO 2022 IR 87`, `\ISO 2022 IR 149`…): escape sequences switch the
 *   G0/G1 designations; each run between switches is decoded on its own (JIS X 0208/0212 and JIS X 0201 katakana as
 *   EUC-JP, KS X 1001 as EUC-KR, GB 2312 as GBK); the initial designations come back before each delimiter
 *   (`\`, and `^` `=` in person names: each component group starts afresh) and control character (PS3.5 6.1.2.5.3).
 * A set it cannot decode is reported, and bytes it cannot read become U+FFFD: text is never shown garbled.
 */

/** What decoding ran into, once per file: reported in `DicomHeader.warnings` as `code` or `code:detail`. */
export type CharsetProblem =
  | `charset-unsupported:${string}`
  | `charset-invalid-bytes:${string}`
  | 'charset-unknown-escape'
  | 'charset-undeclared-latin1'
  | 'charset-undeclared-utf8'
  | 'charset-undeclared';

export interface CharacterSet {
  /** (0008,0005) as written, values joined with `\`; '' when absent. */
  raw: string;
  /** Whether (0008,0005) is present and not empty. */
  declared: boolean;
  /** The set of value 1 (the initial designations). */
  initial: CharsetTerm;
  /** Terms this module cannot decode. */
  unsupported: string[];
}

const DEFAULT_TERM = lookupCharsetTerm('') as CharsetTerm;

/** Reads (0008,0005): `values` are its values as bytes-as-text (the element itself is always ASCII). */
export function characterSetOf(raw: string | null | undefined): CharacterSet {
  const text = (raw ?? '').replace(/\0/g, '').trim();
  const values = text === '' ? [] : text.split('\\').map((value) => value.trim());
  const unsupported: string[] = [];
  let initial = DEFAULT_TERM;
  values.forEach((value, index) => {
    const term = lookupCharsetTerm(value);
    if (!term) unsupported.push(value);
    else if (index === 0) initial = term;
  });
  return { raw: values.join('\\'), declared: values.length > 0, initial, unsupported };
}

/** The character set of a data set with no (0008,0005): the default repertoire. */
export const DEFAULT_CHARACTER_SET: CharacterSet = characterSetOf('');

/** The VRs whose values Specific Character Set applies to. */
export const TEXT_VRS: ReadonlySet<string> = new Set(['SH', 'LO', 'ST', 'LT', 'PN', 'UC', 'UT']);
/** Text VRs that hold one value, where `\` is a character and not a delimiter. */
const SINGLE_VALUE_VRS: ReadonlySet<string> = new Set(['ST', 'LT', 'UT', 'UR']);

const decoders = new Map<string, TextDecoder>();
function decoderFor(label: string): TextDecoder {
  let decoder = decoders.get(label);
  if (!decoder) {
    decoder = new TextDecoder(label);
    decoders.set(label, decoder);
  }
  return decoder;
}

function isAsciiOnly(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte >= 0x80 || byte === 0x1b) return false;
  }
  return true;
}

function ascii(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return text;
}

/** The decoder of a run of bytes under designations G0/G1 (after the EUC transform of the Japanese sets). */
function labelFor(g0: CodeElement, g1: CodeElement | null): string {
  if (g0 === 'jis-x0208' || g0 === 'jis-x0212' || g1 === 'jis-katakana') return 'euc-jp';
  switch (g1) {
    case null:
      return 'ascii';
    case 'ks-x1001':
      return 'euc-kr';
    case 'gb2312':
      return 'gbk';
    case 'tis-620':
      return 'windows-874';
    default:
      return g1; // iso-8859-N: the upper half only is used, where the WHATWG decoders follow ISO 8859
  }
}

function matchEscape(bytes: Uint8Array, at: number): EscapeSequence | null {
  for (const sequence of ESCAPE_SEQUENCES) {
    if (sequence.bytes.every((byte, i) => bytes[at + i] === byte)) return sequence;
  }
  return null;
}

function isReset(byte: number, vr: string): boolean {
  if (byte < 0x20 && byte !== 0x1b) return true; // CR, LF, FF, TAB and other controls
  if (byte === 0x5c) return !SINGLE_VALUE_VRS.has(vr);
  if (vr === 'PN') return byte === 0x5e || byte === 0x3d; // ^ and =
  return false;
}

/** ISO 2022 state machine: one value, escapes honoured, designations reset at delimiters. */
function decodeExtended(bytes: Uint8Array, initial: CharsetTerm, vr: string, problems: Set<string>): string {
  let g0 = initial.g0;
  let g1 = initial.g1;
  let out = '';
  let run: number[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const label = labelFor(g0, g1);
    if (label === 'ascii') {
      for (const byte of run) out += byte < 0x80 ? String.fromCharCode(byte) : '\uFFFD';
    } else {
      out += decoderFor(label).decode(Uint8Array.from(run));
    }
    run = [];
  };
  const invalid = () => {
    flush();
    out += '\uFFFD';
    problems.add('invalid');
  };
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] as number;
    if (byte === 0x1b) {
      const sequence = matchEscape(bytes, i + 1);
      flush();
      if (sequence) {
        if (sequence.target === 'g0') g0 = sequence.element;
        else g1 = sequence.element;
        i += 1 + sequence.bytes.length;
      } else {
        // ISO 2022 grammar: ESC, intermediates 0x20–0x2F, one final byte 0x30–0x7E.
        problems.add('unknown-escape');
        out += '\uFFFD';
        i += 1;
        while (i < bytes.length && (bytes[i] as number) >= 0x20 && (bytes[i] as number) <= 0x2f) i += 1;
        if (i < bytes.length) i += 1;
      }
      continue;
    }
    if (byte < 0x80) {
      if (TWO_BYTE.has(g0) && byte >= 0x21 && byte <= 0x7e) {
        const next = bytes[i + 1];
        if (next === undefined || next < 0x21 || next > 0x7e) {
          invalid();
          i += 1;
          continue;
        }
        if (g0 === 'jis-x0212') run.push(0x8f);
        run.push(byte | 0x80, next | 0x80);
        i += 2;
        continue;
      }
      if (isReset(byte, vr)) {
        flush();
        out += String.fromCharCode(byte);
        g0 = initial.g0;
        g1 = initial.g1;
        i += 1;
        continue;
      }
      run.push(byte);
      i += 1;
      continue;
    }
    // 0x80–0xFF: the G1 set.
    if (g1 === null || byte < 0xa0) {
      invalid();
      i += 1;
    } else if (TWO_BYTE.has(g1)) {
      const next = bytes[i + 1];
      if (next === undefined || next < 0xa1) {
        invalid();
        i += 1;
      } else {
        run.push(byte, next);
        i += 2;
      }
    } else if (g1 === 'jis-katakana') {
      if (byte > 0xdf) invalid();
      else run.push(0x8e, byte);
      i += 1;
    } else {
      run.push(byte);
      i += 1;
    }
  }
  flush();
  if (out.includes('\uFFFD')) problems.add('invalid');
  return out;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** No (0008,0005) but bytes above 0x7F: what the sender most likely meant, and how sure that is. */
function decodeUndeclared(bytes: Uint8Array, problems: Set<string>): string {
  let isolatedLatin = true;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte < 0x80) continue;
    const next = bytes[i + 1] ?? 0;
    // Latin-1 letters are single bytes 0xC0–0xFF; multi-byte encodings put high bytes side by side.
    if (byte < 0xc0 || byte === 0xd7 || byte === 0xf7 || next >= 0x80) isolatedLatin = false;
  }
  if (isValidUtf8(bytes)) {
    problems.add('undeclared-utf8');
    return new TextDecoder('utf-8').decode(bytes);
  }
  if (isolatedLatin) {
    problems.add('undeclared-latin1');
    return decoderFor('iso-8859-1').decode(bytes);
  }
  problems.add('undeclared');
  return decodeExtended(bytes, DEFAULT_TERM, 'LO', new Set());
}

/**
 * The Unicode text of one element's value bytes (all its values, still joined by `\`). Padding (trailing
 * spaces and NULs) is removed. `problems` collects what went wrong, for `charsetWarnings`.
 */
export function decodeDicomText(
  bytes: Uint8Array,
  charset: CharacterSet,
  vr: string,
  problems: Set<string> = new Set(),
): string {
  let text: string;
  if (isAsciiOnly(bytes)) {
    text = ascii(bytes);
  } else if (!charset.declared) {
    text = decodeUndeclared(bytes, problems);
  } else if (charset.initial.kind === 'unicode' && charset.initial.label) {
    text = decoderFor(charset.initial.label).decode(bytes);
    if (text.includes('\uFFFD')) problems.add('invalid');
  } else {
    text = decodeExtended(bytes, charset.initial, vr, problems);
  }
  return text.replace(/[\0 ]+$/, '');
}

/** File-level warnings for the problems met while decoding text in `charset`. */
export function charsetWarnings(charset: CharacterSet, problems: ReadonlySet<string>): CharsetProblem[] {
  const warnings: CharsetProblem[] = charset.unsupported.map(
    (term) => `charset-unsupported:${term}` as const,
  );
  if (problems.has('invalid') && charset.unsupported.length === 0)
    warnings.push(`charset-invalid-bytes:${charset.raw || 'ISO_IR 6'}`);
  if (problems.has('unknown-escape')) warnings.push('charset-unknown-escape');
  if (problems.has('undeclared-latin1')) warnings.push('charset-undeclared-latin1');
  if (problems.has('undeclared-utf8')) warnings.push('charset-undeclared-utf8');
  if (problems.has('undeclared')) warnings.push('charset-undeclared');
  return warnings;
}
