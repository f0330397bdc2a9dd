// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDeidentifyBatch } from './batch';
import { DeidentifyError, DicomReadError, deserializeDicomError } from './errors';
import { image, text, writeDicom } from './test-support/dcmjs-files';
import { dicomWorkerApi } from './worker-api';

/** The worker's API, called directly (Node has no Worker): results are plain data, errors are rebuilt typed. */
describe('dicomWorkerApi', () => {
  const dicom = writeDicom({
    '00100010': text('PN', 'WORKER^TEST'),
    '00100020': text('LO', 'W-1'),
    ...image(8),
  });

  it('reads several headers in one call and names each refusal', async () => {
    const outcomes = await dicomWorkerApi.readHeaders([
      { file: new File([dicom], 'a.dcm'), fileName: 'folder/a.dcm' },
      { file: new File(['%PDF-1.7'], 'b.pdf'), fileName: 'folder/b.pdf' },
    ]);
    expect(outcomes[0]).toMatchObject({
      ok: true,
      header: { patientName: 'WORKER^TEST', fileName: 'folder/a.dcm' },
    });
    expect(outcomes[1]).toMatchObject({
      ok: false,
      fileName: 'folder/b.pdf',
      error: { kind: 'read', code: 'not-dicom' },
    });
    const rebuilt = outcomes[1]?.ok === false ? deserializeDicomError(outcomes[1].error) : null;
    expect(rebuilt).toBeInstanceOf(DicomReadError);
    expect((rebuilt as DicomReadError).messageKey).toBe('dicom.errors.not-dicom');
  });

  it('de-identifies into a Blob, and sends a refusal as data', async () => {
    const batch = createDeidentifyBatch();
    const done = await dicomWorkerApi.deidentify(new File([dicom], 'a.dcm'), { batch }, true);
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    expect(done.blob.type).toBe('application/dicom');
    expect(done.header.patientName).toMatch(/^ANON-/);
    expect(done.changes.some((change) => change.keyword === 'PatientName')).toBe(true);
    const refused = await dicomWorkerApi.deidentify(new File(['nope'], 'n.dcm'), { batch });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'deidentify', code: 'unreadable' } });
    if (!refused.ok) expect(deserializeDicomError(refused.error)).toBeInstanceOf(DeidentifyError);
  });
});
