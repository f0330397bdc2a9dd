import { postDicomDb } from '@mocks/postdicom/db';
import { SimulatedPostDicomCloudApi } from '@mocks/postdicom/library';
import { describe, expect, it } from 'vitest';
import { signedIn, UNKNOWN_UUID } from '../../test/postdicom.test-helpers';
import { InputError } from '../errors';
import type { PostDicomUploadProgress } from './client';
import { POSTDICOM_MAX_DOCUMENT_BYTES, uploadPostDicomDocumentFiles } from './documents';
import { getPostDicomPatientOrderProperties } from './orders';

function firstOrder() {
  const order = postDicomDb.get().orders[0];
  if (!order) throw new Error('no order');
  return order;
}

const pdf = (name = 'informe.pdf') => new File(['%PDF-1.7 informe'], name, { type: 'application/pdf' });

describe('UploadDocumentFiles', () => {
  it('uploads pdf, jpeg, jpg, png, bmp and mp4 files with progress, and the order lists them', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const order = firstOrder();
    const files = [
      pdf(),
      new File(['x'], 'foto.JPEG', { type: 'image/jpeg' }),
      new File(['x'], 'foto.jpg', { type: 'image/jpeg' }),
      new File(['x'], 'scan.png', { type: 'image/png' }),
      new File(['x'], 'scan.bmp', { type: 'image/bmp' }),
      new File(['x'], 'video.mp4', { type: 'video/mp4' }),
    ];
    const events: PostDicomUploadProgress[] = [];
    await uploadPostDicomDocumentFiles(
      { userUuid, institutionUuid, patientOrderUuid: order.PatientOrderUuid, files },
      { onProgress: (e) => events.push(e) },
    );
    const states = events.map((e) => e.state);
    expect(states.indexOf('Sending')).toBeGreaterThan(states.lastIndexOf('Reading'));
    expect(states.at(-1)).toBe('File Upload Completed');
    const properties = await getPostDicomPatientOrderProperties({
      userUuid,
      patientOrderInstitutionUuid: order.PatientOrderInstitutionUuid,
      patientOrderUuid: order.PatientOrderUuid,
    });
    expect(properties.DocumentList?.map((d) => d.FileName)).toEqual(files.map((f) => f.name));
  });

  it('refuses other file types before calling, with a typed error naming the file', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const order = firstOrder();
    const error = await uploadPostDicomDocumentFiles({
      userUuid,
      institutionUuid,
      patientOrderUuid: order.PatientOrderUuid,
      files: [pdf(), new File(['x'], 'notas.docx'), new File(['x'], 'sin-extension')],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'unsupported-document-type', endpoint: 'UploadDocumentFiles' });
    expect((error as InputError).issues.map((i) => i.path)).toEqual(['files[1]', 'files[2]']);
    expect(order.documents).toHaveLength(0);
  });

  it('refuses a file whose type contradicts its extension', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    await expect(
      uploadPostDicomDocumentFiles({
        userUuid,
        institutionUuid,
        patientOrderUuid: firstOrder().PatientOrderUuid,
        files: [new File(['x'], 'truco.pdf', { type: 'application/x-msdownload' })],
      }),
    ).rejects.toMatchObject({ code: 'unsupported-document-type' });
  });

  it('refuses empty files and files over the size limit before calling', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const big = pdf('grande.pdf');
    Object.defineProperty(big, 'size', { value: POSTDICOM_MAX_DOCUMENT_BYTES + 1 });
    const patientOrderUuid = firstOrder().PatientOrderUuid;
    await expect(
      uploadPostDicomDocumentFiles({ userUuid, institutionUuid, patientOrderUuid, files: [big] }),
    ).rejects.toMatchObject({
      code: 'document-too-large',
      issues: [{ path: 'files[0]', message: 'validation.fileTooLarge', params: { megabytes: 100 } }],
    });
    await expect(
      uploadPostDicomDocumentFiles({
        userUuid,
        institutionUuid,
        patientOrderUuid,
        files: [new File([], 'vacio.pdf')],
      }),
    ).rejects.toMatchObject({ code: 'document-too-large' });
    // exactly at the limit is accepted by the check
    const atLimit = pdf('limite.pdf');
    Object.defineProperty(atLimit, 'size', { value: POSTDICOM_MAX_DOCUMENT_BYTES });
    await expect(
      uploadPostDicomDocumentFiles({ userUuid, institutionUuid, patientOrderUuid, files: [atLimit] }),
    ).resolves.toMatchObject({
      state: 'File Upload Completed',
    });
  });

  it('is refused by the library for an unknown order (VendorError)', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    await expect(
      uploadPostDicomDocumentFiles({
        userUuid,
        institutionUuid,
        patientOrderUuid: UNKNOWN_UUID,
        files: [pdf()],
      }),
    ).rejects.toMatchObject({ endpoint: 'UploadDocumentFiles', status: 0 });
  });

  it('the simulated library itself refuses other types (for callers that skip the adapter)', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const api = new SimulatedPostDicomCloudApi('k', 'a');
    await new Promise((resolve) => api.Initialize(resolve));
    const result = await new Promise((resolve) =>
      api.UploadDocumentFiles(
        userUuid,
        institutionUuid,
        firstOrder().PatientOrderUuid,
        [new File(['x'], 'a.exe')],
        resolve,
      ),
    );
    expect(result).toMatchObject({ Success: false, Message: expect.stringContaining('a.exe') });
  });
});
