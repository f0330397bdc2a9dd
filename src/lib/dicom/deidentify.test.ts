// @vitest-environment node
import { readFileSync } from 'node:fs';
import { type DataSet, parseDicom } from 'dicom-parser';
import { inflateSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeidentifyBatch, type DeidentifyBatch } from './batch';
import { type DeidentifyOptions, deidentifyDicom, deidentifyDicomWithReport } from './deidentify';
import { DeidentifyError } from './errors';
import { readDicomHeader, readDicomHeaderFromBytes } from './header';
import { image, text, writeDicom } from './test-support/dcmjs-files';
import {
  bytes,
  convert,
  type DumpLine,
  dcmdump,
  dumpToDicom,
  encode,
  imageLines,
  jis,
  requireDcmtk,
  type Workspace,
  workspace,
} from './test-support/dcmtk';
import { rewriteDicomTags } from './write';

let ws: Workspace;
let batch: DeidentifyBatch;
beforeAll(() => {
  requireDcmtk();
  ws = workspace();
  batch = createDeidentifyBatch({ dateShiftDays: -100 });
});
afterAll(() => ws?.remove());

const latin = (value: string) => encode(value, 'ISO-8859-1');
const latinIfAny = (value: string) =>
  [...value].every((char) => (char.codePointAt(0) ?? 0) <= 0xff) ? latin(value) : null;
/** A Latin-1 CT with every kind of identifying value, nested ones included. */
const identified = (extra: DumpLine[] = []): DumpLine[] => [
  '(0008,0005) CS [ISO_IR 100]',
  '(0008,0020) DA [20240105]',
  '(0008,0030) TM [101500]',
  '(0008,0050) SH [ACC-12345]',
  '(0008,0060) CS [CT]',
  bytes('(0008,0080) LO [', latin('Clínica San José'), ']'),
  '(0008,0090) PN [PEREZ^JUAN]',
  '(0008,1030) LO [TC de torax]',
  '(0008,1070) PN [TECNICO^ANA]',
  bytes('(0010,0010) PN [', latin('GARCÍA^MARÍA JOSÉ'), ']'),
  '(0010,0020) LO [MRN-778899]',
  '(0010,0030) DA [19800131]',
  '(0010,0040) CS [F]',
  '(0010,1000) LO [OLD-4455]',
  '(0010,1002) SQ (Sequence with undefined length)',
  '(fffe,e000) na (Item with undefined length)',
  '(0010,0020) LO [MRN-778899]',
  '(0010,0022) CS [TEXT]',
  '(fffe,e00d) na',
  '(fffe,e0dd) na',
  '(0010,1040) LO [Calle Falsa 123]',
  '(0010,4000) LT [Paciente MRN-778899 alergica]',
  '(0009,0010) LO [ACME PRIVATE]',
  '(0009,1001) LO [GARCIA MARIA]',
  '(0020,000d) UI [1.2.826.0.1.3680043.10.999.100]',
  '(0020,000e) UI [1.2.826.0.1.3680043.10.999.101]',
  '(0020,0010) SH [MRN-778899]',
  '(0020,0052) UI [1.2.826.0.1.3680043.10.999.102]',
  ...extra,
];

const IDENTIFYING = [
  'GARCÍA',
  'MARÍA JOSÉ',
  'GARCIA',
  'MRN-778899',
  'OLD-4455',
  'ACC-12345',
  'PEREZ',
  'TECNICO',
  'Clínica San José',
  'Calle Falsa',
  '1.2.826.0.1.3680043.10.999.100',
  '1.2.826.0.1.3680043.10.999.101',
];

const indexOf = (haystack: Uint8Array, needle: Uint8Array) =>
  Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(needle);

/** Whether `value` appears in the bytes: in UTF-8, in Latin-1, and in `own` (the input's encoding). */
function expectAbsent(output: Uint8Array, values: string[], own: (value: string) => Uint8Array = latin) {
  for (const value of values) {
    for (const [encoding, needle] of [
      ['UTF-8', new TextEncoder().encode(value)],
      ['Latin-1', latinIfAny(value)],
      ['own', own(value)],
    ] as const) {
      if (!needle) continue;
      expect(indexOf(output, needle), `"${value}" (${encoding}) remains`).toBe(-1);
    }
  }
}

