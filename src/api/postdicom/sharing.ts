import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import type { CallOptions } from './call';
import { parseInput } from './errors';
import type { PostDicomCallback, PostDicomCloudApi, PostDicomMethod } from './library';
import { emailSchema, expireDateSchema, idSchema, nonEmptyIdListSchema, successSchema } from './schemas';
import { runPostDicom } from './session';

/**
 * Method group "sharing": orders by email (with / without expiry), quick links (with / without expiry);
 * folders by email, by URL, to-upload by email and by URL, with account users, with user groups.
 * An expiry date in the past is refused before calling (PostDicomInputError, code `expired-date`).
 */

/** UNCONFIRMED shape: link shares answer the link. */
export const shareUrlResultSchema = successSchema.extend({ ShareUrl: z.url() });

async function ack(
  method: PostDicomMethod,
  invoke: (api: PostDicomCloudApi, cb: PostDicomCallback) => void,
  options: CallOptions,
) {
  await runPostDicom({ method, invoke, schema: successSchema }, options);
}
async function link(
  method: PostDicomMethod,
  invoke: (api: PostDicomCloudApi, cb: PostDicomCallback) => void,
  options: CallOptions,
) {
  return (await runPostDicom({ method, invoke, schema: shareUrlResultSchema }, options)).ShareUrl;
}

// ---- Orders -----------------------------------------------------------------------------------------

export const shareOrdersByEmailInputSchema = z.object({
  userUuid: idSchema,
  patientOrderUuidList: nonEmptyIdListSchema,
  /** Gets the link (and the password, unless `emailAddressForSendingSharePassword` is given). */
  emailAddress: emailSchema,
  /** Optional: gets the password separately. */
  emailAddressForSendingSharePassword: z.union([z.literal(''), emailSchema]).default(''),
  userCanDownloadStudies: z.boolean(),
});
export type ShareOrdersByEmailInput = z.input<typeof shareOrdersByEmailInputSchema>;
export const shareOrdersByEmailWithExpiryInputSchema = shareOrdersByEmailInputSchema.extend({
  expireDate: expireDateSchema,
});
export type ShareOrdersByEmailWithExpiryInput = z.input<typeof shareOrdersByEmailWithExpiryInputSchema>;

/** `SharePatientOrder(userUuid, orderUuidList, email, emailForSendingSharePassword, userCanDownloadStudies, callback)`. */
export async function sharePatientOrder(
  input: ShareOrdersByEmailInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parseInput('SharePatientOrder', shareOrdersByEmailInputSchema, input);
  return ack(
    'SharePatientOrder',
    (api, cb) =>
      api.SharePatientOrder(
        v.userUuid,
        v.patientOrderUuidList,
        v.emailAddress,
        v.emailAddressForSendingSharePassword,
        v.userCanDownloadStudies,
        cb,
      ),
    options,
  );
}

/** `SharePatientOrderWithExpireDate(…, expireDate, callback)`. */
export async function sharePatientOrderWithExpireDate(
  input: ShareOrdersByEmailWithExpiryInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parseInput('SharePatientOrderWithExpireDate', shareOrdersByEmailWithExpiryInputSchema, input);
  return ack(
    'SharePatientOrderWithExpireDate',
    (api, cb) =>
      api.SharePatientOrderWithExpireDate(
        v.userUuid,
        v.patientOrderUuidList,
        v.emailAddress,
        v.emailAddressForSendingSharePassword,
        v.userCanDownloadStudies,
        v.expireDate,
        cb,
      ),
    options,
  );
}

export const quickShareLinkInputSchema = z.object({
  userUuid: idSchema,
  patientOrderUuidList: nonEmptyIdListSchema,
  userCanDownloadStudies: z.boolean(),
});
export type QuickShareLinkInput = z.input<typeof quickShareLinkInputSchema>;
export const quickShareLinkWithExpiryInputSchema = quickShareLinkInputSchema.extend({
  expireDate: expireDateSchema,
});
export type QuickShareLinkWithExpiryInput = z.input<typeof quickShareLinkWithExpiryInputSchema>;

