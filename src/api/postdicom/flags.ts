import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { CallOptions } from './call';
import { parseInput } from './errors';
import { postDicomRoots } from './keys';
import { useInvalidateOrders } from './orders';
import { idSchema, successSchema } from './schemas';
import { runPostDicom } from './session';

/** Method group "flags": GetAccountFlagDictionary and SetFlagToPatientOrder. */

export const flagSchema = z.object({
  FlagId: idSchema,
  FlagName: z.string(),
  FlagColor: z.string().optional(),
});
export const flagGroupSchema = z.object({
  FlagGroupId: idSchema,
  FlagGroupName: z.string(),
  FlagList: z.array(flagSchema),
});
/** UNCONFIRMED shape: flag groups, each with its flags. */
export const flagDictionaryResultSchema = successSchema.extend({ FlagGroupList: z.array(flagGroupSchema) });
export type PostDicomFlag = z.infer<typeof flagSchema>;
export type PostDicomFlagGroup = z.infer<typeof flagGroupSchema>;

export const flagDictionaryInputSchema = z.object({ userUuid: idSchema });
export type FlagDictionaryInput = z.input<typeof flagDictionaryInputSchema>;

/** `GetAccountFlagDictionary(userUuid, callback)`. */
export async function getAccountFlagDictionary(
  input: FlagDictionaryInput,
  options: CallOptions = {},
): Promise<PostDicomFlagGroup[]> {
  const v = parseInput('GetAccountFlagDictionary', flagDictionaryInputSchema, input);
  const result = await runPostDicom(
    {
      method: 'GetAccountFlagDictionary',
      invoke: (api, cb) => api.GetAccountFlagDictionary(v.userUuid, cb),
      schema: flagDictionaryResultSchema,
    },
    options,
  );
  return result.FlagGroupList;
}

export const setFlagInputSchema = z.object({
  userUuid: idSchema,
  patientOrderUuid: idSchema,
  flagGroupId: idSchema,
  flagId: idSchema,
});
export type SetFlagInput = z.input<typeof setFlagInputSchema>;

/** `SetFlagToPatientOrder(userUuid, patientOrderUuid, flagGroupId, flagId, callback)`. */
export async function setFlagToPatientOrder(input: SetFlagInput, options: CallOptions = {}): Promise<void> {
  const v = parseInput('SetFlagToPatientOrder', setFlagInputSchema, input);
  await runPostDicom(
    {
      method: 'SetFlagToPatientOrder',
      invoke: (api, cb) =>
        api.SetFlagToPatientOrder(v.userUuid, v.patientOrderUuid, v.flagGroupId, v.flagId, cb),
      schema: successSchema,
    },
    options,
  );
}

export const postDicomFlagKeys = {
  all: postDicomRoots.flags,
  dictionary: (userUuid: string) => [...postDicomRoots.flags, 'dictionary', userUuid] as const,
};
export const flagDictionaryQueryOptions = (userUuid: string) =>
  queryOptions({
    queryKey: postDicomFlagKeys.dictionary(userUuid),
    queryFn: ({ signal }) => getAccountFlagDictionary({ userUuid }, { signal }),
    staleTime: 10 * 60_000,
  });
export function useAccountFlagDictionary(userUuid: string | undefined) {
  return useQuery({ ...flagDictionaryQueryOptions(userUuid ?? ''), enabled: Boolean(userUuid) });
}
export function useSetFlagToPatientOrder() {
  const invalidate = useInvalidateOrders();
  return useMutation({ mutationFn: (i: SetFlagInput) => setFlagToPatientOrder(i), onSuccess: invalidate });
}
