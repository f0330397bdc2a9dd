import { faults } from '@mocks/faults';
import { describe, expect, it } from 'vitest';
import { VendorError } from '../errors';
import { createSoloPatientOnce } from './patient-create-once';
import { getSoloPatient } from './patients';

const input = {
  id: 'P-ONCE-1',
  name: [{ use: 'usual', firstName: 'Ana', lastName: 'Ruiz Gil' }],
  birthDate: '1980-05-02',
  gender: 'female',
  mrn: 'HC-900001',
};

describe('createSoloPatientOnce', () => {
  it('creates the patient and answers its SPID', async () => {
    const result = await createSoloPatientOnce(input);
    expect(result).toMatchObject({ id: 'P-ONCE-1', replayed: false });
    expect(result.spid).toBeGreaterThan(0);
  });

  it('a retry after a lost answer finds the patient by its id: one patient, success', async () => {
    faults.set({
      failure: 'network',
      vendor: 'solo',
      methods: 'writes',
      afterProcessing: true,
      remaining: 1,
    });
    await expect(createSoloPatientOnce(input)).rejects.toBeInstanceOf(Error);
    const retry = await createSoloPatientOnce(input);
    expect(retry).toEqual({ id: 'P-ONCE-1', spid: null, replayed: true });
    expect((await getSoloPatient('P-ONCE-1')).name?.[0]?.firstName).toBe('Ana');
  });

  it('an id held by another patient stays an error', async () => {
    await createSoloPatientOnce(input);
    const other = createSoloPatientOnce({ ...input, name: [{ firstName: 'Eva', lastName: 'Soto' }] });
    await expect(other).rejects.toBeInstanceOf(VendorError);
  });
});
