import { z } from 'zod';
import type { CallOptions } from '../http';
import { runPostDicom } from './client';
import {
  postDicomEmailSchema,
  postDicomExpireDateSchema,
  postDicomIdSchema,
  postDicomNonEmptyIdListSchema,
  postDicomSuccessSchema,
} from './common';
import { parsePostDicomInput } from './errors';
import type { PostDicomCallback, PostDicomCloudApi, PostDicomMethod } from './library';

/**
 * Method group "sharing": orders by email (with / without expiry), quick links (with / without expiry);
 * folders by email, by URL, to-runPostDicomUpload by email and by URL, with account users, with user groups.
 * An expiry date in the past is refused before calling (InputError, code `expired-date`).
 */

/** UNCONFIRMED shape: link shares answer the link. */
export const postDicomShareUrlResultSchema = postDicomSuccessSchema.extend({ ShareUrl: z.url() });

async function ack(
  method: PostDicomMethod,
  invoke: (api: PostDicomCloudApi, cb: PostDicomCallback) => void,
  options: CallOptions,
) {
  await runPostDicom({ method, invoke, schema: postDicomSuccessSchema }, options);
}
async function link(
  method: PostDicomMethod,
  invoke: (api: PostDicomCloudApi, cb: PostDicomCallback) => void,
  options: CallOptions,
) {
  return (await runPostDicom({ method, invoke, schema: postDicomShareUrlResultSchema }, options)).ShareUrl;
}

// ---- Orders -----------------------------------------------------------------------------------------

export const postDicomShareOrdersByEmailInputSchema = z.object({
  userUuid: postDicomIdSchema,
  patientOrderUuidList: postDicomNonEmptyIdListSchema,
  /** Gets the link (and the password, unless `emailAddressForSendingSharePassword` is given). */
  emailAddress: postDicomEmailSchema,
  /** Optional: gets the password separately. */
  emailAddressForSendingSharePassword: z.union([z.literal(''), postDicomEmailSchema]).default(''),
  userCanDownloadStudies: z.boolean(),
});
export type PostDicomShareOrdersByEmailInput = z.input<typeof postDicomShareOrdersByEmailInputSchema>;
export const postDicomShareOrdersByEmailWithExpiryInputSchema = postDicomShareOrdersByEmailInputSchema.extend(
  {
    expireDate: postDicomExpireDateSchema,
  },
);
export type PostDicomShareOrdersByEmailWithExpiryInput = z.input<
  typeof postDicomShareOrdersByEmailWithExpiryInputSchema
>;