/** The data set of the output, inflated when deflated: what the byte scans look at. */
function plain(output: Uint8Array): Uint8Array {
  const header = readDicomHeaderFromBytes(output);
  if (header.transferSyntaxUid !== '1.2.840.10008.1.2.1.99') return output;
  const metaEnd = 144 + new DataView(output.buffer, output.byteOffset).getUint32(140, true);
  return inflateSync(output.subarray(metaEnd));
}

async function deidentifyFile(path: string, options: Partial<DeidentifyOptions> = {}) {
  const result = await deidentifyDicomWithReport(new File([readFileSync(path)], 'in.dcm'), {
    batch,
    ...options,
  });
  const bytes = new Uint8Array(await result.blob.arrayBuffer());
  const out = ws.write(`${path.split('/').pop()}.deid.dcm`, bytes);
  const dump = dcmdump(out);
  expect(dump.errors, dump.output).toEqual([]);
  if (result.header.specificCharacterSet === 'ISO_IR 192') expect(dcmdump(out, ['+U8']).errors).toEqual([]);
  return { ...result, bytes, out, dump: dump.output };
}

function pixelBytes(file: Uint8Array): Uint8Array {
  const located = readDicomHeaderFromBytes(file);
  const data = located.transferSyntaxUid === '1.2.840.10008.1.2.1.99' ? file : file;
  const dataSet = parseDicom(
    data,
    located.isPart10 ? {} : ({ TransferSyntaxUID: located.transferSyntaxUid } as object),
  );
  const element = dataSet.elements.x7fe00010;
  if (!element) throw new Error('no pixel data');
  return new Uint8Array(dataSet.byteArray.subarray(element.dataOffset, element.dataOffset + element.length));
}

function tagsOf(dataSet: DataSet, out: string[] = []): string[] {
  for (const [tag, element] of Object.entries(dataSet.elements)) {
    out.push(tag);
    for (const item of element.items ?? []) if (item.dataSet) tagsOf(item.dataSet, out);
  }
  return out;
}

