import { renderHook, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { createQueryWrapper } from '../../test/query-wrapper';
import { createTestReferral, draftReferralInput, startTestScanUser } from '../../test/scan.test-helpers';
import { InputError, VendorError } from '../errors';
import { scanEndpoints } from './endpoints';
import { scanKeys, useCreateScanReferral, useScanReferral, useScanReferrals } from './queries';
import {
  getScanReferral,
  listScanReferrals,
  scanPatientInformationSchema,
  updateScanReferral,
} from './referrals';

beforeEach(() => startTestScanUser());

describe('Scan.com referrals', () => {
  it('creates a referral, sending the date of birth as date_of_birth_iso YYYY/MM/DD', async () => {
    let sent: unknown;
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/referrals'))
        sent = await request.clone().json();
    });
    const referral = await createTestReferral({
      patient_information: { ...draftReferralInput.patient_information, date_of_birth: '24/11/1999' },
    });
    server.events.removeAllListeners();
    expect(sent).toMatchObject({ patient_information: { date_of_birth_iso: '1999/11/24' } });
    expect(JSON.stringify(sent)).not.toContain('"date_of_birth"');
    expect(referral.status).toBe('draft');
    expect(referral.patient_information.date_of_birth).toBe('1999-11-24');
    expect(referral.body_part_ids).toEqual([]);
  });

  it('accepts either documented date-of-birth form in answers', () => {
    const base = { first_name: 'J', last_name: 'D' };
    expect(
      scanPatientInformationSchema.parse({ ...base, date_of_birth_iso: '1999/01/30' }).date_of_birth,
    ).toBe('1999-01-30');
    expect(scanPatientInformationSchema.parse({ ...base, date_of_birth: '24/11/1999' }).date_of_birth).toBe(
      '1999-11-24',
    );
    expect(scanPatientInformationSchema.parse(base).date_of_birth).toBeNull();
    expect(() => scanPatientInformationSchema.parse({ ...base, date_of_birth: '31/02/1999' })).toThrow();
  });

  it('refuses an invalid body before sending it (missing last name, bad date of birth)', async () => {
    await expect(
      createTestReferral({
        patient_information: {
          ...draftReferralInput.patient_information,
          last_name: '',
          date_of_birth: '1999-13-01',
        },
      }),
    ).rejects.toBeInstanceOf(InputError);
  });

  it('updates a referral with body parts, modality and information; gets it; lists it', async () => {
    const created = await createTestReferral();
    const updated = await updateScanReferral(created.id, {
      body_part_ids: [63, 64],
      modality: 'MRI',
      referral_information: 'Persistent pain in both ankles',
    });
    expect(updated).toMatchObject({ modality: 'MRI', body_part_ids: [63, 64] });
    expect(await getScanReferral(created.id)).toMatchObject({ id: created.id, modality: 'MRI' });
    expect((await listScanReferrals()).map((r) => r.id)).toEqual([created.id]);
  });

  it('turns scanEnvelopeSchema validation_errors into field errors (wire names)', async () => {
    const created = await createTestReferral();
    const error = await updateScanReferral(created.id, { modality: 'MRI', body_part_ids: [100] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).status).toBe(422);
    expect((error as VendorError).fieldErrors.body_part_ids?.[0]).toContain('not scanned by MRI');
  });

  it('treats a 2xx answer with success: false as a refusal with field errors', async () => {
    const created = await createTestReferral();
    server.use(
      http.get(`*/api/scan${scanEndpoints.getReferral.path({ referral_id: created.id })}`, () =>
        HttpResponse.json({ success: false, validation_errors: { id: ['is locked'] }, data: null }),
      ),
    );
    const error = await getScanReferral(created.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).fieldErrors).toEqual({ id: ['is locked'] });
  });

  it('shows a referral only to the user who created it (404 for anyone else)', async () => {
    const mine = await createTestReferral();
    await startTestScanUser('Other');
    const error = await getScanReferral(mine.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).status).toBe(404);
    expect(await listScanReferrals()).toEqual([]);
    await expect(updateScanReferral(mine.id, { referral_information: 'x' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('answers 404 for a referral that does not exist', async () => {
    await expect(getScanReferral(999_999)).rejects.toMatchObject({ status: 404 });
  });

  it('hooks: creating a referral refreshes the list; one referral by id', async () => {
    const { wrapper, queryClient } = createQueryWrapper();
    const list = renderHook(() => useScanReferrals(), { wrapper });
    await waitFor(() => expect(list.result.current.data).toEqual([]));
    const create = renderHook(() => useCreateScanReferral(), { wrapper });
    const created = await create.result.current.mutateAsync(draftReferralInput);
    await waitFor(() => expect(list.result.current.data?.map((r) => r.id)).toEqual([created.id]));
    expect(queryClient.getQueryData(scanKeys.referral(created.id))).toMatchObject({ id: created.id });
    const one = renderHook(() => useScanReferral(created.id), { wrapper });
    await waitFor(() => expect(one.result.current.data?.id).toBe(created.id));
  });
});
