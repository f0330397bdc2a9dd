import { z } from 'zod';
import type { CallOptions } from '../http';
import { runPostDicom } from './client';
import { postDicomIdSchema, postDicomSuccessSchema } from './common';
import { parsePostDicomInput } from './errors';

/** Method group "DICOM nodes": GetDicomNodeList (their uuids are the ScheduledEquipmentUuid of new orders). */

export const postDicomDicomNodeSchema = z.object({
  DicomNodeUuid: postDicomIdSchema,
  Name: z.string(),
  AeTitle: z.string().max(16),
  Host: z.string().optional(),
  Port: z.number().int().min(1).max(65535).optional(),
  Modality: z.string().optional(),
});
/** UNCONFIRMED shape. */
export const postDicomDicomNodeListResultSchema = postDicomSuccessSchema.extend({
  DicomNodeList: z.array(postDicomDicomNodeSchema),
});
export type PostDicomNode = z.infer<typeof postDicomDicomNodeSchema>;

export const postDicomDicomNodeListInputSchema = z.object({ userUuid: postDicomIdSchema });
export type PostDicomDicomNodeListInput = z.input<typeof postDicomDicomNodeListInputSchema>;

/** `GetDicomNodeList(userUuid, callback)`: every DICOM node the user can see. */
export async function getPostDicomDicomNodeList(
  input: PostDicomDicomNodeListInput,
  options: CallOptions = {},
): Promise<PostDicomNode[]> {
  const v = parsePostDicomInput('GetDicomNodeList', postDicomDicomNodeListInputSchema, input);
  const result = await runPostDicom(
    {
      method: 'GetDicomNodeList',
      invoke: (api, cb) => api.GetDicomNodeList(v.userUuid, cb),
      schema: postDicomDicomNodeListResultSchema,
    },
    options,
  );
  return result.DicomNodeList;
}
