import type { InputIssue } from '@/api/errors';
import type {
  PostDicomShareFolderByEmailInput,
  PostDicomShareFolderByUrlInput,
  PostDicomShareFolderWithAccountUsersInput,
  PostDicomShareFolderWithUserGroupsInput,
} from '@/api/postdicom/sharing';
import { DEFAULT_SHARE_EXPIRY_DAYS, type ShareExpiryPresetDays } from './share-expiry';
import { checkExpiry } from './share-orders-model';
import { checkPassword, checkPasswordEmail, checkRecipients, type ShareValidation } from './share-validation';

/**
 * The "share folder" form (PostDICOM folders): by email or by link, "upload to this folder" by email or by
 * link (for receiving studies from outside), or with the account's users or user groups. Every folder share
 * has an expiry (the vendor's calls require one). Email and link shares carry a password, a title and a
 * description; the title the console proposes never holds patient data (the user may type their own).
 */

export const shareFolderModes = ['email', 'url', 'upload-email', 'upload-url', 'users', 'groups'] as const;
export type ShareFolderMode = (typeof shareFolderModes)[number];

/** ASSUMED limits (the vendor gives none): long enough for any subject line, short enough for one. */
export const SHARE_TITLE_MAX_LENGTH = 200;
export const SHARE_DESCRIPTION_MAX_LENGTH = 1000;

export interface ShareFolderFormValues {
  mode: ShareFolderMode;
  recipients: string[];
  passwordToSecondAddress: boolean;
  passwordEmail: string;
  password: string;
  title: string;
  description: string;
  allowDownload: boolean;
  expiry: `${ShareExpiryPresetDays}` | 'date';
  expiryDate: string;
  userUuids: string[];
  groupUuids: string[];
}

/** `title` is the console's own, patient-free proposal (translated by the caller). */
export function emptyShareFolderForm(mode: ShareFolderMode, title: string): ShareFolderFormValues {
  return {
    mode,
    recipients: [],
    passwordToSecondAddress: false,
    passwordEmail: '',
    password: '',
    title,
    description: '',
    allowDownload: false,
    expiry: `${DEFAULT_SHARE_EXPIRY_DAYS}`,
    expiryDate: '',
    userUuids: [],
    groupUuids: [],
  };
}

export function isEmailMode(mode: ShareFolderMode): boolean {
  return mode === 'email' || mode === 'upload-email';
}
export function isLinkMode(mode: ShareFolderMode): boolean {
  return mode === 'url' || mode === 'upload-url';
}
export function isUploadMode(mode: ShareFolderMode): boolean {
  return mode === 'upload-email' || mode === 'upload-url';
}
/** Modes with a password, a title and a description. */
export function hasPassword(mode: ShareFolderMode): boolean {
  return isEmailMode(mode) || isLinkMode(mode);
}

export type ShareFolderCall =
  | {
      method: 'ShareFolderWithEmail' | 'ShareFolderToUploadWithEmail';
      recipient: string;
      input: PostDicomShareFolderByEmailInput;
    }
  | { method: 'ShareFolderWithURL' | 'ShareFolderToUploadWithUrl'; input: PostDicomShareFolderByUrlInput }
  | { method: 'ShareFolderWithAccountUser'; input: PostDicomShareFolderWithAccountUsersInput }
  | { method: 'ShareFolderWithAccountUserGroup'; input: PostDicomShareFolderWithUserGroupsInput };

export interface ShareFolderPlan {
  mode: ShareFolderMode;
  folderUuid: string;
  recipients: string[];
  passwordEmail: string | null;
  userUuids: string[];
  groupUuids: string[];
  title: string;
  allowDownload: boolean;
  expiresOn: string;
  calls: ShareFolderCall[];
}

export interface ShareFolderContext {
  userUuid: string;
  folderUuid: string;
  today: string;
}

