import { useMemo } from 'react';
import { useScanBodyParts, useScanImagingProviders, useScanSession } from '@/api/scan/queries';
import type { ScanReferral } from '@/api/scan/referrals';
import type { ScanSummaryNames } from './ScanReferralSummary';

/** The names behind a referral's ids: its body parts (by modality) and its imaging provider. */
export function useScanSummaryNames(referral: ScanReferral | undefined): ScanSummaryNames {
  const session = useScanSession();
  const modality = session.active ? (referral?.modality ?? undefined) : undefined;
  const bodyParts = useScanBodyParts(modality);
  const providers = useScanImagingProviders(
    modality && referral?.body_part_ids.length && referral.imaging_provider_id
      ? { modality, body_part_ids: referral.body_part_ids }
      : undefined,
  );
  const providerId = referral?.imaging_provider_id;
  return useMemo(
    () => ({
      bodyParts: new Map((bodyParts.data ?? []).map((part) => [part.id, part.name])),
      provider: providers.data?.find((p) => p.id === providerId)?.name ?? null,
    }),
    [bodyParts.data, providers.data, providerId],
  );
}