describe('deidentifyDicom', () => {
  it('applies the basic profile: replacements, shifted dates, removed private and free text, marked as removed', async () => {
    const path = dumpToDicom(ws, 'ct.dcm', [...identified(), ...imageLines()]);
    const { bytes: output, header, changes, dump } = await deidentifyFile(path);
    expect(header.patientName).toMatch(/^ANON-[A-Z2-9]{8}$/);
    expect(header.patientId).toBe(header.patientName);
    expect(header).toMatchObject({
      patientBirthDate: '',
      studyDate: '20230927',
      accessionNumber: '',
      studyId: '',
      institutionName: '',
      referringPhysicianName: '',
      studyDescription: '',
      patientIdentityRemoved: true,
      modality: 'CT',
    });
    expect(header.studyInstanceUid).toMatch(/^2\.25\.\d+$/);
    expect(dump).toContain('(0012,0063) LO [Basic Application Confidentiality Profile\\Dates shifted]');
    expect(dump).toContain('(0028,0303) CS [MODIFIED]');
    expect(dump).toMatch(/\(0008,0030\) TM \[101500\]/);
    expect(
      tagsOf(parseDicom(output)).filter((tag) => Number.parseInt(tag.slice(1, 5), 16) % 2 === 1),
    ).toEqual([]);
    expectAbsent(output, IDENTIFYING);
    expect(changes.find((change) => change.keyword === 'PatientName')).toMatchObject({
      action: 'replaced',
      before: 'GARCÍA^MARÍA JOSÉ',
    });
    expect(changes.find((change) => change.keyword === 'StudyDate')).toMatchObject({
      action: 'shifted',
      before: '20240105',
      after: '20230927',
    });
    // The pixels are not touched.
    expect(pixelBytes(output)).toEqual(pixelBytes(readFileSync(path)));
  });

  it('takes the user’s Patient Name and ID, empties dates on request, keeps patient characteristics on request', async () => {
    const path = dumpToDicom(ws, 'custom.dcm', [...identified(['(0010,1010) AS [044Y]']), ...imageLines()]);
    const {
      header,
      dump,
      bytes: output,
    } = await deidentifyFile(path, {
      patientName: 'ANON^TRIAL01',
      patientId: 'TRIAL-01',
      dates: 'empty',
      retainPatientCharacteristics: true,
    });
    expect(header).toMatchObject({
      patientName: 'ANON^TRIAL01',
      patientId: 'TRIAL-01',
      studyDate: '',
      patientSex: 'F',
    });
    expect(dump).toContain('(0010,1010) AS [044Y]');
    expect(dump).toContain('(0028,0303) CS [REMOVED]');
    expectAbsent(output, IDENTIFYING);
  });

  it.each([
    ['implicit VR little endian', ['+ti'], 'dcmconv'],
    ['explicit VR big endian', ['+tb'], 'dcmconv'],
    ['deflated (written deflated again)', ['+td'], 'dcmconv'],
    ['JPEG baseline', ['+eb'], 'dcmcjpeg'],
    ['JPEG-LS', [], 'dcmcjpls'],
    ['RLE, multi-frame', [], 'dcmcrle'],
    ['a raw implicit data set (given a meta header)', ['-F', '+ti'], 'dcmconv'],
    ['a raw big-endian data set', ['-F', '+tb'], 'dcmconv'],
  ])('keeps %s valid, pixels untouched', async (title, args, tool) => {
    const frames = title.includes('multi-frame') ? 3 : 1;
    dumpToDicom(ws, `ts-${frames}.dcm`, [...identified(), ...imageLines(frames)]);
    const path = convert(ws, tool, args, `ts-${frames}.dcm`, `ts-${title.replace(/\W+/g, '-')}.dcm`);
    const input = readFileSync(path);
    const before = readDicomHeaderFromBytes(input);
    const { bytes: output, header } = await deidentifyFile(path);
    expect(header.transferSyntaxUid).toBe(before.transferSyntaxUid);
    expect(header.isPart10).toBe(true);
    expect(header.numberOfFrames).toBe(frames);
    expectAbsent(plain(output), IDENTIFYING);
    if (header.transferSyntaxUid !== '1.2.840.10008.1.2.1.99' && before.isPart10) {
      expect(pixelBytes(output)).toEqual(pixelBytes(input));
    }
  });

  it('reads a large file only up to its pixel data, and still writes every pixel', async () => {
    const input = writeDicom({
      '00100010': text('PN', 'LARGE^FILE'),
      '00100020': text('LO', 'BIG-123'),
      '00191010': { vr: 'OB', Value: [new Uint8Array(100_000).fill(3).buffer] },
      ...image(1400),
    });
    expect(input.length).toBeGreaterThan(1024 * 1024);
    const path = ws.write('large.dcm', input);
    const { bytes: output } = await deidentifyFile(path);
    // Buffer.compare: a deep equality of two 2 MB arrays element by element takes seconds.
    expect(Buffer.compare(pixelBytes(output), pixelBytes(input))).toBe(0);
    expectAbsent(output, ['LARGE', 'BIG-123']);
    // Count what is actually read from the file (every read goes through Blob#arrayBuffer).
    let read = 0;
    const arrayBuffer = Blob.prototype.arrayBuffer;
    Blob.prototype.arrayBuffer = function (this: Blob) {
      read += this.size;
      return arrayBuffer.call(this);
    };
    try {
      await deidentifyDicomWithReport(new File([input], 'large.dcm'), { batch });
    } finally {
      Blob.prototype.arrayBuffer = arrayBuffer;
    }
    // Only the header slices are read (64 KB, then 256 KB): the pixels stay on disk.
    expect(read).toBe(64 * 1024 + 256 * 1024);
  });

  it('keeps encapsulated JPEG 2000 frames byte for byte', async () => {
    const frame = new Uint8Array([0xff, 0x4f, 0xff, 0x51, ...new Array(301).fill(9), 0xff, 0xd9]).buffer;
    const input = writeDicom(
      {
        ...image(16),
        '00100010': text('PN', 'J2K^PATIENT'),
        '7FE00010': { vr: 'OB', Value: [frame, frame] },
        '00280008': text('IS', '2'),
      },
      '1.2.840.10008.1.2.4.91',
    );
    const path = ws.write('j2k.dcm', input);
    const { bytes: output, header } = await deidentifyFile(path);
    expect(header.transferSyntaxUid).toBe('1.2.840.10008.1.2.4.91');
    expect(pixelBytes(output)).toEqual(pixelBytes(input));
    expectAbsent(output, ['J2K^PATIENT', 'PATIENT']);
  });

  it('reads an old-style dotted date and writes it shifted', async () => {
    const lines = identified().map((line) =>
      line === '(0008,0020) DA [20240105]' ? '(0008,0020) DA [1993.04.30]' : line,
    );
    const path = dumpToDicom(ws, 'dotted.dcm', [...lines, ...imageLines()]);
    const { header } = await deidentifyFile(path);
    expect(header.studyDate).toBe('19930120');
  });

  it('removes the patient ID where the file repeats it: Study ID, nested Other Patient IDs, free text', async () => {
    const path = dumpToDicom(ws, 'repeat.dcm', [
      ...identified([
        '(0008,1120) SQ (Sequence with undefined length)',
        '(fffe,e000) na (Item with undefined length)',
        '(0008,1150) UI [1.2.840.10008.3.1.2.1.1]',
        '(0008,1155) UI [1.2.826.0.1.3680043.10.999.200]',
        '(fffe,e00d) na',
        '(fffe,e0dd) na',
      ]),
      ...imageLines(),
    ]);
    const { bytes: output } = await deidentifyFile(path);
    expectAbsent(output, ['MRN-778899', 'OLD-4455']);
  });

  it('decodes two character sets (ISO 2022 IR 6 and IR 87) and re-encodes kept text to UTF-8', async () => {
    const name = bytes(
      'Yamada^Tarou=',
      jis('山田'),
      '^',
      jis('太郎'),
      '=',
      jis('やまだ'),
      '^',
      jis('たろう'),
    );
    const path = dumpToDicom(ws, 'japanese.dcm', [
      '(0008,0005) CS [ISO 2022 IR 6\\ISO 2022 IR 87]',
      '(0008,0060) CS [CT]',
      bytes('(0008,1030) LO [', jis('胸部'), 'CT]'),
      bytes('(0010,0010) PN [', name, ']'),
      '(0010,0020) LO [JP-0042]',
      '(0020,000d) UI [1.2.826.0.1.3680043.10.999.300]',
      ...imageLines(),
    ]);
    const before = await readDicomHeader(new File([readFileSync(path)], 'jp.dcm'));
    expect(before.patientName).toBe('Yamada^Tarou=山田^太郎=やまだ^たろう');
    const { header, bytes: output } = await deidentifyFile(path, { retainDescriptions: true });
    expect(header.specificCharacterSet).toBe('ISO_IR 192');
    expect(header.studyDescription).toBe('胸部CT');
    expect(indexOf(output, new TextEncoder().encode('胸部CT'))).toBeGreaterThan(0);
    expectAbsent(output, ['Yamada', 'Tarou', '山田', '太郎', 'やまだ', 'JP-0042'], (value) =>
      [...value].some((char) => (char.codePointAt(0) ?? 0) > 0x7f)
        ? jis(value)
        : new TextEncoder().encode(value),
    );
  });

  it('remaps UIDs consistently within a batch, so references between files still hold', async () => {
    const study = '(0020,000d) UI [1.2.826.0.1.3680043.10.999.400]';
    const series = '(0020,000e) UI [1.2.826.0.1.3680043.10.999.401]';
    const a = dumpToDicom(ws, 'a.dcm', ['(0010,0020) LO [P-1]', study, series, ...imageLines()], {
      sopInstanceUid: '1.2.826.0.1.3680043.10.999.410',
    });
    const b = dumpToDicom(
      ws,
      'b.dcm',
      [
        '(0008,1140) SQ (Sequence with undefined length)',
        '(fffe,e000) na (Item with undefined length)',
        '(0008,1150) UI [1.2.840.10008.5.1.4.1.1.2]',
        '(0008,1155) UI [1.2.826.0.1.3680043.10.999.410]',
        '(fffe,e00d) na',
        '(fffe,e0dd) na',
        '(0010,0020) LO [P-1]',
        study,
        series,
        ...imageLines(),
      ],
      { sopInstanceUid: '1.2.826.0.1.3680043.10.999.411' },
    );
    const outA = await deidentifyFile(a);
    const outB = await deidentifyFile(b);
    expect(outA.header.studyInstanceUid).toBe(outB.header.studyInstanceUid);
    expect(outA.header.seriesInstanceUid).toBe(outB.header.seriesInstanceUid);
    expect(outA.header.patientId).toBe(outB.header.patientId);
    expect(outB.dump).toContain(`(0008,1155) UI [${outA.header.sopInstanceUid}]`);
    expect(outA.header.sopInstanceUid).not.toBe(outB.header.sopInstanceUid);
    expect(outA.dump).toContain(`(0002,0003) UI [${outA.header.sopInstanceUid}]`);
    const other = await deidentifyDicomWithReport(new File([readFileSync(a)], 'a.dcm'), {
      batch: createDeidentifyBatch(),
    });
    expect(other.header.studyInstanceUid).not.toBe(outA.header.studyInstanceUid);
  });

  it('refuses what it cannot rewrite safely, with a typed reason', async () => {
    const refusal = async (input: Uint8Array<ArrayBuffer>, options: Partial<DeidentifyOptions> = {}) => {
      const error = await deidentifyDicom(new File([input], 'x.dcm'), { batch, ...options }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DeidentifyError);
      return (error as DeidentifyError).code;
    };
    // A private transfer syntax (same length as the real one, patched in the meta header).
    const explicit = new Uint8Array(
      readFileSync(dumpToDicom(ws, 'private-ts.dcm', [...identified(), ...imageLines()])),
    );
    const patched = new Uint8Array(explicit);
    const at = indexOf(patched, new TextEncoder().encode('1.2.840.10008.1.2.1\0'));
    patched.set(new TextEncoder().encode('1.2.3.4.5.6.7.8.9.1'), at);
    expect(await refusal(patched)).toBe('unsupported-transfer-syntax');
    // Kept text in a character set that cannot be decoded.
    const unknown = readFileSync(
      dumpToDicom(ws, 'unknown-set.dcm', [
        '(0008,0005) CS [ISO_IR 999]',
        bytes('(0008,1030) LO [', latin('Tórax'), ']'),
        '(0020,000d) UI [1.2.826.0.1.3680043.10.999.500]',
      ]),
    );
    expect(await refusal(unknown, { retainDescriptions: true })).toBe('unsupported-character-set');
    // An identifying value in a kept description: never sent.
    const leaky = readFileSync(
      dumpToDicom(ws, 'leaky.dcm', [...identified(['(0008,103e) LO [PEREZ follow-up]']), ...imageLines()]),
    );
    expect(await refusal(leaky, { retainDescriptions: true })).toBe('identifier-remains');
    // Not DICOM.
    expect(await refusal(new TextEncoder().encode('%PDF-1.4 nothing'))).toBe('unreadable');
  });

  it('flags burned-in text risk on the output too (pixels are not cleaned)', async () => {
    const path = dumpToDicom(ws, 'us.dcm', [
      ...identified().filter((l) => l !== '(0008,0060) CS [CT]'),
      '(0008,0060) CS [US]',
      ...imageLines(),
    ]);
    const { header } = await deidentifyFile(path);
    expect(header.burnedInTextRisk).toBe(true);
    expect(header.burnedInTextReason).toBe('modality:US');
  });
});

