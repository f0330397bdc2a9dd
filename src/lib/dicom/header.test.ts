// @vitest-environment node
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DicomReadError } from './errors';
import { readDicomHeader } from './header';
import { binary, image, text, writeDicom } from './test-support/dcmjs-files';
import {
  convert,
  type DumpLine,
  dcmdump,
  dumpToDicom,
  imageLines,
  requireDcmtk,
  type Workspace,
  workspace,
} from './test-support/dcmtk';

let ws: Workspace;
beforeAll(() => {
  requireDcmtk();
  ws = workspace();
});
afterAll(() => ws?.remove());

const fileOf = (path: string, name = 'file.dcm') => new File([readFileSync(path)], name);
const patient: DumpLine[] = [
  '(0008,0005) CS [ISO_IR 100]',
  '(0008,0020) DA [20240105]',
  '(0008,0060) CS [CT]',
  '(0008,1030) LO [TC de torax]',
  '(0008,103e) LO [Axial 5mm]',
  '(0010,0010) PN [GARCIA^MARIA]',
  '(0010,0020) LO [P-001]',
  '(0010,0030) DA [19800131]',
  '(0010,0040) CS [F]',
  '(0020,000d) UI [1.2.826.0.1.3680043.10.999.10]',
  '(0020,000e) UI [1.2.826.0.1.3680043.10.999.11]',
];

/** Bytes of a file with the first `cut` bytes removed. */
const without = (path: string, cut: number) => new File([readFileSync(path).subarray(cut)], 'cut.dcm');

describe('readDicomHeader: layouts and transfer syntaxes', () => {
  it('reads a Part-10 file and stops at the pixel data', async () => {
    const path = dumpToDicom(ws, 'ct.dcm', [...patient, ...imageLines()]);
    const header = await readDicomHeader(fileOf(path));
    expect(header).toMatchObject({
      layout: 'part10',
      isPart10: true,
      transferSyntaxUid: '1.2.840.10008.1.2.1',
      patientName: 'GARCIA^MARIA',
      patientId: 'P-001',
      patientBirthDate: '19800131',
      patientSex: 'F',
      studyDate: '20240105',
      modality: 'CT',
      studyDescription: 'TC de torax',
      seriesDescription: 'Axial 5mm',
      specificCharacterSet: 'ISO_IR 100',
      hasPixelData: true,
      numberOfFrames: 1,
      burnedInTextRisk: false,
      warnings: [],
    });
  });

  it.each([
    ['implicit VR little endian', '+ti', '1.2.840.10008.1.2'],
    ['explicit VR big endian', '+tb', '1.2.840.10008.1.2.2'],
    ['deflated explicit VR little endian', '+td', '1.2.840.10008.1.2.1.99'],
  ])('reads %s', async (_title, flag, uid) => {
    dumpToDicom(ws, 'base.dcm', [...patient, ...imageLines()]);
    const path = convert(ws, 'dcmconv', [flag], 'base.dcm', `conv${flag}.dcm`);
    const header = await readDicomHeader(fileOf(path));
    expect(header.transferSyntaxUid).toBe(uid);
    expect(header.patientName).toBe('GARCIA^MARIA');
    expect(header.studyInstanceUid).toBe('1.2.826.0.1.3680043.10.999.10');
  });

  it.each([
    ['JPEG baseline', 'dcmcjpeg', ['+eb'], '1.2.840.10008.1.2.4.50', 1],
    ['JPEG-LS lossless', 'dcmcjpls', [], '1.2.840.10008.1.2.4.80', 1],
    ['RLE multi-frame', 'dcmcrle', [], '1.2.840.10008.1.2.5', 4],
  ])('reads encapsulated %s', async (_title, tool, args, uid, frames) => {
    dumpToDicom(ws, `raw-${frames}.dcm`, [...patient, ...imageLines(frames)]);
    const path = convert(ws, tool, args, `raw-${frames}.dcm`, `${tool}.dcm`);
    const header = await readDicomHeader(fileOf(path));
    expect(header).toMatchObject({ transferSyntaxUid: uid, encapsulated: true, numberOfFrames: frames });
    expect(header.patientName).toBe('GARCIA^MARIA');
  });

  it('reads encapsulated JPEG 2000 (fragments written by dcmjs)', async () => {
    const frame = new Uint8Array([0xff, 0x4f, 0xff, 0x51, ...new Array(200).fill(7), 0xff, 0xd9]).buffer;
    const bytes = writeDicom(
      { ...image(16), '00100010': text('PN', 'J2K^TEST'), '7FE00010': { vr: 'OB', Value: [frame] } },
      '1.2.840.10008.1.2.4.90',
    );
    const header = await readDicomHeader(new File([bytes], 'j2k.dcm'));
    expect(header).toMatchObject({ transferSyntaxUid: '1.2.840.10008.1.2.4.90', encapsulated: true });
    expect(header.patientName).toBe('J2K^TEST');
  });

  it.each([
    ['DICM at offset 0 (no preamble)', 128, 'part10-no-preamble'],
    ['a meta group with neither preamble nor DICM', 132, 'meta-no-prefix'],
  ])('reads %s', async (_title, cut, layout) => {
    const path = dumpToDicom(ws, 'full.dcm', [...patient, ...imageLines()]);
    const header = await readDicomHeader(without(path, cut));
    expect(header.layout).toBe(layout);
    expect(header.patientName).toBe('GARCIA^MARIA');
  });

  it.each([
    ['implicit VR little endian', '+ti', 'raw-implicit-le', '1.2.840.10008.1.2'],
    ['explicit VR little endian', '+te', 'raw-explicit-le', '1.2.840.10008.1.2.1'],
    ['explicit VR big endian', '+tb', 'raw-explicit-be', '1.2.840.10008.1.2.2'],
  ])('reads a raw data set (no meta header) in %s', async (_title, flag, layout, uid) => {
    dumpToDicom(ws, 'for-raw.dcm', [...patient, ...imageLines()]);
    const path = convert(ws, 'dcmconv', ['-F', flag], 'for-raw.dcm', `raw${flag}.dcm`);
    expect(readFileSync(path).subarray(128, 132).toString()).not.toBe('DICM');
    const header = await readDicomHeader(fileOf(path));
    expect(header).toMatchObject({
      layout,
      transferSyntaxUid: uid,
      isPart10: false,
      patientName: 'GARCIA^MARIA',
    });
    expect(header.warnings).toContain('no-transfer-syntax');
  });
});

