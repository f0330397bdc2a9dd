import { describe, expect, it } from 'vitest';
import {
  DicomReadError,
  dicomDateToIso,
  hasPart10Prefix,
  isDicom,
  readDicomTags,
  splitPersonName,
} from './tags';
import { createDicomFile, rewriteDicomTags } from './write';

const base = {
  PatientName: 'GARCIA^MARIA',
  PatientID: 'P-001',
  PatientBirthDate: '19800131',
  PatientSex: 'F',
  Modality: 'CT',
  StudyDate: '20240105',
  StudyDescription: 'TC de tórax',
  AccessionNumber: 'AN-1',
  SOPInstanceUID: '1.2.826.0.1.3680043.10.1.1',
};

describe('readDicomTags', () => {
  it('reads the tags and the transfer syntax of a Part-10 file (File input)', async () => {
    const bytes = await createDicomFile(base, { transferSyntaxUid: '1.2.840.10008.1.2.1' });
    expect(hasPart10Prefix(bytes)).toBe(true);
    const tags = await readDicomTags(new File([bytes], 'ct.dcm'));
    expect(tags).toMatchObject({
      isPart10: true,
      transferSyntaxUid: '1.2.840.10008.1.2.1',
      patientName: 'GARCIA^MARIA',
      patientId: 'P-001',
      patientBirthDate: '19800131',
      modality: 'CT',
      accessionNumber: 'AN-1',
      sopInstanceUid: '1.2.826.0.1.3680043.10.1.1',
    });
    expect(tags.studyInstanceUid).not.toBe('');
  });

  it('reads a raw data set and reports no transfer syntax', async () => {
    const bytes = await createDicomFile(base, { transferSyntaxUid: null });
    expect(hasPart10Prefix(bytes)).toBe(false);
    const tags = await readDicomTags(bytes.buffer as ArrayBuffer);
    expect(tags.transferSyntaxUid).toBeNull();
    expect(tags.isPart10).toBe(false);
    expect(tags.patientName).toBe('GARCIA^MARIA');
  });

  it('rejects bytes that are not DICOM with a DicomReadError naming the file', async () => {
    const pdf = new File([new TextEncoder().encode('%PDF-1.7 not dicom at all')], 'report.pdf');
    await expect(readDicomTags(pdf)).rejects.toBeInstanceOf(DicomReadError);
    await expect(readDicomTags(pdf)).rejects.toThrow(/report\.pdf/);
    expect(await isDicom(pdf)).toBe(false);
  });

  it('rewrites tags of a Part-10 file, and of a raw data set (which gets a meta header)', async () => {
    const bytes = await createDicomFile(base);
    const rewritten = await rewriteDicomTags(bytes, { PatientName: 'ANON^1', PatientID: 'X' });
    expect(await readDicomTags(rewritten)).toMatchObject({
      patientName: 'ANON^1',
      patientId: 'X',
      modality: 'CT',
      studyDescription: 'TC de tórax',
    });
    const raw = await createDicomFile(base, { transferSyntaxUid: null });
    const fromRaw = await readDicomTags(await rewriteDicomTags(raw, { PatientName: 'A' }));
    expect(fromRaw).toMatchObject({
      patientName: 'A',
      isPart10: true,
      transferSyntaxUid: '1.2.840.10008.1.2',
    });
  });

  it('refuses to rewrite bytes that are not DICOM', async () => {
    await expect(
      rewriteDicomTags(new TextEncoder().encode('not dicom'), { PatientName: 'A' }),
    ).rejects.toThrow(/not a DICOM file/);
  });
});

describe('formatting helpers', () => {
  it('splits a DICOM person name and converts a DICOM date', () => {
    expect(splitPersonName('DOE^JOHN^Q')).toEqual({ last: 'DOE', first: 'JOHN', middle: 'Q' });
    expect(splitPersonName('DOE')).toEqual({ last: 'DOE', first: '', middle: '' });
    expect(dicomDateToIso('20240105')).toBe('2024-01-05');
    expect(dicomDateToIso('2024')).toBe('');
  });
});