/** `CreateQuickShareLink(userUuid, orderUuidList, userCanDownloadStudies, callback)`: the link. */
export async function createQuickShareLink(
  input: QuickShareLinkInput,
  options: CallOptions = {},
): Promise<string> {
  const v = parseInput('CreateQuickShareLink', quickShareLinkInputSchema, input);
  return link(
    'CreateQuickShareLink',
    (api, cb) => api.CreateQuickShareLink(v.userUuid, v.patientOrderUuidList, v.userCanDownloadStudies, cb),
    options,
  );
}

/** `CreateQuickShareLinkWithExpireDate(userUuid, orderUuidList, userCanDownloadStudies, expireDate, callback)`. */
export async function createQuickShareLinkWithExpireDate(
  input: QuickShareLinkWithExpiryInput,
  options: CallOptions = {},
): Promise<string> {
  const v = parseInput('CreateQuickShareLinkWithExpireDate', quickShareLinkWithExpiryInputSchema, input);
  return link(
    'CreateQuickShareLinkWithExpireDate',
    (api, cb) =>
      api.CreateQuickShareLinkWithExpireDate(
        v.userUuid,
        v.patientOrderUuidList,
        v.userCanDownloadStudies,
        v.expireDate,
        cb,
      ),
    options,
  );
}

// ---- Folders ----------------------------------------------------------------------------------------

const folderShareBase = z.object({
  userUuid: idSchema,
  folderUuid: idSchema,
  /** What recipients type to open the share. */
  sharePassword: z.string().min(1, 'Required.'),
  shareTitle: z.string().trim().min(1, 'Required.'),
  shareDescription: z.string().trim().default(''),
  expireDate: expireDateSchema,
  userCanDownloadStudies: z.boolean(),
});
export const shareFolderByUrlInputSchema = folderShareBase;
export type ShareFolderByUrlInput = z.input<typeof shareFolderByUrlInputSchema>;
export const shareFolderByEmailInputSchema = folderShareBase.extend({
  emailAddress: emailSchema,
  emailAddressForSendingSharePassword: z.union([z.literal(''), emailSchema]).default(''),
});
export type ShareFolderByEmailInput = z.input<typeof shareFolderByEmailInputSchema>;

type FolderEmailMethod = 'ShareFolderWithEmail' | 'ShareFolderToUploadWithEmail';
type FolderUrlMethod = 'ShareFolderWithURL' | 'ShareFolderToUploadWithUrl';

async function shareFolderByEmailWith(
  method: FolderEmailMethod,
  input: ShareFolderByEmailInput,
  options: CallOptions,
) {
  const v = parseInput(method, shareFolderByEmailInputSchema, input);
  return ack(
    method,
    (api, cb) =>
      api[method](
        v.userUuid,
        v.folderUuid,
        v.emailAddress,
        v.emailAddressForSendingSharePassword,
        v.sharePassword,
        v.shareTitle,
        v.shareDescription,
        v.expireDate,
        v.userCanDownloadStudies,
        cb,
      ),
    options,
  );
}
async function shareFolderByUrlWith(
  method: FolderUrlMethod,
  input: ShareFolderByUrlInput,
  options: CallOptions,
) {
  const v = parseInput(method, shareFolderByUrlInputSchema, input);
  return link(
    method,
    (api, cb) =>
      api[method](
        v.userUuid,
        v.folderUuid,
        v.sharePassword,
        v.shareTitle,
        v.shareDescription,
        v.expireDate,
        v.userCanDownloadStudies,
        cb,
      ),
    options,
  );
}

/** `ShareFolderWithEmail(userUuid, folderUuid, emailAddress, emailAddressForSendingSharePassword, sharePassword, shareTitle, shareDescription, expireDate, userCanDownloadStudies, callback)`. */
export const shareFolderWithEmail = (
  input: ShareFolderByEmailInput,
  options: CallOptions = {},
): Promise<void> => shareFolderByEmailWith('ShareFolderWithEmail', input, options);
/** `ShareFolderToUploadWithEmail(…)`: recipients may upload into the folder. */
export const shareFolderToUploadWithEmail = (
  input: ShareFolderByEmailInput,
  options: CallOptions = {},
): Promise<void> => shareFolderByEmailWith('ShareFolderToUploadWithEmail', input, options);
/** `ShareFolderWithURL(userUuid, folderUuid, sharePassword, shareTitle, shareDescription, expireDate, userCanDownloadStudies, callback)`: the link. */
export const shareFolderWithUrl = (
  input: ShareFolderByUrlInput,
  options: CallOptions = {},
): Promise<string> => shareFolderByUrlWith('ShareFolderWithURL', input, options);
/** `ShareFolderToUploadWithUrl(…)`: an upload link. */
export const shareFolderToUploadWithUrl = (
  input: ShareFolderByUrlInput,
  options: CallOptions = {},
): Promise<string> => shareFolderByUrlWith('ShareFolderToUploadWithUrl', input, options);

