import { faults } from '@mocks/faults';
import { describe, expect, it } from 'vitest';
import { createImpiloPatientOnce, ImpiloExternalIdentifierTakenError } from './patient-create-once';
import { listImpiloPatients } from './patients';

const input = {
  firstName: 'Ana',
  lastName: 'Ruiz',
  dateOfBirth: '1980-05-02',
  externalIdentifier: 'HC-ONCE-1',
};

describe('createImpiloPatientOnce', () => {
  it('looks the MRN up first, then creates', async () => {
    const result = await createImpiloPatientOnce(input);
    expect(result.replayed).toBe(false);
    expect(result.patient).toMatchObject({ firstName: 'Ana', externalIdentifier: 'HC-ONCE-1' });
  });

  it('a retry after a lost answer finds the earlier patient: one patient only', async () => {
    faults.set({
      failure: 'server-error',
      vendor: 'impilo',
      methods: 'writes',
      afterProcessing: true,
      remaining: 1,
    });
    await expect(createImpiloPatientOnce(input)).rejects.toBeInstanceOf(Error);
    const retry = await createImpiloPatientOnce(input);
    expect(retry.replayed).toBe(true);
    const page = await listImpiloPatients({ externalIdentifier: 'HC-ONCE-1' });
    expect(page.total).toBe(1);
  });

  it('refuses an MRN held by another patient, on that field, before creating anything', async () => {
    await createImpiloPatientOnce(input);
    const error = await createImpiloPatientOnce({ ...input, firstName: 'Eva' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImpiloExternalIdentifierTakenError);
    expect((error as ImpiloExternalIdentifierTakenError).fieldErrors).toHaveProperty('externalIdentifier');
  });
});