export function planShareFolder(
  values: ShareFolderFormValues,
  context: ShareFolderContext,
): ShareValidation<ShareFolderPlan> {
  const issues: InputIssue[] = [];
  const { mode } = values;
  const expiresOn = checkExpiry(values.expiry, values.expiryDate, context.today, issues) ?? '';
  let recipients: string[] = [];
  let passwordEmail: string | null = null;
  const title = values.title.trim();
  const description = values.description.trim();
  if (isEmailMode(mode)) {
    recipients = checkRecipients(values.recipients, 'recipients', issues);
    passwordEmail = checkPasswordEmail(
      values.passwordToSecondAddress,
      values.passwordEmail,
      recipients,
      'passwordEmail',
      issues,
    );
  }
  if (hasPassword(mode)) {
    checkPassword(values.password, 'password', issues);
    if (!title) issues.push({ path: 'title', message: 'validation.required' });
    else if ([...title].length > SHARE_TITLE_MAX_LENGTH)
      issues.push({
        path: 'title',
        message: 'validation.tooLong',
        params: { maximum: SHARE_TITLE_MAX_LENGTH },
      });
    if ([...description].length > SHARE_DESCRIPTION_MAX_LENGTH)
      issues.push({
        path: 'description',
        message: 'validation.tooLong',
        params: { maximum: SHARE_DESCRIPTION_MAX_LENGTH },
      });
  }
  const userUuids = mode === 'users' ? [...new Set(values.userUuids)] : [];
  const groupUuids = mode === 'groups' ? [...new Set(values.groupUuids)] : [];
  if (mode === 'users' && userUuids.length === 0)
    issues.push({ path: 'userUuids', message: 'validation.noUsers' });
  if (mode === 'groups' && groupUuids.length === 0)
    issues.push({ path: 'groupUuids', message: 'validation.noGroups' });
  if (issues.length > 0) return { ok: false, issues };

  const base = { userUuid: context.userUuid, folderUuid: context.folderUuid, expireDate: expiresOn };
  const protectedShare = {
    ...base,
    sharePassword: values.password,
    shareTitle: title,
    shareDescription: description,
    userCanDownloadStudies: values.allowDownload === true,
  };
  let calls: ShareFolderCall[];
  if (isEmailMode(mode)) {
    const method = mode === 'email' ? 'ShareFolderWithEmail' : 'ShareFolderToUploadWithEmail';
    calls = recipients.map((recipient) => ({
      method,
      recipient,
      input: {
        ...protectedShare,
        emailAddress: recipient,
        emailAddressForSendingSharePassword: passwordEmail ?? '',
      },
    }));
  } else if (isLinkMode(mode)) {
    calls = [
      { method: mode === 'url' ? 'ShareFolderWithURL' : 'ShareFolderToUploadWithUrl', input: protectedShare },
    ];
  } else if (mode === 'users') {
    calls = [{ method: 'ShareFolderWithAccountUser', input: { ...base, sharedUserUuidList: userUuids } }];
  } else {
    calls = [
      { method: 'ShareFolderWithAccountUserGroup', input: { ...base, sharedUserGroupUuidList: groupUuids } },
    ];
  }
  return {
    ok: true,
    value: {
      mode,
      folderUuid: context.folderUuid,
      recipients,
      passwordEmail,
      userUuids,
      groupUuids,
      title,
      allowDownload: hasPassword(mode) && values.allowDownload === true,
      expiresOn,
      calls,
    },
  };
}

export const shareFolderFieldMap: Record<string, keyof ShareFolderFormValues> = {
  emailAddress: 'recipients',
  emailAddressForSendingSharePassword: 'passwordEmail',
  sharePassword: 'password',
  shareTitle: 'title',
  shareDescription: 'description',
  expireDate: 'expiryDate',
  sharedUserUuidList: 'userUuids',
  sharedUserGroupUuidList: 'groupUuids',
  userCanDownloadStudies: 'allowDownload',
};