/** `SharePatientOrder(userUuid, orderUuidList, email, emailForSendingSharePassword, userCanDownloadStudies, callback)`. */
export async function sharePostDicomPatientOrder(
  input: PostDicomShareOrdersByEmailInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parsePostDicomInput('SharePatientOrder', postDicomShareOrdersByEmailInputSchema, input);
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
export async function sharePostDicomPatientOrderWithExpireDate(
  input: PostDicomShareOrdersByEmailWithExpiryInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parsePostDicomInput(
    'SharePatientOrderWithExpireDate',
    postDicomShareOrdersByEmailWithExpiryInputSchema,
    input,
  );
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

export const postDicomQuickShareLinkInputSchema = z.object({
  userUuid: postDicomIdSchema,
  patientOrderUuidList: postDicomNonEmptyIdListSchema,
  userCanDownloadStudies: z.boolean(),
});
export type PostDicomQuickShareLinkInput = z.input<typeof postDicomQuickShareLinkInputSchema>;
export const postDicomQuickShareLinkWithExpiryInputSchema = postDicomQuickShareLinkInputSchema.extend({
  expireDate: postDicomExpireDateSchema,
});
export type PostDicomQuickShareLinkWithExpiryInput = z.input<
  typeof postDicomQuickShareLinkWithExpiryInputSchema
>;

/** `CreateQuickShareLink(userUuid, orderUuidList, userCanDownloadStudies, callback)`: the link. */
export async function createPostDicomQuickShareLink(
  input: PostDicomQuickShareLinkInput,
  options: CallOptions = {},
): Promise<string> {
  const v = parsePostDicomInput('CreateQuickShareLink', postDicomQuickShareLinkInputSchema, input);
  return link(
    'CreateQuickShareLink',
    (api, cb) => api.CreateQuickShareLink(v.userUuid, v.patientOrderUuidList, v.userCanDownloadStudies, cb),
    options,
  );
}

/** `CreateQuickShareLinkWithExpireDate(userUuid, orderUuidList, userCanDownloadStudies, expireDate, callback)`. */
export async function createPostDicomQuickShareLinkWithExpireDate(
  input: PostDicomQuickShareLinkWithExpiryInput,
  options: CallOptions = {},
): Promise<string> {
  const v = parsePostDicomInput(
    'CreateQuickShareLinkWithExpireDate',
    postDicomQuickShareLinkWithExpiryInputSchema,
    input,
  );
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
  userUuid: postDicomIdSchema,
  folderUuid: postDicomIdSchema,
  /** What recipients type to open the share. */
  sharePassword: z.string().min(1),
  shareTitle: z.string().trim().min(1),
  shareDescription: z.string().trim().default(''),
  expireDate: postDicomExpireDateSchema,
  userCanDownloadStudies: z.boolean(),
});
export const postDicomShareFolderByUrlInputSchema = folderShareBase;
export type PostDicomShareFolderByUrlInput = z.input<typeof postDicomShareFolderByUrlInputSchema>;
export const postDicomShareFolderByEmailInputSchema = folderShareBase.extend({
  emailAddress: postDicomEmailSchema,
  emailAddressForSendingSharePassword: z.union([z.literal(''), postDicomEmailSchema]).default(''),
});
export type PostDicomShareFolderByEmailInput = z.input<typeof postDicomShareFolderByEmailInputSchema>;

type FolderEmailMethod = 'ShareFolderWithEmail' | 'ShareFolderToUploadWithEmail';
type FolderUrlMethod = 'ShareFolderWithURL' | 'ShareFolderToUploadWithUrl';

async function shareFolderByEmailWith(
  method: FolderEmailMethod,
  input: PostDicomShareFolderByEmailInput,
  options: CallOptions,
) {
  const v = parsePostDicomInput(method, postDicomShareFolderByEmailInputSchema, input);
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
  input: PostDicomShareFolderByUrlInput,
  options: CallOptions,
) {
  const v = parsePostDicomInput(method, postDicomShareFolderByUrlInputSchema, input);
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
export const sharePostDicomFolderWithEmail = (
  input: PostDicomShareFolderByEmailInput,
  options: CallOptions = {},
): Promise<void> => shareFolderByEmailWith('ShareFolderWithEmail', input, options);
/** `ShareFolderToUploadWithEmail(…)`: recipients may runPostDicomUpload into the folder. */
export const sharePostDicomFolderToUploadWithEmail = (
  input: PostDicomShareFolderByEmailInput,
  options: CallOptions = {},
): Promise<void> => shareFolderByEmailWith('ShareFolderToUploadWithEmail', input, options);
/** `ShareFolderWithURL(userUuid, folderUuid, sharePassword, shareTitle, shareDescription, expireDate, userCanDownloadStudies, callback)`: the link. */
export const sharePostDicomFolderWithUrl = (
  input: PostDicomShareFolderByUrlInput,
  options: CallOptions = {},
): Promise<string> => shareFolderByUrlWith('ShareFolderWithURL', input, options);
/** `ShareFolderToUploadWithUrl(…)`: an runPostDicomUpload link. */
export const sharePostDicomFolderToUploadWithUrl = (
  input: PostDicomShareFolderByUrlInput,
  options: CallOptions = {},
): Promise<string> => shareFolderByUrlWith('ShareFolderToUploadWithUrl', input, options);

export const postDicomShareFolderWithAccountUsersInputSchema = z.object({
  userUuid: postDicomIdSchema,
  folderUuid: postDicomIdSchema,
  sharedUserUuidList: postDicomNonEmptyIdListSchema,
  expireDate: postDicomExpireDateSchema,
});
export type PostDicomShareFolderWithAccountUsersInput = z.input<
  typeof postDicomShareFolderWithAccountUsersInputSchema
>;
export const postDicomShareFolderWithUserGroupsInputSchema = z.object({
  userUuid: postDicomIdSchema,
  folderUuid: postDicomIdSchema,
  sharedUserGroupUuidList: postDicomNonEmptyIdListSchema,
  expireDate: postDicomExpireDateSchema,
});
export type PostDicomShareFolderWithUserGroupsInput = z.input<
  typeof postDicomShareFolderWithUserGroupsInputSchema
>;

/**
 * `ShareFolderWithAccountUser(userUuid, folderUuid, sharedUserUuidList, expireDate, callback)`. The doc's table
 * also lists userCanDownloadStudies, but its signature has no such parameter: we follow the signature.
 */
export async function sharePostDicomFolderWithAccountUser(
  input: PostDicomShareFolderWithAccountUsersInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parsePostDicomInput(
    'ShareFolderWithAccountUser',
    postDicomShareFolderWithAccountUsersInputSchema,
    input,
  );
  return ack(
    'ShareFolderWithAccountUser',
    (api, cb) =>
      api.ShareFolderWithAccountUser(v.userUuid, v.folderUuid, v.sharedUserUuidList, v.expireDate, cb),
    options,
  );
}

/** `ShareFolderWithAccountUserGroup(userUuid, folderUuid, sharedUserGroupUuidList, expireDate, callback)` (same note). */
export async function sharePostDicomFolderWithAccountUserGroup(
  input: PostDicomShareFolderWithUserGroupsInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parsePostDicomInput(
    'ShareFolderWithAccountUserGroup',
    postDicomShareFolderWithUserGroupsInputSchema,
    input,
  );
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

// ---- Refusals -------------------------------------------------------------------------------------

/**
 * The library refuses a share with `{ Success: false, Message }` and no field. This names the input field a
 * refusal is about, so the form can show it there. ASSUMED wording (the vendor's page gives none): the
 * simulation's messages, which follow the parameter names of the doc. Null: the message names no field.
 */
export function postDicomShareRefusalField(message: string, input: object = {}): string | null {
  const text = message.toLowerCase();
  if (text.includes('email')) {
    const second = (input as { emailAddressForSendingSharePassword?: unknown })
      .emailAddressForSendingSharePassword;
    if (typeof second === 'string' && second && text.includes(second.toLowerCase()))
      return 'emailAddressForSendingSharePassword';
    return 'emailAddress';
  }
  if (/expir/.test(text)) return 'expireDate';
  if (text.includes('password')) return 'sharePassword';
  if (text.includes('title')) return 'shareTitle';
  if (text.includes('user group')) return 'sharedUserGroupUuidList';
  if (/no user was given|^user not found/.test(text)) return 'sharedUserUuidList';
  if (text.includes('patient order')) return 'patientOrderUuidList';
  return null;
}
