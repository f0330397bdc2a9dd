import { faults } from '@mocks/faults';
import { postDicomDb } from '@mocks/postdicom/db';
import { describe, expect, it } from 'vitest';
import { dicomFile, signedIn, UNKNOWN_UUID } from '../../test/postdicom.test-helpers';
import { ContractError, InputError, TimeoutError, VendorError } from '../errors';
import { configurePostDicomTimeouts, type PostDicomUploadProgress } from './client';
import {
  readPostDicomDicomFiles,
  uploadPostDicomDicomFiles,
  uploadPostDicomDicomFilesIntoFolder,
  uploadPostDicomDicomFilesIntoFolderWithAnonymization,
  uploadPostDicomDicomFilesWithAnonymization,
} from './dicom-files';
import { getPostDicomPatientOrderList, getPostDicomPatientOrderListInFolder } from './orders';

const STUDY = '1.2.826.0.1.3680043.10.99.1';

function firstFolderUuid(): string {
  const folder = postDicomDb.get().folders[0];
  if (!folder) throw new Error('no folder');
  return folder.FolderUuid;
}

describe('ReadDicomFiles', () => {
  it('groups files into studies and series and reports the transfer syntax (empty when none)', async () => {
    await signedIn();
    const files = [
      await dicomFile(
        'a.dcm',
        { StudyInstanceUID: STUDY, SeriesInstanceUID: `${STUDY}.1` },
        '1.2.840.10008.1.2.1',
      ),
      await dicomFile('b.dcm', { StudyInstanceUID: STUDY, SeriesInstanceUID: `${STUDY}.1` }),
      await dicomFile('raw.dcm', { StudyInstanceUID: STUDY, SeriesInstanceUID: `${STUDY}.2` }, null),
    ];
    const studies = await readPostDicomDicomFiles({ files });
    expect(studies).toHaveLength(1);
    const [study] = studies;
    expect(study).toMatchObject({ PatientName: 'PRUEBA^ANA', PatientId: 'T-1', StudyInstanceUid: STUDY });
    expect(study?.SeriesList).toHaveLength(2);
    expect(study?.SeriesList[0]?.FileList.map((f) => f.TransferSyntaxUid)).toEqual([
      '1.2.840.10008.1.2.1',
      '1.2.840.10008.1.2',
    ]);
    expect(study?.SeriesList[1]?.FileList[0]?.TransferSyntaxUid).toBe('');
  });

  it('refuses a file that is not DICOM (VendorError) and an empty selection (before calling)', async () => {
    await signedIn();
    const pdf = new File([new TextEncoder().encode('%PDF-1.7')], 'informe.pdf', { type: 'application/pdf' });
    await expect(readPostDicomDicomFiles({ files: [pdf] })).rejects.toMatchObject({
      endpoint: 'ReadDicomFiles',
      vendorMessage: expect.stringContaining('informe.pdf'),
    });
    await expect(readPostDicomDicomFiles({ files: [] })).rejects.toBeInstanceOf(InputError);
  });
});

describe('UploadDicomFiles', () => {
  it('reports Reading, then Sending, then File Upload Completed, and stores the files with their tags', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const events: PostDicomUploadProgress[] = [];
    const files = [
      await dicomFile('1.dcm', { StudyInstanceUID: STUDY, PatientName: 'NUEVO^PACIENTE', PatientID: 'NP-9' }),
      await dicomFile('2.dcm', { StudyInstanceUID: STUDY, PatientName: 'NUEVO^PACIENTE', PatientID: 'NP-9' }),
    ];
    const done = await uploadPostDicomDicomFiles(
      { userUuid, institutionUuid, files },
      { onProgress: (event) => events.push(event) },
    );
    expect(done).toEqual({ state: 'File Upload Completed', progress: 100 });
    expect(events).toEqual([
      { state: 'Reading', progress: 50 },
      { state: 'Reading', progress: 100 },
      { state: 'Sending', progress: 50 },
      { state: 'Sending', progress: 100 },
      { state: 'File Upload Completed', progress: 100 },
    ]);
    const order = postDicomDb.get().orders.find((o) => o.studyInstanceUid === STUDY);
    expect(order?.files.map((f) => f.tags.patientId)).toEqual(['NP-9', 'NP-9']);
    const found = await getPostDicomPatientOrderList({ userUuid, patientId: 'NP-9' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ PatientName: 'NUEVO^PACIENTE', OrderModality: 'CT', ImageCount: 2 });
  });

  it('refuses non-DICOM files and unknown institutions with a VendorError', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const text = new File(['hola'], 'notas.txt');
    await expect(
      uploadPostDicomDicomFiles({ userUuid, institutionUuid, files: [text] }),
    ).rejects.toMatchObject({
      endpoint: 'UploadDicomFiles',
      vendorMessage: expect.stringContaining('Only DICOM files'),
    });
    await expect(
      uploadPostDicomDicomFiles({
        userUuid,
        institutionUuid: UNKNOWN_UUID,
        files: [await dicomFile('x.dcm')],
      }),
    ).rejects.toBeInstanceOf(VendorError);
  });

  it('a malformed progress event is a ContractError; no event at all is a TimeoutError', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const files = [await dicomFile('x.dcm')];
    faults.set({ failure: 'malformed-json', vendor: 'postdicom', remaining: 1 });
    await expect(uploadPostDicomDicomFiles({ userUuid, institutionUuid, files })).rejects.toBeInstanceOf(
      ContractError,
    );
    configurePostDicomTimeouts({ uploadIdle: 50 });
    faults.set({ failure: 'hang', vendor: 'postdicom', remaining: 1 });
    await expect(uploadPostDicomDicomFiles({ userUuid, institutionUuid, files })).rejects.toBeInstanceOf(
      TimeoutError,
    );
  });
});