describe('readDicomHeader: slices', () => {
  it('reads a larger slice when a private header runs past the first 64 KB, never the whole file', async () => {
    const bytes = writeDicom({
      '00080060': text('CS', 'MR'),
      '00100010': text('PN', 'LONG^HEADER'),
      '00190010': text('LO', 'GEMS_ACQU_01'),
      '00191010': binary('OB', 200_000),
      '00200013': text('IS', '7'),
      ...image(1024),
    });
    expect(bytes.length).toBeGreaterThan(1_000_000);
    const header = await readDicomHeader(new File([bytes], 'ge.dcm'));
    expect(header).toMatchObject({ patientName: 'LONG^HEADER', instanceNumber: '7', hasPixelData: true });
    expect(header.bytesRead).toBeGreaterThan(200_000);
    expect(header.bytesRead).toBeLessThan(bytes.length);
  });

  it('stops before group 0029 (a Siemens CSA header) and the pixel data, whatever their size', async () => {
    const bytes = writeDicom({
      '00100010': text('PN', 'CSA^HEADER'),
      '00290010': text('LO', 'SIEMENS CSA HEADER'),
      '00291010': binary('OB', 500_000),
      ...image(1024),
    });
    const header = await readDicomHeader(new File([bytes], 'siemens.dcm'));
    expect(header).toMatchObject({ patientName: 'CSA^HEADER', bytesRead: 65536, hasPixelData: true });
  });

  it('reads a deflated file whose header is longer than the first slice', async () => {
    const big = writeDicom({
      '00100010': text('PN', 'DEFLATE^BIG'),
      '00291010': binary('OB', 300_000),
      ...image(512),
    });
    ws.write('big.dcm', big);
    const path = convert(ws, 'dcmconv', ['+td'], 'big.dcm', 'big-deflated.dcm');
    const header = await readDicomHeader(fileOf(path));
    expect(header.transferSyntaxUid).toBe('1.2.840.10008.1.2.1.99');
    expect(header.patientName).toBe('DEFLATE^BIG');
  });

  it('reads a waveform (no pixel data, a long waveform sequence) without reading the waveform', async () => {
    const bytes = writeDicom({
      '00080016': text('UI', '1.2.840.10008.5.1.4.1.1.9.1.1'),
      '00080060': text('CS', 'ECG'),
      '00100010': text('PN', 'WAVE^FORM'),
      '54000100': {
        vr: 'SQ',
        Value: [
          {
            '003A0005': { vr: 'US', Value: [12] },
            '003A0010': { vr: 'UL', Value: [5000] },
            '54001004': { vr: 'US', Value: [16] },
            '54001006': text('CS', 'SS'),
            '54001010': binary('OW', 120_000),
          },
        ],
      },
    });
    const header = await readDicomHeader(new File([bytes], 'ecg.dcm'));
    expect(header).toMatchObject({ patientName: 'WAVE^FORM', modality: 'ECG', hasPixelData: false });
    expect(header.bytesRead).toBe(65536);
    expect(bytes.length).toBeGreaterThan(120_000);
    expect(header.burnedInTextRisk).toBe(false);
  });

  it('normalises an old-style dotted date', async () => {
    const path = dumpToDicom(ws, 'dotted.dcm', [
      ...patient.filter((l) => !String(l).startsWith('(0008,0020)')),
      '(0008,0020) DA [1993.04.30]',
    ]);
    const header = await readDicomHeader(fileOf(path));
    expect(header.studyDate).toBe('19930430');
  });
});

