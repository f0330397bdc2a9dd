import { z } from 'zod';
import type { CallOptions } from '../http';
import { runPostDicom } from './client';
import { postDicomIdSchema, postDicomSuccessSchema } from './common';
import { parsePostDicomInput } from './errors';

/** Method group "flags": GetAccountFlagDictionary and SetFlagToPatientOrder. */

export const postDicomFlagSchema = z.object({
  FlagId: postDicomIdSchema,
  FlagName: z.string(),
  FlagColor: z.string().optional(),
});
export const postDicomFlagGroupSchema = z.object({
  FlagGroupId: postDicomIdSchema,
  FlagGroupName: z.string(),
  FlagList: z.array(postDicomFlagSchema),
});
/** UNCONFIRMED shape: flag groups, each with its flags. */
export const postDicomFlagDictionaryResultSchema = postDicomSuccessSchema.extend({
  FlagGroupList: z.array(postDicomFlagGroupSchema),
});
export type PostDicomFlag = z.infer<typeof postDicomFlagSchema>;
export type PostDicomFlagGroup = z.infer<typeof postDicomFlagGroupSchema>;

export const postDicomFlagDictionaryInputSchema = z.object({ userUuid: postDicomIdSchema });
export type PostDicomFlagDictionaryInput = z.input<typeof postDicomFlagDictionaryInputSchema>;

/** `GetAccountFlagDictionary(userUuid, callback)`. */
export async function getPostDicomAccountFlagDictionary(
  input: PostDicomFlagDictionaryInput,
  options: CallOptions = {},
): Promise<PostDicomFlagGroup[]> {
  const v = parsePostDicomInput('GetAccountFlagDictionary', postDicomFlagDictionaryInputSchema, input);
  const result = await runPostDicom(
    {
      method: 'GetAccountFlagDictionary',
      invoke: (api, cb) => api.GetAccountFlagDictionary(v.userUuid, cb),
      schema: postDicomFlagDictionaryResultSchema,
    },
    options,
  );
  return result.FlagGroupList;
}

export const postDicomSetFlagInputSchema = z.object({
  userUuid: postDicomIdSchema,
  patientOrderUuid: postDicomIdSchema,
  flagGroupId: postDicomIdSchema,
  flagId: postDicomIdSchema,
});
export type PostDicomSetFlagInput = z.input<typeof postDicomSetFlagInputSchema>;

/** `SetFlagToPatientOrder(userUuid, patientOrderUuid, flagGroupId, flagId, callback)`. */
export async function setPostDicomFlagToPatientOrder(
  input: PostDicomSetFlagInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parsePostDicomInput('SetFlagToPatientOrder', postDicomSetFlagInputSchema, input);
  await runPostDicom(
    {
      method: 'SetFlagToPatientOrder',
      invoke: (api, cb) =>
        api.SetFlagToPatientOrder(v.userUuid, v.patientOrderUuid, v.flagGroupId, v.flagId, cb),
      schema: postDicomSuccessSchema,
    },
    options,
  );
}