describe('UploadDicomFilesIntoFolder', () => {
  it('puts the uploaded order into the folder', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const folderUuid = firstFolderUuid();
    await uploadPostDicomDicomFilesIntoFolder({
      userUuid,
      institutionUuid,
      folderUuid,
      files: [await dicomFile('f.dcm', { StudyInstanceUID: STUDY, PatientID: 'FOLDER-1' })],
    });
    const inFolder = await getPostDicomPatientOrderListInFolder({ userUuid, folderUuid });
    expect(inFolder.map((o) => o.PatientId)).toContain('FOLDER-1');
  });

  it('is refused for an unknown folder', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    await expect(
      uploadPostDicomDicomFilesIntoFolder({
        userUuid,
        institutionUuid,
        folderUuid: UNKNOWN_UUID,
        files: [await dicomFile('f.dcm')],
      }),
    ).rejects.toMatchObject({
      endpoint: 'UploadDicomFilesIntoFolder',
      vendorMessage: expect.stringContaining('Folder'),
    });
  });
});

describe('UploadDicomFilesWithAnonymization', () => {
  it('rewrites the tags before storing (read back with dicom-parser)', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const events: string[] = [];
    await uploadPostDicomDicomFilesWithAnonymization(
      {
        userUuid,
        institutionUuid,
        files: [
          await dicomFile('a.dcm', { StudyInstanceUID: STUDY, PatientName: 'REAL^NOMBRE', PatientID: 'R-1' }),
        ],
        anonymizedData: [
          { tag: 'PatientName', value: 'ANONIMO^1' },
          { tag: 'PatientId', value: 'ANON-1' },
        ],
      },
      { onProgress: (e) => events.push(e.state) },
    );
    expect(events).toEqual(['Reading', 'Sending', 'File Upload Completed']);
    const stored = postDicomDb.get().orders.find((o) => o.studyInstanceUid === STUDY)?.files[0];
    expect(stored?.anonymized).toBe(true);
    expect(stored?.tags).toMatchObject({ patientName: 'ANONIMO^1', patientId: 'ANON-1', modality: 'CT' });
  });

  it('is refused for a file without a transfer syntax, and nothing is stored', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const before = postDicomDb.get().orders.length;
    const error = await uploadPostDicomDicomFilesWithAnonymization({
      userUuid,
      institutionUuid,
      files: [await dicomFile('ok.dcm'), await dicomFile('raw.dcm', {}, null)],
      anonymizedData: [{ tag: 'PatientName', value: 'ANONIMO' }],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).vendorMessage).toMatch(/without a transfer syntax: raw\.dcm/);
    expect(postDicomDb.get().orders.length).toBe(before);
  });

  it('refuses an empty anonymization list before calling', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    await expect(
      uploadPostDicomDicomFilesWithAnonymization({
        userUuid,
        institutionUuid,
        files: [await dicomFile('a.dcm')],
        anonymizedData: [],
      }),
    ).rejects.toBeInstanceOf(InputError);
  });
});

describe('UploadDicomFilesIntoFolderWithAnonymization', () => {
  it('anonymizes and files the order into the folder', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const folderUuid = firstFolderUuid();
    await uploadPostDicomDicomFilesIntoFolderWithAnonymization({
      userUuid,
      institutionUuid,
      folderUuid,
      files: [await dicomFile('a.dcm', { StudyInstanceUID: STUDY })],
      anonymizedData: [{ tag: 'PatientId', value: 'ANON-F' }],
    });
    const inFolder = await getPostDicomPatientOrderListInFolder({ userUuid, folderUuid });
    expect(inFolder.map((o) => o.PatientId)).toContain('ANON-F');
  });

  it('is refused without a transfer syntax', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    await expect(
      uploadPostDicomDicomFilesIntoFolderWithAnonymization({
        userUuid,
        institutionUuid,
        folderUuid: firstFolderUuid(),
        files: [await dicomFile('raw.dcm', {}, null)],
        anonymizedData: [{ tag: 'PatientId', value: 'X' }],
      }),
    ).rejects.toMatchObject({
      endpoint: 'UploadDicomFilesIntoFolderWithAnonymization',
      vendorMessage: expect.stringContaining('transfer syntax'),
    });
  });
});