describe('readDicomHeader: refusals with a reason', () => {
  const codeOf = async (file: File) => {
    try {
      await readDicomHeader(file);
      return 'read';
    } catch (error) {
      expect(error).toBeInstanceOf(DicomReadError);
      return (error as DicomReadError).code;
    }
  };

  it('refuses files that are not DICOM, however they are named', async () => {
    const pdf = new File([new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\n')], 'IM000001');
    const png = new File(
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
      'x.dcm',
    );
    const mp4 = new File(
      [new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, ...new Array(70_000).fill(0)])],
      'v.dcm',
    );
    const zeros = new File([new Uint8Array(4096)], 'zeros');
    expect(await codeOf(pdf)).toBe('not-dicom');
    expect(await codeOf(png)).toBe('not-dicom');
    expect(await codeOf(mp4)).toBe('not-dicom');
    expect(await codeOf(zeros)).toBe('not-dicom');
    expect(await codeOf(new File([], 'empty.dcm'))).toBe('empty-file');
    await expect(readDicomHeader(pdf)).rejects.toThrow(/IM000001: not a DICOM file/);
    await expect(readDicomHeader(pdf)).rejects.toMatchObject({ messageKey: 'dicom.errors.not-dicom' });
  });

  it("keeps dicom-parser's reason for a truncated file (never [object Object])", async () => {
    const path = dumpToDicom(ws, 'to-cut.dcm', [...patient, `(0010,4000) LT [${'x'.repeat(400)}]`]);
    const bytes = readFileSync(path);
    const truncated = new File([bytes.subarray(0, bytes.length - 200)], 'cut.dcm');
    const error = await readDicomHeader(truncated).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DicomReadError);
    expect((error as DicomReadError).code).toBe('unreadable');
    expect((error as DicomReadError).detail).not.toMatch(/object Object/);
    expect((error as DicomReadError).detail.length).toBeGreaterThan(5);
  });

  it('refuses a DICOMDIR and a file without a SOP Instance UID', async () => {
    const path = dumpToDicom(ws, 'IMG1', [...patient, ...imageLines()]);
    const dicomdir = ws.path('DICOMDIR');
    const made = dcmdump(path);
    expect(made.errors).toEqual([]);
    const { execFileSync } = await import('node:child_process');
    execFileSync('dcmmkdir', ['-q', '+I', '+id', ws.dir, '+D', dicomdir, 'IMG1'], { cwd: ws.dir });
    expect(await codeOf(fileOf(dicomdir, 'DICOMDIR'))).toBe('dicomdir');
    const noUid = writeDicom({ '00100010': text('PN', 'NO^UID'), '00080018': text('UI', '') });
    expect(await codeOf(new File([noUid], 'n.dcm'))).toBe('missing-identifiers');
  });
});

describe('readDicomHeader: burned-in text', () => {
  it.each([
    ['US', 'NO', 'modality:US'],
    ['CT', 'YES', 'burned-in-annotation'],
    ['XC', '', 'modality:XC'],
    ['CT', '', null],
  ])('modality %s, Burned In Annotation "%s" → %s', async (modality, annotation, reason) => {
    const path = dumpToDicom(ws, `burn-${modality}-${annotation}.dcm`, [
      ...patient.filter((line) => !String(line).startsWith('(0008,0060)')),
      `(0008,0060) CS [${modality}]`,
      ...(annotation ? [`(0028,0301) CS [${annotation}]`] : []),
      ...imageLines(),
    ]);
    const header = await readDicomHeader(fileOf(path));
    expect(header.burnedInTextReason).toBe(reason);
    expect(header.burnedInTextRisk).toBe(reason !== null);
  });
});
