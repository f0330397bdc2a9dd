import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { BODY_PART_IDS_PARAM, type ScanModality, scanEndpoints, scanModalities, scanPaths } from './paths';
import { updateScanReferral, useInvalidateScanReferral } from './referrals';
import { scanRequest } from './session';

/**
 * `GET /api/v1/imaging_providers`: providers that can do `modality` for `body_part_ids` (CONFIRMED
 * parameters), near `location` (ASSUMED: a postcode or town). ASSUMED provider shape below.
 */
export const imagingProviderSearchSchema = z.object({
  modality: z.enum(scanModalities),
  body_part_ids: z.array(z.number().int().positive()).min(1),
  location: z.string().trim().min(1).max(100).optional(),
});
export type ScanImagingProviderSearch = z.input<typeof imagingProviderSearchSchema>;

export const imagingProviderSchema = z.object({
  id: z.number().int().positive(),
  name: z.string().min(1),
  address: z.string().nullish(),
  postcode: z.string().nullish(),
  distance_miles: z.number().nonnegative().nullish(),
  /** GBP. */
  price: z.number().nonnegative().nullish(),
  modalities: z.array(z.enum(scanModalities)).nullish(),
});
export type ScanImagingProvider = z.infer<typeof imagingProviderSchema>;

export async function listScanImagingProviders(
  search: ScanImagingProviderSearch,
  options: { signal?: AbortSignal } = {},
) {
  const params = imagingProviderSearchSchema.parse(search);
  return scanRequest({
    path: scanPaths.imagingProviders,
    endpoint: scanEndpoints.imagingProviders,
    query: {
      modality: params.modality,
      [BODY_PART_IDS_PARAM]: params.body_part_ids,
      location: params.location,
    },
    data: z.array(imagingProviderSchema),
    signal: options.signal,
  });
}

/** CONFIRMED: the provider is chosen by updating the referral with `{ "imaging_provider_id": 203 }`. */
export async function setScanImagingProvider(
  referralId: number,
  imagingProviderId: number,
  options: { signal?: AbortSignal } = {},
) {
  return updateScanReferral(referralId, { imaging_provider_id: imagingProviderId }, options);
}

export const scanImagingProviderKeys = {
  all: ['scan', 'imaging-providers'] as const,
  search: (search: ScanImagingProviderSearch) => [...scanImagingProviderKeys.all, search] as const,
};

export const scanImagingProvidersQuery = (search: ScanImagingProviderSearch) =>
  queryOptions({
    queryKey: scanImagingProviderKeys.search(search),
    queryFn: ({ signal }) => listScanImagingProviders(search, { signal }),
  });

export function useScanImagingProviders(search: ScanImagingProviderSearch | undefined) {
  return useQuery({
    ...scanImagingProvidersQuery(search ?? { modality: 'MRI' as ScanModality, body_part_ids: [] }),
    enabled: search !== undefined,
  });
}

/** Choosing a provider changes the referral and the time slots on offer. */
export function useSetScanImagingProvider(referralId: number) {
  const invalidate = useInvalidateScanReferral();
  return useMutation({
    mutationFn: (imagingProviderId: number) => setScanImagingProvider(referralId, imagingProviderId),
    onSuccess: invalidate,
  });
}
