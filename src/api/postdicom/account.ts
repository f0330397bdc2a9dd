import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { CallOptions } from './call';
import { parseInput } from './errors';
import { postDicomRoots } from './keys';
import { idSchema, successSchema } from './schemas';
import { openPostDicomSession, type PostDicomAccount, runPostDicom } from './session';

/** Method group "account": Initialize (account, users, institutions) and GetUserGroupList. */
export {
  initializeResultSchema,
  type PostDicomAccount,
  type PostDicomInstitution,
  type PostDicomUser,
  postDicomAccountSchema,
  postDicomInstitutionSchema,
  postDicomUserSchema,
} from './session';

/** `Initialize`: the account with its users (`UserList[].UserUuid`) and institutions, whose uuids other calls take. */
export async function initialize(options: CallOptions & { force?: boolean } = {}): Promise<PostDicomAccount> {
  return (await openPostDicomSession(options)).account;
}

export const userGroupSchema = z.object({
  UserGroupUuid: idSchema,
  UserGroupName: z.string(),
  UserUuidList: z.array(z.string()).optional(),
});
export const userGroupListResultSchema = successSchema.extend({ UserGroupList: z.array(userGroupSchema) });
export type PostDicomUserGroup = z.infer<typeof userGroupSchema>;

export const userGroupListInputSchema = z.object({ userUuid: idSchema });
export type UserGroupListInput = z.input<typeof userGroupListInputSchema>;

/** `GetUserGroupList(userUuid, callback)`. */
export async function getUserGroupList(
  input: UserGroupListInput,
  options: CallOptions = {},
): Promise<PostDicomUserGroup[]> {
  const { userUuid } = parseInput('GetUserGroupList', userGroupListInputSchema, input);
  const result = await runPostDicom(
    {
      method: 'GetUserGroupList',
      invoke: (api, callback) => api.GetUserGroupList(userUuid, callback),
      schema: userGroupListResultSchema,
    },
    options,
  );
  return result.UserGroupList;
}

export const postDicomAccountKeys = {
  all: postDicomRoots.account,
  account: () => [...postDicomRoots.account, 'initialize'] as const,
  userGroups: (userUuid: string) => [...postDicomRoots.userGroups, userUuid] as const,
};

export const accountQueryOptions = () =>
  queryOptions({
    queryKey: postDicomAccountKeys.account(),
    queryFn: ({ signal }) => initialize({ signal }),
    staleTime: 5 * 60_000,
  });

export const userGroupListQueryOptions = (userUuid: string) =>
  queryOptions({
    queryKey: postDicomAccountKeys.userGroups(userUuid),
    queryFn: ({ signal }) => getUserGroupList({ userUuid }, { signal }),
  });

/** The PostDICOM account (users, institutions). Loads the library on first use. */
export function usePostDicomAccount() {
  return useQuery(accountQueryOptions());
}

export function useUserGroupList(userUuid: string | undefined) {
  return useQuery({ ...userGroupListQueryOptions(userUuid ?? ''), enabled: Boolean(userUuid) });
}
