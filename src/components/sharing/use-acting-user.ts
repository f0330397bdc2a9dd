import { usePostDicomAccount } from '@/api/postdicom/queries';

/**
 * The PostDICOM user the console acts as (every library call takes one). ASSUMED, until sign-in maps a staff
 * member to a PostDICOM user: the account's first user (the front desk's shared user).
 */
export function usePostDicomActingUser() {
  const account = usePostDicomAccount();
  const user = account.data?.UserList[0];
  return {
    userUuid: user?.UserUuid,
    users: account.data?.UserList ?? [],
    account: account.data,
    isPending: account.isPending,
    error: account.error,
    refetch: account.refetch,
  };
}
