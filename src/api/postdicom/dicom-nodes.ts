import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { CallOptions } from './call';
import { parseInput } from './errors';
import { postDicomRoots } from './keys';
import { idSchema, successSchema } from './schemas';
import { runPostDicom } from './session';

/** Method group "DICOM nodes": GetDicomNodeList (their uuids are the ScheduledEquipmentUuid of new orders). */

export const dicomNodeSchema = z.object({
  DicomNodeUuid: idSchema,
  Name: z.string(),
  AeTitle: z.string().max(16, 'A DICOM AE title has at most 16 characters.'),
  Host: z.string().optional(),
  Port: z.number().int().min(1).max(65535).optional(),
  Modality: z.string().optional(),
});
/** UNCONFIRMED shape. */
export const dicomNodeListResultSchema = successSchema.extend({ DicomNodeList: z.array(dicomNodeSchema) });
export type PostDicomNode = z.infer<typeof dicomNodeSchema>;

export const dicomNodeListInputSchema = z.object({ userUuid: idSchema });
export type DicomNodeListInput = z.input<typeof dicomNodeListInputSchema>;

/** `GetDicomNodeList(userUuid, callback)`: every DICOM node the user can see. */
export async function getDicomNodeList(
  input: DicomNodeListInput,
  options: CallOptions = {},
): Promise<PostDicomNode[]> {
  const v = parseInput('GetDicomNodeList', dicomNodeListInputSchema, input);
  const result = await runPostDicom(
    {
      method: 'GetDicomNodeList',
      invoke: (api, cb) => api.GetDicomNodeList(v.userUuid, cb),
      schema: dicomNodeListResultSchema,
    },
    options,
  );
  return result.DicomNodeList;
}

export const postDicomNodeKeys = {
  all: postDicomRoots.dicomNodes,
  list: (userUuid: string) => [...postDicomRoots.dicomNodes, userUuid] as const,
};
export const dicomNodeListQueryOptions = (userUuid: string) =>
  queryOptions({
    queryKey: postDicomNodeKeys.list(userUuid),
    queryFn: ({ signal }) => getDicomNodeList({ userUuid }, { signal }),
    staleTime: 10 * 60_000,
  });
export function useDicomNodeList(userUuid: string | undefined) {
  return useQuery({ ...dicomNodeListQueryOptions(userUuid ?? ''), enabled: Boolean(userUuid) });
}