describe('rewriteDicomTags (the PostDICOM simulation’s anonymization)', () => {
  it('replaces the patient ID everywhere the file repeats it, across character sets and deflate', async () => {
    dumpToDicom(ws, 'sim.dcm', [...identified(), ...imageLines()]);
    const path = convert(ws, 'dcmconv', ['+td'], 'sim.dcm', 'sim-deflated.dcm');
    const output = await rewriteDicomTags(readFileSync(path), {
      PatientID: 'ANON-1',
      PatientName: 'ANON^ONE',
    });
    const out = ws.write('sim-out.dcm', output);
    expect(dcmdump(out).errors).toEqual([]);
    const header = readDicomHeaderFromBytes(output);
    expect(header).toMatchObject({
      patientId: 'ANON-1',
      patientName: 'ANON^ONE',
      studyId: 'ANON-1',
      studyDate: '20240105',
    });
    expect(header.transferSyntaxUid).toBe('1.2.840.10008.1.2.1.99');
    expectAbsent(plain(output), ['MRN-778899', 'GARCÍA']);
  });

  it('keeps multi-valued character sets and old dotted dates', async () => {
    const path = dumpToDicom(ws, 'sim-jp.dcm', [
      '(0008,0005) CS [ISO 2022 IR 6\\ISO 2022 IR 87]',
      '(0008,0020) DA [1993.04.30]',
      bytes('(0010,0010) PN [Yamada^Tarou=', jis('山田'), '^', jis('太郎'), ']'),
      '(0010,0020) LO [JP-1]',
      '(0020,000d) UI [1.2.826.0.1.3680043.10.999.600]',
    ]);
    const output = await rewriteDicomTags(readFileSync(path), { PatientID: 'X-9' });
    expect(dcmdump(ws.write('sim-jp-out.dcm', output)).errors).toEqual([]);
    const header = readDicomHeaderFromBytes(output);
    expect(header).toMatchObject({
      patientId: 'X-9',
      patientName: 'Yamada^Tarou=山田^太郎',
      studyDate: '19930430',
    });
    expect(header.specificCharacterSet).toBe('ISO_IR 192');
  });
});
