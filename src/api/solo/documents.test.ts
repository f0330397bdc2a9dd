import { soloCareStore } from '@mocks/solo/care-db';
import { soloPatientDocuments } from '@mocks/solo/integration-documents';
import { client } from '@mocks/solo/integration-test-client';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryWrapper } from '@/test/query-wrapper';
import { InputError, VendorError } from '../errors';
import { addSoloPatientDocument, type SoloPatientDocument } from './documents';
import { useAddSoloPatientDocument } from './integration-queries';

const document: SoloPatientDocument = {
  name: 'Pre-MRI safety questionnaire',
  dateTime: 1_763_700_000,
  responses: [
    { question: 'Pacemaker?', response: 'No' },
    { question: '¿Claustrofobia?', response: 'Sí, leve' },
  ],
};

function aPatientId(): string {
  const patient = [...soloCareStore.get().patients.values()][3];
  return patient?.id ?? '';
}

describe('Solo patient documents', () => {
  it('adds a document (answer `[]`) that the mock records for the patient', async () => {
    const patientId = aPatientId();
    await expect(addSoloPatientDocument(patientId, document)).resolves.toBeUndefined();
    expect(soloPatientDocuments(patientId)).toEqual([document]);
  });

  it('refuses missing fields before sending (all fields are required)', async () => {
    const { name: _name, ...withoutName } = document;
    await expect(() =>
      addSoloPatientDocument(aPatientId(), withoutName as SoloPatientDocument),
    ).rejects.toBeInstanceOf(InputError);
  });

  it.each([
    ['an empty name', { ...document, name: ' ' }],
    ['a fractional timestamp', { ...document, dateTime: 1.5 }],
    ['a negative timestamp', { ...document, dateTime: -1 }],
    ['a blank question', { ...document, responses: [{ question: '', response: 'x' }] }],
  ])('refuses %s', async (_name, body) => {
    await expect(addSoloPatientDocument(aPatientId(), body)).rejects.toBeInstanceOf(InputError);
  });

  it('the mock answers Bad parameters for a body without fields', async () => {
    const response = await client.post(`/api/solo/qapi/v1/patients/${aPatientId()}/documents`, { name: 'x' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        message:
          'Bad parameters [dateTime: This value should not be blank., responses: This value should not be blank.]',
      },
    });
  });

  it('answers 404 for an unknown patient', async () => {
    const error = await addSoloPatientDocument('NO-SUCH-PATIENT', document).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).status).toBe(404);
    expect((error as VendorError).vendorMessage).toBe('Patient not found');
  });

  it('useAddSoloPatientDocument posts the document', async () => {
    const patientId = aPatientId();
    const { wrapper } = createQueryWrapper();
    const { result } = renderHook(() => useAddSoloPatientDocument(), { wrapper });
    await act(() => result.current.mutateAsync({ patientId, document }));
    expect(soloPatientDocuments(patientId)).toHaveLength(1);
  });
});
