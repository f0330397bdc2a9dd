import { describe, expect, it } from 'vitest';
import type { DicomHeader } from '@/lib/dicom/header';
import type { FileEntry } from '../batch/types';
import { buildManifest } from './build-manifest';

let id = 0;
function entry(status: FileEntry['status'], header: Partial<DicomHeader> | null, size = 100): FileEntry {
  id += 1;
  return {
    id,
    path: `CD/IM${id}`,
    file: new File(['x'], `IM${id}`),
    size,
    status,
    header: header
      ? ({
          patientName: 'DOE^JANE',
          patientId: 'P1',
          patientBirthDate: '19800101',
          patientSex: 'F',
          studyInstanceUid: '1.1',
          studyDate: '20240105',
          studyDescription: 'CT chest',
          accessionNumber: 'A1',
          seriesInstanceUid: '1.1.1',
          seriesNumber: '1',
          seriesDescription: 'Axial',
          modality: 'CT',
          specificCharacterSet: 'ISO_IR 100',
          burnedInTextRisk: false,
          warnings: [],
          ...header,
        } as DicomHeader)
      : null,
    reason: null,
    error: null,
    progress: 0,
    attempts: 0,
  };
}

describe('buildManifest', () => {
  it('groups patient → study → series with counts, sizes, character sets, warnings and rejections', () => {
    const manifest = buildManifest([
      entry('ready', {}),
      entry('sent', {}),
      entry('ready', {
        seriesInstanceUid: '1.1.2',
        seriesNumber: '2',
        modality: 'US',
        burnedInTextRisk: true,
      }),
      entry('ready', {
        studyInstanceUid: '1.2',
        studyDate: '20230101',
        warnings: ['charset-unsupported:ISO_IR 999'],
      }),
      entry('ready', { patientId: 'P2', patientName: 'ROE^RICHARD', specificCharacterSet: '' }),
      entry('rejected', null, 7),
      entry('reading', null),
    ]);
    expect(manifest.totals).toEqual({ files: 7, bytes: 607, readable: 5, rejected: 1, reading: 1 });
    expect(manifest.patients.map((p) => p.name)).toEqual(['DOE^JANE', 'ROE^RICHARD']);
    const [jane] = manifest.patients;
    expect(jane?.files).toBe(4);
    expect(jane?.characterSets).toEqual(['ISO_IR 100']);
    expect(jane?.warnings).toEqual([{ code: 'charset-unsupported', detail: 'ISO_IR 999', files: 1 }]);
    expect(jane?.studies.map((s) => s.uid)).toEqual(['1.2', '1.1']);
    const study = jane?.studies[1];
    expect(study?.modalities).toEqual(['CT', 'US']);
    expect(study?.series.map((s) => [s.number, s.files, s.sent, s.burnedInText])).toEqual([
      ['1', 2, 1, false],
      ['2', 1, 0, true],
    ]);
    expect(manifest.rejected).toHaveLength(1);
  });
});
