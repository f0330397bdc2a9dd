import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dcmjs from 'dcmjs';
import { zipSync } from 'fflate';

/**
 * A CD-like folder of generated DICOM files for the uploads specs: one patient, a CT series and an ultrasound
 * series (flagged for burned-in text), Latin-1 names, a DICOMDIR (skipped) and a file that is not DICOM
 * (rejected). Written with dcmjs in Node, into a temporary directory the spec removes.
 */

const { data } = dcmjs;

const text = (vr: string, ...values: string[]) => ({ vr, Value: values });
const STUDY = '1.2.826.0.1.3680043.10.543.1';

function dicomFile(series: number, instance: number, modality: string): Uint8Array {
  const sop = `1.2.826.0.1.3680043.10.543.1.${series}.${instance}`;
  const sopClass = modality === 'US' ? '1.2.840.10008.5.1.4.1.1.6.1' : '1.2.840.10008.5.1.4.1.1.2';
  const file = new data.DicomDict({
    '00020001': { vr: 'OB', Value: [new Uint8Array([0, 1]).buffer] },
    '00020002': text('UI', sopClass),
    '00020003': text('UI', sop),
    '00020010': text('UI', '1.2.840.10008.1.2.1'),
    '00020012': text('UI', '1.2.826.0.1.3680043.10.543'),
  });
  const pixels = new Uint8Array(32 * 32).map((_, i) => (i * 7 + instance) % 256);
  file.dict = {
    '00080005': text('CS', 'ISO_IR 192'),
    '00080016': text('UI', sopClass),
    '00080018': text('UI', sop),
    '00080020': text('DA', '20240105'),
    '00080050': text('SH', 'ACC-2024-77'),
    '00080060': text('CS', modality),
    '00080080': text('LO', 'Clínica San José'),
    '00081030': text('LO', 'TC de tórax'),
    '0008103E': text('LO', modality === 'US' ? 'Ecografía' : 'Axial 5 mm'),
    '00100010': { vr: 'PN', Value: [{ Alphabetic: 'GARCÍA^MARÍA JOSÉ' }] },
    '00100020': text('LO', 'MRN-778899'),
    '00100030': text('DA', '19800131'),
    '00100040': text('CS', 'F'),
    '0020000D': text('UI', STUDY),
    '0020000E': text('UI', `${STUDY}.${series}`),
    '00200011': text('IS', String(series)),
    '00200013': text('IS', String(instance)),
    '00280002': { vr: 'US', Value: [1] },
    '00280004': text('CS', 'MONOCHROME2'),
    '00280010': { vr: 'US', Value: [32] },
    '00280011': { vr: 'US', Value: [32] },
    '00280100': { vr: 'US', Value: [8] },
    '00280101': { vr: 'US', Value: [8] },
    '00280102': { vr: 'US', Value: [7] },
    '00280103': { vr: 'US', Value: [0] },
    '7FE00010': { vr: 'OB', Value: [pixels.buffer] },
  };
  return new Uint8Array(file.write());
}

/** `count` DICOM files of one series, as a zip archive's bytes (what a PACS download gives). */
export function studyZip(count: number): Buffer {
  const files: Record<string, Uint8Array> = {};
  for (let instance = 1; instance <= count; instance++) {
    files[`EXPORT/SER3/IM${String(instance).padStart(5, '0')}`] = dicomFile(3, instance, 'CT');
  }
  files['EXPORT/DICOMDIR'] = dicomFile(9, 2, 'OT');
  return Buffer.from(zipSync(files));
}

/** One DICOM file's bytes (series 4), for drops. */
export const singleDicom = (instance: number) => Buffer.from(dicomFile(4, instance, 'CT'));

export interface StudyFolder {
  /** The folder to pick (its name is the top of every relative path). */
  dir: string;
  /** How many DICOM files it holds. */
  dicomFiles: number;
  /** Every SOP Instance UID in it. */
  sopInstanceUids: string[];
  remove(): void;
}

/** `ct` CT images and `us` ultrasound images, a DICOMDIR and one non-DICOM file. */
export function writeStudyFolder(ct = 190, us = 10): StudyFolder {
  const root = mkdtempSync(join(tmpdir(), 'uploads-e2e-'));
  const dir = join(root, 'CD_STUDY');
  const uids: string[] = [];
  for (const [series, count, modality] of [
    [1, ct, 'CT'],
    [2, us, 'US'],
  ] as const) {
    const folder = join(dir, 'DICOM', `SER${series}`);
    mkdirSync(folder, { recursive: true });
    for (let instance = 1; instance <= count; instance++) {
      writeFileSync(
        join(folder, `IM${String(instance).padStart(5, '0')}`),
        dicomFile(series, instance, modality),
      );
      uids.push(`1.2.826.0.1.3680043.10.543.1.${series}.${instance}`);
    }
  }
  writeFileSync(join(dir, 'DICOMDIR'), dicomFile(9, 1, 'OT'));
  writeFileSync(join(dir, 'README.TXT'), 'This CD was made by the hospital viewer. Open VIEWER.EXE.\r\n');
  return {
    dir,
    dicomFiles: ct + us,
    sopInstanceUids: uids,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
