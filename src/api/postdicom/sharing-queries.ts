import { useMutation } from '@tanstack/react-query';
import { type MutationConfig, type WithMutationConfig, withMutationConfig } from '../query-config';
import {
  createPostDicomQuickShareLink,
  createPostDicomQuickShareLinkWithExpireDate,
  type PostDicomQuickShareLinkInput,
  type PostDicomQuickShareLinkWithExpiryInput,
  type PostDicomShareFolderByEmailInput,
  type PostDicomShareFolderByUrlInput,
  type PostDicomShareFolderWithAccountUsersInput,
  type PostDicomShareFolderWithUserGroupsInput,
  type PostDicomShareOrdersByEmailInput,
  type PostDicomShareOrdersByEmailWithExpiryInput,
  sharePostDicomFolderToUploadWithEmail,
  sharePostDicomFolderToUploadWithUrl,
  sharePostDicomFolderWithAccountUser,
  sharePostDicomFolderWithAccountUserGroup,
  sharePostDicomFolderWithEmail,
  sharePostDicomFolderWithUrl,
  sharePostDicomPatientOrder,
  sharePostDicomPatientOrderWithExpireDate,
} from './sharing';

/** The shares: mutations, never retried. Shares change no listed query, so nothing is invalidated. */

function useShare<TData, TVariables>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  mutationConfig: MutationConfig<TData, TVariables> | undefined,
) {
  return useMutation(withMutationConfig({ mutationFn }, mutationConfig));
}

export const useSharePostDicomPatientOrder = ({
  mutationConfig,
}: WithMutationConfig<void, PostDicomShareOrdersByEmailInput> = {}) =>
  useShare((i: PostDicomShareOrdersByEmailInput) => sharePostDicomPatientOrder(i), mutationConfig);
export const useSharePostDicomPatientOrderWithExpireDate = ({
  mutationConfig,
}: WithMutationConfig<void, PostDicomShareOrdersByEmailWithExpiryInput> = {}) =>
  useShare(
    (i: PostDicomShareOrdersByEmailWithExpiryInput) => sharePostDicomPatientOrderWithExpireDate(i),
    mutationConfig,
  );
export const useCreatePostDicomQuickShareLink = ({
  mutationConfig,
}: WithMutationConfig<string, PostDicomQuickShareLinkInput> = {}) =>
  useShare((i: PostDicomQuickShareLinkInput) => createPostDicomQuickShareLink(i), mutationConfig);
export const useCreatePostDicomQuickShareLinkWithExpireDate = ({
  mutationConfig,
}: WithMutationConfig<string, PostDicomQuickShareLinkWithExpiryInput> = {}) =>
  useShare(
    (i: PostDicomQuickShareLinkWithExpiryInput) => createPostDicomQuickShareLinkWithExpireDate(i),
    mutationConfig,
  );
export const useSharePostDicomFolderWithEmail = ({
  mutationConfig,
}: WithMutationConfig<void, PostDicomShareFolderByEmailInput> = {}) =>
  useShare((i: PostDicomShareFolderByEmailInput) => sharePostDicomFolderWithEmail(i), mutationConfig);
export const useSharePostDicomFolderWithUrl = ({
  mutationConfig,
}: WithMutationConfig<string, PostDicomShareFolderByUrlInput> = {}) =>
  useShare((i: PostDicomShareFolderByUrlInput) => sharePostDicomFolderWithUrl(i), mutationConfig);
export const useSharePostDicomFolderToUploadWithEmail = ({
  mutationConfig,
}: WithMutationConfig<void, PostDicomShareFolderByEmailInput> = {}) =>
  useShare((i: PostDicomShareFolderByEmailInput) => sharePostDicomFolderToUploadWithEmail(i), mutationConfig);
export const useSharePostDicomFolderToUploadWithUrl = ({
  mutationConfig,
}: WithMutationConfig<string, PostDicomShareFolderByUrlInput> = {}) =>
  useShare((i: PostDicomShareFolderByUrlInput) => sharePostDicomFolderToUploadWithUrl(i), mutationConfig);
export const useSharePostDicomFolderWithAccountUser = ({
  mutationConfig,
}: WithMutationConfig<void, PostDicomShareFolderWithAccountUsersInput> = {}) =>
  useShare(
    (i: PostDicomShareFolderWithAccountUsersInput) => sharePostDicomFolderWithAccountUser(i),
    mutationConfig,
  );
export const useSharePostDicomFolderWithAccountUserGroup = ({
  mutationConfig,
}: WithMutationConfig<void, PostDicomShareFolderWithUserGroupsInput> = {}) =>
  useShare(
    (i: PostDicomShareFolderWithUserGroupsInput) => sharePostDicomFolderWithAccountUserGroup(i),
    mutationConfig,
  );
