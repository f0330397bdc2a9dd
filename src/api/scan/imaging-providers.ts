import { z } from 'zod';
import { scanModalities } from '@/lib/codes/scan-modalities';
import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { scanRequest } from './client';
import { SCAN_BODY_PART_IDS_PARAM, scanEndpoints } from './endpoints';
import { updateScanReferral } from './referrals';

/**
 * `GET /api/v1/imaging_providers`: providers that can do `modality` for `body_part_ids` (CONFIRMED
 * parameters), near `location` (ASSUMED: a postcode or town). ASSUMED provider shape below.
 */
export const scanImagingProviderSearchSchema = z.object({
  modality: z.enum(scanModalities),
  body_part_ids: z.array(z.number().int().positive()).min(1),
  location: z.string().trim().min(1).max(100).optional(),
});
export type ScanImagingProviderSearch = z.input<typeof scanImagingProviderSearchSchema>;

export const scanImagingProviderSchema = z.object({
  id: z.number().int().positive(),
  name: z.string().min(1),
  address: z.string().nullish(),
  postcode: z.string().nullish(),
  distance_miles: z.number().nonnegative().nullish(),
  /** GBP. */
  price: z.number().nonnegative().nullish(),
  modalities: z.array(z.enum(scanModalities)).nullish(),
});
export type ScanImagingProvider = z.infer<typeof scanImagingProviderSchema>;

export async function listScanImagingProviders(search: ScanImagingProviderSearch, options: CallOptions = {}) {
  const params = parseInput(
    'scan',
    scanEndpoints.imagingProviders.name,
    scanImagingProviderSearchSchema,
    search,
  );
  return scanRequest({
    ...scanEndpoints.imagingProviders.at(),
    query: {
      modality: params.modality,
      [SCAN_BODY_PART_IDS_PARAM]: params.body_part_ids,
      location: params.location,
    },
    data: z.array(scanImagingProviderSchema),
    ...options,
  });
}

/** CONFIRMED: the provider is chosen by updating the referral with `{ "imaging_provider_id": 203 }`. */
export async function setScanImagingProvider(
  referralId: number,
  imagingProviderId: number,
  options: CallOptions = {},
) {
  return updateScanReferral(referralId, { imaging_provider_id: imagingProviderId }, options);
}
