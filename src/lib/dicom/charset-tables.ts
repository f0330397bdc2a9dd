/**
 * The character sets of DICOM (PS3.3 C.12.1.1.2, PS3.5 6.1): the defined terms of Specific Character Set
 * (0008,0005), the ISO 2022 escape sequences that designate each code element, and the WHATWG
 * `TextDecoder` label that decodes it. Node 20 (full ICU) and every current browser support these labels.
 */

/** What is designated into G0 (bytes 0x21–0x7E) or G1 (bytes 0xA0–0xFF). */
export type CodeElement =
  | 'ascii' // ISO IR 6
  | 'jis-roman' // JIS X 0201 Romaji (ISO IR 14), read as ASCII
  | 'jis-katakana' // JIS X 0201 Katakana (ISO IR 13), G1
  | 'jis-x0208' // ISO IR 87, G0, two bytes
  | 'jis-x0212' // ISO IR 159, G0, two bytes
  | 'ks-x1001' // ISO IR 149, G1, two bytes
  | 'gb2312' // ISO IR 58, G1, two bytes
  | `iso-8859-${number}` // the upper half of a Latin/Cyrillic/Arabic/Greek/Hebrew part, G1
  | 'tis-620'; // ISO IR 166 (Thai), G1

export interface CharsetTerm {
  /** The defined term as the standard spells it. */
  term: string;
  /**
   * `single`: one single-byte set, no code extensions (`ISO_IR 100`); `iso2022`: code extensions with escape
   * sequences (`ISO 2022 IR 87`); `unicode`: a multi-byte set decoded as a whole (`ISO_IR 192`, `GB18030`, `GBK`).
   */
  kind: 'single' | 'iso2022' | 'unicode';
  /** Initial designations when this term is value 1 of (0008,0005). */
  g0: CodeElement;
  g1: CodeElement | null;
  /** For `unicode` sets: the decoder of the whole value. */
  label?: string;
}

const single = (term: string, g1: CodeElement | null, g0: CodeElement = 'ascii'): CharsetTerm => ({
  term,
  kind: 'single',
  g0,
  g1,
});
const extended = (term: string, g1: CodeElement | null, g0: CodeElement = 'ascii'): CharsetTerm => ({
  term,
  kind: 'iso2022',
  g0,
  g1,
});

/** ISO 8859 part (or TIS-620) of each "IR" number with a single-byte upper half. */
const UPPER_HALVES: Record<string, CodeElement> = {
  '100': 'iso-8859-1',
  '101': 'iso-8859-2',
  '109': 'iso-8859-3',
  '110': 'iso-8859-4',
  '144': 'iso-8859-5',
  '127': 'iso-8859-6',
  '126': 'iso-8859-7',
  '138': 'iso-8859-8',
  '148': 'iso-8859-9',
  '203': 'iso-8859-15',
  '166': 'tis-620',
};

export const CHARSET_TERMS: readonly CharsetTerm[] = [
  single('ISO_IR 6', null),
  ...Object.entries(UPPER_HALVES).map(([ir, g1]) => single(`ISO_IR ${ir}`, g1)),
  single('ISO_IR 13', 'jis-katakana', 'jis-roman'),
  extended('ISO 2022 IR 6', null),
  ...Object.entries(UPPER_HALVES).map(([ir, g1]) => extended(`ISO 2022 IR ${ir}`, g1)),
  extended('ISO 2022 IR 13', 'jis-katakana', 'jis-roman'),
  // Multi-byte sets with code extensions are never value 1 by the standard; when a file puts one there,
  // its set is assumed designated from the start (G1 sets) or the text starts in ASCII (G0 sets).
  extended('ISO 2022 IR 87', null),
  extended('ISO 2022 IR 159', null),
  extended('ISO 2022 IR 149', 'ks-x1001'),
  extended('ISO 2022 IR 58', 'gb2312'),
  { term: 'ISO_IR 192', kind: 'unicode', g0: 'ascii', g1: null, label: 'utf-8' },
  { term: 'GB18030', kind: 'unicode', g0: 'ascii', g1: null, label: 'gb18030' },
  { term: 'GBK', kind: 'unicode', g0: 'ascii', g1: null, label: 'gbk' },
];

/** Spellings met in files that do not follow the standard, mapped to the defined term. */
const ALIASES: Record<string, string> = {
  'UTF-8': 'ISO_IR 192',
  UTF8: 'ISO_IR 192',
  'ISO-IR 192': 'ISO_IR 192',
  GB2312: 'ISO 2022 IR 58',
  'ISO-8859-1': 'ISO_IR 100',
  LATIN1: 'ISO_IR 100',
};

const BY_KEY = new Map<string, CharsetTerm>();
const keyOf = (term: string) =>
  term
    .toUpperCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
for (const term of CHARSET_TERMS) BY_KEY.set(keyOf(term.term), term);
for (const [alias, term] of Object.entries(ALIASES)) {
  const target = BY_KEY.get(keyOf(term));
  if (target) BY_KEY.set(keyOf(alias), target);
}

/** The defined term a value of (0008,0005) names (tolerating `ISO-IR 100`, `ISO_IR_100`…), or null. */
export function lookupCharsetTerm(value: string): CharsetTerm | null {
  const key = keyOf(value);
  if (key === '') return BY_KEY.get('ISO IR 6') ?? null;
  return BY_KEY.get(key) ?? null;
}

/** An ISO 2022 escape sequence (the bytes after ESC) and what it designates. */
export interface EscapeSequence {
  bytes: readonly number[];
  target: 'g0' | 'g1';
  element: CodeElement;
}

const upper = (final: string, element: CodeElement): EscapeSequence => ({
  bytes: [0x2d, final.charCodeAt(0)], // ESC - F: a 96-character set into G1
  target: 'g1',
  element,
});

export const ESCAPE_SEQUENCES: readonly EscapeSequence[] = [
  { bytes: [0x28, 0x42], target: 'g0', element: 'ascii' }, // ESC ( B
  { bytes: [0x28, 0x4a], target: 'g0', element: 'jis-roman' }, // ESC ( J
  { bytes: [0x29, 0x49], target: 'g1', element: 'jis-katakana' }, // ESC ) I
  { bytes: [0x24, 0x42], target: 'g0', element: 'jis-x0208' }, // ESC $ B
  { bytes: [0x24, 0x40], target: 'g0', element: 'jis-x0208' }, // ESC $ @ (JIS C 6226-1978, read as X 0208)
  { bytes: [0x24, 0x28, 0x44], target: 'g0', element: 'jis-x0212' }, // ESC $ ( D
  { bytes: [0x24, 0x29, 0x43], target: 'g1', element: 'ks-x1001' }, // ESC $ ) C
  { bytes: [0x24, 0x29, 0x41], target: 'g1', element: 'gb2312' }, // ESC $ ) A
  upper('A', 'iso-8859-1'),
  upper('B', 'iso-8859-2'),
  upper('C', 'iso-8859-3'),
  upper('D', 'iso-8859-4'),
  upper('L', 'iso-8859-5'),
  upper('G', 'iso-8859-6'),
  upper('F', 'iso-8859-7'),
  upper('H', 'iso-8859-8'),
  upper('M', 'iso-8859-9'),
  upper('b', 'iso-8859-15'),
  upper('T', 'tis-620'),
];

/** Two-byte code elements (94×94 sets). */
export const TWO_BYTE: ReadonlySet<CodeElement> = new Set(['jis-x0208', 'jis-x0212', 'ks-x1001', 'gb2312']);
