import { z } from 'zod';
import type { CallOptions } from '../http';
import { openPostDicomSession, type PostDicomAccount, runPostDicom } from './client';
import { postDicomIdSchema, postDicomSuccessSchema } from './common';
import { parsePostDicomInput } from './errors';

/**
 * Method group "account": Initialize (account, users, institutions; its schemas are the session's, in
 * ./client.ts) and GetUserGroupList.
 */

/** `Initialize`: the account with its users (`UserList[].UserUuid`) and institutions, whose uuids other calls take. */
export async function initializePostDicom(
  options: CallOptions & { force?: boolean } = {},
): Promise<PostDicomAccount> {
  return (await openPostDicomSession(options)).account;
}

export const postDicomUserGroupSchema = z.object({
  UserGroupUuid: postDicomIdSchema,
  UserGroupName: z.string(),
  UserUuidList: z.array(z.string()).optional(),
});
export const postDicomUserGroupListResultSchema = postDicomSuccessSchema.extend({
  UserGroupList: z.array(postDicomUserGroupSchema),
});
export type PostDicomUserGroup = z.infer<typeof postDicomUserGroupSchema>;

export const postDicomUserGroupListInputSchema = z.object({ userUuid: postDicomIdSchema });
export type PostDicomUserGroupListInput = z.input<typeof postDicomUserGroupListInputSchema>;

/** `GetUserGroupList(userUuid, callback)`. */
export async function getPostDicomUserGroupList(
  input: PostDicomUserGroupListInput,
  options: CallOptions = {},
): Promise<PostDicomUserGroup[]> {
  const { userUuid } = parsePostDicomInput('GetUserGroupList', postDicomUserGroupListInputSchema, input);
  const result = await runPostDicom(
    {
      method: 'GetUserGroupList',
      invoke: (api, callback) => api.GetUserGroupList(userUuid, callback),
      schema: postDicomUserGroupListResultSchema,
    },
    options,
  );
  return result.UserGroupList;
}
