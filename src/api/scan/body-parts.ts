import { z } from 'zod';
import { type ScanModality, scanModalities } from '@/lib/codes/scan-modalities';
import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { scanRequest } from './client';
import { scanEndpoints } from './endpoints';

/** `GET /api/v1/body_parts?modality=MRI`: the body parts a modality can scan (e.g. left ankle = 63). */
export const scanBodyPartSchema = z.object({
  id: z.number().int().positive(),
  name: z.string().min(1),
});
export type ScanBodyPart = z.infer<typeof scanBodyPartSchema>;

export async function listScanBodyParts(modality: ScanModality, options: CallOptions = {}) {
  return scanRequest({
    ...scanEndpoints.bodyParts.at(),
    query: {
      modality: parseInput('scan', scanEndpoints.bodyParts.name, z.enum(scanModalities), modality, {
        at: 'modality',
      }),
    },
    data: z.array(scanBodyPartSchema),
    ...options,
  });
}
