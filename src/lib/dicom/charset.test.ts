// @vitest-environment node
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { characterSetOf, decodeDicomText } from './charset';
import { readDicomHeader } from './header';
import {
  bytes,
  type DumpLine,
  dumpToDicom,
  encode,
  gb2312,
  jis,
  katakana,
  korean,
  requireDcmtk,
  type Workspace,
  workspace,
} from './test-support/dcmtk';

/**
 * Every character set, on files made by dump2dcm with the name bytes encoded by iconv (PS3.5 Annex H, I, J
 * examples where the standard has one), read back through `readDicomHeader`.
 */

interface Case {
  title: string;
  charset: string;
  name: Uint8Array;
  expected: string;
}

const cases = (): Case[] => [
  {
    title: 'Latin-1',
    charset: 'ISO_IR 100',
    name: encode('Buc^Jérôme', 'ISO-8859-1'),
    expected: 'Buc^Jérôme',
  },
  {
    title: 'Latin-2',
    charset: 'ISO_IR 101',
    name: encode('Wałęsa^Lech', 'ISO-8859-2'),
    expected: 'Wałęsa^Lech',
  },
  {
    title: 'Latin-3',
    charset: 'ISO_IR 109',
    name: encode('Ħal Għargħur^Ġorġ', 'ISO-8859-3'),
    expected: 'Ħal Għargħur^Ġorġ',
  },
  {
    title: 'Latin-4',
    charset: 'ISO_IR 110',
    name: encode('Ģirts^Kārlis', 'ISO-8859-4'),
    expected: 'Ģirts^Kārlis',
  },
  {
    title: 'Cyrillic',
    charset: 'ISO_IR 144',
    name: encode('Иванов^Иван', 'ISO-8859-5'),
    expected: 'Иванов^Иван',
  },
  {
    title: 'Arabic',
    charset: 'ISO_IR 127',
    name: encode('قباني^لنزار', 'ISO-8859-6'),
    expected: 'قباني^لنزار',
  },
  { title: 'Greek', charset: 'ISO_IR 126', name: encode('Διονυσιος', 'ISO-8859-7'), expected: 'Διονυσιος' },
  {
    title: 'Hebrew',
    charset: 'ISO_IR 138',
    name: encode('שרון^דבורה', 'ISO-8859-8'),
    expected: 'שרון^דבורה',
  },
  {
    title: 'Latin-5',
    charset: 'ISO_IR 148',
    name: encode('Çavuşoğlu^Gül', 'ISO-8859-9'),
    expected: 'Çavuşoğlu^Gül',
  },
  {
    title: 'Thai (TIS-620)',
    charset: 'ISO_IR 166',
    name: encode('ประเสริฐ^สมชาย', 'TIS-620'),
    expected: 'ประเสริฐ^สมชาย',
  },
  {
    title: 'Japanese katakana',
    charset: 'ISO_IR 13',
    name: bytes(katakana('ﾔﾏﾀﾞ'), '^', katakana('ﾀﾛｳ')),
    expected: 'ﾔﾏﾀﾞ^ﾀﾛｳ',
  },
  {
    title: 'UTF-8',
    charset: 'ISO_IR 192',
    name: encode('Wang^XiaoDong=王^小東=', 'UTF-8'),
    expected: 'Wang^XiaoDong=王^小東=',
  },
  {
    title: 'GB18030',
    charset: 'GB18030',
    name: encode('Wang^XiaoDong=王^小東=', 'GB18030'),
    expected: 'Wang^XiaoDong=王^小東=',
  },
  { title: 'GBK', charset: 'GBK', name: encode('王^小东', 'GBK'), expected: '王^小东' },
  {
    title: 'ISO 2022 IR 87 (H.3.1)',
    charset: '\\ISO 2022 IR 87',
    name: bytes('Yamada^Tarou=', jis('山田'), '^', jis('太郎'), '=', jis('やまだ'), '^', jis('たろう')),
    expected: 'Yamada^Tarou=山田^太郎=やまだ^たろう',
  },
  {
    title: 'ISO 2022 IR 13 with IR 87 (H.3.2)',
    charset: 'ISO 2022 IR 13\\ISO 2022 IR 87',
    name: bytes(
      katakana('ﾔﾏﾀﾞ'),
      '^',
      katakana('ﾀﾛｳ'),
      '=',
      jis('山田', '(J'),
      '^',
      jis('太郎', '(J'),
      '=',
      jis('やまだ', '(J'),
      '^',
      jis('たろう', '(J'),
    ),
    expected: 'ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう',
  },
  {
    title: 'ISO 2022 IR 87 with IR 159 (JIS X 0212)',
    charset: '\\ISO 2022 IR 87\\ISO 2022 IR 159',
    name: bytes('Mori^Ogai=', jis('森'), '^', jis('鷗'), jis('外'), '=', jis('もり'), '^', jis('おうがい')),
    expected: 'Mori^Ogai=森^鷗外=もり^おうがい',
  },
  {
    title: 'Korean ISO 2022 IR 149 (I.2)',
    charset: '\\ISO 2022 IR 149',
    name: bytes('Hong^Gildong=', korean('洪'), '^', korean('吉洞'), '=', korean('홍'), '^', korean('길동')),
    expected: 'Hong^Gildong=洪^吉洞=홍^길동',
  },
  {
    title: 'Chinese ISO 2022 IR 58',
    charset: '\\ISO 2022 IR 58',
    name: bytes('Zhang^XiaoDong=', gb2312('张'), '^', gb2312('小东'), '='),
    expected: 'Zhang^XiaoDong=张^小东=',
  },
];

