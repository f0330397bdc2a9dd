import { impiloStore } from '@mocks/impilo/store';
import { heldBy } from '@mocks/population';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryWrapper } from '../../test/query-wrapper';
import { InputError, VendorError } from '../errors';
import { IMPILO_MAX_PAGE_SIZE } from './common';
import { impiloEndpoints } from './endpoints';
import { createImpiloPatient, getImpiloPatient, listImpiloPatients } from './patients';
import { useCreateImpiloPatient, useImpiloPatients } from './queries';

describe('Impilo patients', () => {
  it('creates a patient (firstName and lastName) and gets it back', async () => {
    const created = await createImpiloPatient({
      firstName: 'Ana',
      lastName: 'Ruiz',
      dateOfBirth: '1980-05-02',
    });
    expect(created).toMatchObject({ firstName: 'Ana', lastName: 'Ruiz', dateOfBirth: '1980-05-02' });
    expect(await getImpiloPatient(created.id)).toEqual(created);
  });

  it('requires firstName and lastName (before sending, and at the mock)', async () => {
    await expect(createImpiloPatient({ firstName: 'Ana', lastName: '' })).rejects.toBeInstanceOf(InputError);
    const response = await fetch(
      new URL(`/api/impilo${impiloEndpoints.createPatient.path()}`, location.href),
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ firstName: 'Ana' }),
      },
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ field: 'lastName' }] });
  });

  it('answers 404 for an unknown patient', async () => {
    const error = await getImpiloPatient('nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).status).toBe(404);
  });

  it('pages as { content, page, size, total, first, last }', async () => {
    // The 40 seeded patients, then the shared population's (mocks/population.ts).
    const total = 40 + heldBy('impilo').length;
    const first = await listImpiloPatients({ size: 15 });
    expect(first).toMatchObject({ page: 0, size: 15, total, first: true, last: false });
    expect(first.content).toHaveLength(15);
    const lastPage = Math.ceil(total / 15) - 1;
    const last = await listImpiloPatients({ page: lastPage, size: 15 });
    expect(last).toMatchObject({ page: lastPage, first: false, last: true });
    expect(last.content).toHaveLength(total - lastPage * 15);
    const all = await listImpiloPatients({ size: IMPILO_MAX_PAGE_SIZE });
    expect(all.content).toHaveLength(Math.min(total, IMPILO_MAX_PAGE_SIZE));
  });

  it('refuses size above 250 before sending; the mock refuses it too', async () => {
    await expect(listImpiloPatients({ size: 251 })).rejects.toBeInstanceOf(InputError);
    const response = await fetch(
      new URL(`/api/impilo${impiloEndpoints.listPatients.path()}?size=251`, location.href),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ field: 'size' }] });
  });

  it('applies every documented filter', async () => {
    const seeded = impiloStore.get().patients;
    const target = seeded[3];
    if (
      !target?.email ||
      !target.dateOfBirth ||
      !target.address ||
      !target.siteId ||
      !target.externalIdentifier
    )
      throw new Error('seed');
    const only = async (filters: Parameters<typeof listImpiloPatients>[0]) =>
      (await listImpiloPatients({ size: 250, ...filters })).content;
    expect((await only({ name: target.lastName })).every((p) => p.lastName === target.lastName)).toBe(true);
    expect((await only({ email: target.email })).map((p) => p.id)).toEqual([target.id]);
    expect((await only({ externalIdentifier: target.externalIdentifier })).map((p) => p.id)).toEqual([
      target.id,
    ]);
    expect((await only({ siteId: target.siteId })).every((p) => p.siteId === target.siteId)).toBe(true);
    expect((await only({ postalCode: target.address.postalCode })).map((p) => p.id)).toContain(target.id);
    const range = await only({ dateOfBirthMin: target.dateOfBirth, dateOfBirthMax: target.dateOfBirth });
    expect(range.map((p) => p.id)).toContain(target.id);
    expect(range.every((p) => p.dateOfBirth === target.dateOfBirth)).toBe(true);
    await expect(
      listImpiloPatients({ dateOfBirthMin: '2000-01-02', dateOfBirthMax: '2000-01-01' }),
    ).rejects.toBeInstanceOf(InputError);
  });

  it('hooks: creating a patient refreshes the list', async () => {
    const { wrapper } = createQueryWrapper();
    const list = renderHook(() => useImpiloPatients({ name: 'Zyx' }), { wrapper });
    await waitFor(() => expect(list.result.current.data?.total).toBe(0));
    const create = renderHook(() => useCreateImpiloPatient(), { wrapper });
    await create.result.current.mutateAsync({ firstName: 'Zyx', lastName: 'Quux' });
    await waitFor(() => expect(list.result.current.data?.total).toBe(1));
  });
});
