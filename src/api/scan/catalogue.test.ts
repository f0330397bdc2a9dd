import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createQueryWrapper } from '../../test/query-wrapper';
import { createTestReferral, startTestScanUser } from '../../test/scan.test-helpers';
import { VendorError } from '../errors';
import { listScanBodyParts } from './body-parts';
import { listScanImagingProviders, setScanImagingProvider } from './imaging-providers';
import { useScanBodyParts, useScanImagingProviders } from './queries';

beforeEach(() => startTestScanUser());

describe('Scan.com body parts', () => {
  it('lists the body parts of a modality (MRI: left and right ankle are 63 and 64)', async () => {
    const parts = await listScanBodyParts('MRI');
    expect(parts.find((p) => p.id === 63)?.name).toBe('Left ankle');
    expect(parts.find((p) => p.id === 64)?.name).toBe('Right ankle');
    const ct = await listScanBodyParts('CT');
    expect(ct.some((p) => p.id === 63)).toBe(false);
  });

  it('refuses a modality that is not Scan.com’s (DICOM "MR") before sending', async () => {
    await expect(listScanBodyParts('MR' as never)).rejects.toThrow();
  });

  it('hook', async () => {
    const { wrapper } = createQueryWrapper();
    const { result } = renderHook(() => useScanBodyParts('Ultrasound'), { wrapper });
    await waitFor(() => expect(result.current.data?.length).toBeGreaterThan(0));
  });
});

describe('Scan.com imaging providers', () => {
  it('lists providers for a modality and body parts, nearest first', async () => {
    const providers = await listScanImagingProviders({
      modality: 'MRI',
      body_part_ids: [63, 64],
      location: 'SK7',
    });
    expect(providers.length).toBeGreaterThan(0);
    expect(providers[0]?.postcode?.startsWith('SK7')).toBe(true);
    expect(providers.map((p) => p.id)).toContain(203);
  });

  it('answers field errors for body parts of another modality', async () => {
    const error = await listScanImagingProviders({ modality: 'CT', body_part_ids: [63] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).fieldErrors.body_part_ids).toBeDefined();
  });

  it('sets the provider on the referral ({ imaging_provider_id })', async () => {
    const referral = await createTestReferral({ modality: 'MRI', body_part_ids: [63] });
    const updated = await setScanImagingProvider(referral.id, 203);
    expect(updated.imaging_provider_id).toBe(203);
    await expect(setScanImagingProvider(referral.id, 999)).rejects.toMatchObject({
      status: 422,
      fieldErrors: { imaging_provider_id: ['does not exist'] },
    });
  });

  it('hook', async () => {
    const { wrapper } = createQueryWrapper();
    const { result } = renderHook(() => useScanImagingProviders({ modality: 'MRI', body_part_ids: [63] }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.data?.length).toBeGreaterThan(0));
  });
});