export const shareFolderWithAccountUsersInputSchema = z.object({
  userUuid: idSchema,
  folderUuid: idSchema,
  sharedUserUuidList: nonEmptyIdListSchema,
  expireDate: expireDateSchema,
});
export type ShareFolderWithAccountUsersInput = z.input<typeof shareFolderWithAccountUsersInputSchema>;
export const shareFolderWithUserGroupsInputSchema = z.object({
  userUuid: idSchema,
  folderUuid: idSchema,
  sharedUserGroupUuidList: nonEmptyIdListSchema,
  expireDate: expireDateSchema,
});
export type ShareFolderWithUserGroupsInput = z.input<typeof shareFolderWithUserGroupsInputSchema>;

/**
 * `ShareFolderWithAccountUser(userUuid, folderUuid, sharedUserUuidList, expireDate, callback)`. The doc's table
 * also lists userCanDownloadStudies, but its signature has no such parameter: we follow the signature.
 */
export async function shareFolderWithAccountUser(
  input: ShareFolderWithAccountUsersInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parseInput('ShareFolderWithAccountUser', shareFolderWithAccountUsersInputSchema, input);
  return ack(
    'ShareFolderWithAccountUser',
    (api, cb) =>
      api.ShareFolderWithAccountUser(v.userUuid, v.folderUuid, v.sharedUserUuidList, v.expireDate, cb),
    options,
  );
}

/** `ShareFolderWithAccountUserGroup(userUuid, folderUuid, sharedUserGroupUuidList, expireDate, callback)` (same note). */
export async function shareFolderWithAccountUserGroup(
  input: ShareFolderWithUserGroupsInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parseInput('ShareFolderWithAccountUserGroup', shareFolderWithUserGroupsInputSchema, input);
  return ack(
    'ShareFolderWithAccountUserGroup',
    (api, cb) =>
      api.ShareFolderWithAccountUserGroup(
        v.userUuid,
        v.folderUuid,
        v.sharedUserGroupUuidList,
        v.expireDate,
        cb,
      ),
    options,
  );
}

// ---- Hooks: mutations, never retried; shares change no listed query, so nothing is invalidated ----------

export const useSharePatientOrder = () =>
  useMutation({ mutationFn: (i: ShareOrdersByEmailInput) => sharePatientOrder(i) });
export const useSharePatientOrderWithExpireDate = () =>
  useMutation({ mutationFn: (i: ShareOrdersByEmailWithExpiryInput) => sharePatientOrderWithExpireDate(i) });
export const useCreateQuickShareLink = () =>
  useMutation({ mutationFn: (i: QuickShareLinkInput) => createQuickShareLink(i) });
export const useCreateQuickShareLinkWithExpireDate = () =>
  useMutation({ mutationFn: (i: QuickShareLinkWithExpiryInput) => createQuickShareLinkWithExpireDate(i) });
export const useShareFolderWithEmail = () =>
  useMutation({ mutationFn: (i: ShareFolderByEmailInput) => shareFolderWithEmail(i) });
export const useShareFolderWithUrl = () =>
  useMutation({ mutationFn: (i: ShareFolderByUrlInput) => shareFolderWithUrl(i) });
export const useShareFolderToUploadWithEmail = () =>
  useMutation({ mutationFn: (i: ShareFolderByEmailInput) => shareFolderToUploadWithEmail(i) });
export const useShareFolderToUploadWithUrl = () =>
  useMutation({ mutationFn: (i: ShareFolderByUrlInput) => shareFolderToUploadWithUrl(i) });
export const useShareFolderWithAccountUser = () =>
  useMutation({ mutationFn: (i: ShareFolderWithAccountUsersInput) => shareFolderWithAccountUser(i) });
export const useShareFolderWithAccountUserGroup = () =>
  useMutation({ mutationFn: (i: ShareFolderWithUserGroupsInput) => shareFolderWithAccountUserGroup(i) });