let ws: Workspace;
beforeAll(() => {
  requireDcmtk();
  ws = workspace();
});
afterAll(() => ws?.remove());

const file = (path: string) => new File([readFileSync(path)], 'x.dcm');

describe('character sets', () => {
  it.each(cases().map((c) => [c.title, c] as const))(
    '%s: the name comes out in Unicode',
    async (_title, c) => {
      const lines: DumpLine[] = [
        `(0008,0005) CS [${c.charset}]`,
        bytes('(0010,0010) PN [', c.name, ']'),
        '(0010,0020) LO [P-1]',
        '(0008,1030) LO [CT]',
        '(0020,000d) UI [1.2.826.0.1.3680043.10.999.1]',
      ];
      const path = dumpToDicom(ws, `${c.title.replace(/\W+/g, '-')}.dcm`, lines);
      const header = await readDicomHeader(file(path));
      expect(header.specificCharacterSet).toBe(c.charset);
      expect(header.patientName).toBe(c.expected);
      expect(header.warnings).toEqual([]);
    },
  );

  it('names an unknown set in the warnings and never shows its bytes as text', async () => {
    const path = dumpToDicom(ws, 'unknown-set.dcm', [
      '(0008,0005) CS [ISO_IR 999]',
      bytes('(0010,0010) PN [', encode('García^José', 'ISO-8859-1'), ']'),
      '(0020,000d) UI [1.2.826.0.1.3680043.10.999.2]',
    ]);
    const header = await readDicomHeader(file(path));
    expect(header.warnings).toContain('charset-unsupported:ISO_IR 999');
    expect(header.patientName).toBe('Garc\uFFFDa^Jos\uFFFD');
  });

  it('guesses an undeclared set only when the bytes leave no doubt, and says so', async () => {
    const latin = dumpToDicom(ws, 'undeclared-latin.dcm', [
      bytes('(0010,0010) PN [', encode('Muñoz^Inés', 'ISO-8859-1'), ']'),
      '(0020,000d) UI [1.2.826.0.1.3680043.10.999.3]',
    ]);
    const latinHeader = await readDicomHeader(file(latin));
    expect(latinHeader.patientName).toBe('Muñoz^Inés');
    expect(latinHeader.warnings).toContain('charset-undeclared-latin1');
    const chinese = dumpToDicom(ws, 'undeclared-gbk.dcm', [
      bytes('(0010,0010) PN [', encode('王^小东', 'GBK'), ']'),
      '(0020,000d) UI [1.2.826.0.1.3680043.10.999.4]',
    ]);
    const chineseHeader = await readDicomHeader(file(chinese));
    expect(chineseHeader.patientName).toMatch(/^\uFFFD+\^\uFFFD+$/);
    expect(chineseHeader.warnings).toContain('charset-undeclared');
  });

  it('decodes each value of a multi-valued element and keeps delimiters that are trail bytes', () => {
    // GBK trail bytes can equal "\" (0x5C): decoded first, split after.
    const text = decodeDicomText(encode('丂\\乗', 'GBK'), characterSetOf('GBK'), 'LO');
    expect(text).toBe('丂\\乗');
    // JIS X 0208 pairs can contain "^" (0x5E) and "=" (0x3D): no reset inside a two-byte run.
    const jp = decodeDicomText(jis('ま'), characterSetOf('\\ISO 2022 IR 87'), 'PN');
    expect(jp).toBe('ま');
  });

  it('reports bytes that are invalid in the declared set, replaced by U+FFFD', async () => {
    const path = dumpToDicom(ws, 'invalid-utf8.dcm', [
      '(0008,0005) CS [ISO_IR 192]',
      bytes('(0010,0010) PN [', encode('Müller', 'ISO-8859-1'), ']'),
      '(0020,000d) UI [1.2.826.0.1.3680043.10.999.5]',
    ]);
    const header = await readDicomHeader(file(path));
    expect(header.patientName).toBe('M\uFFFDller');
    expect(header.warnings).toContain('charset-invalid-bytes:ISO_IR 192');
  });
});
