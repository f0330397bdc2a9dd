import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { type ScanModality, scanEndpoints, scanModalities, scanPaths } from './paths';
import { scanRequest } from './session';

/** `GET /api/v1/body_parts?modality=MRI`: the body parts a modality can scan (e.g. left ankle = 63). */
export const bodyPartSchema = z.object({
  id: z.number().int().positive(),
  name: z.string().min(1),
});
export type ScanBodyPart = z.infer<typeof bodyPartSchema>;

export async function listScanBodyParts(modality: ScanModality, options: { signal?: AbortSignal } = {}) {
  return scanRequest({
    path: scanPaths.bodyParts,
    endpoint: scanEndpoints.bodyParts,
    query: { modality: z.enum(scanModalities).parse(modality) },
    data: z.array(bodyPartSchema),
    signal: options.signal,
  });
}

export const scanBodyPartKeys = {
  all: ['scan', 'body-parts'] as const,
  byModality: (modality: ScanModality) => [...scanBodyPartKeys.all, modality] as const,
};

export const scanBodyPartsQuery = (modality: ScanModality) =>
  queryOptions({
    queryKey: scanBodyPartKeys.byModality(modality),
    queryFn: ({ signal }) => listScanBodyParts(modality, { signal }),
    staleTime: 60 * 60_000,
  });

export function useScanBodyParts(modality: ScanModality | undefined) {
  return useQuery({ ...scanBodyPartsQuery(modality ?? 'MRI'), enabled: modality !== undefined });
}
