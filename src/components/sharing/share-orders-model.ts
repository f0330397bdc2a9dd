import type { InputIssue } from '@/api/errors';
import type {
  PostDicomQuickShareLinkInput,
  PostDicomQuickShareLinkWithExpiryInput,
  PostDicomShareOrdersByEmailInput,
  PostDicomShareOrdersByEmailWithExpiryInput,
} from '@/api/postdicom/sharing';
import { isIsoDate } from '@/lib/mappings/datetime';
import { DEFAULT_SHARE_EXPIRY_DAYS, resolveShareExpiry, type ShareExpiryChoice } from './share-expiry';
import { checkPasswordEmail, checkRecipients, type ShareValidation } from './share-validation';

/**
 * The "share studies" form (PostDICOM orders): its values, its checks, and the pure form → vendor calls
 * step. By email, one call per recipient (the vendor takes one address per call); or a quick link.
 * Safe defaults: no download, an expiry 7 days out. "No expiry" must be chosen on purpose.
 */

export type ShareOrdersMode = 'email' | 'link';

export interface ShareOrdersFormValues {
  mode: ShareOrdersMode;
  recipients: string[];
  passwordToSecondAddress: boolean;
  passwordEmail: string;
  allowDownload: boolean;
  expiry: ShareExpiryChoice;
  /** The custom day (`YYYY-MM-DD`) when `expiry` is 'date'. */
  expiryDate: string;
}

export function emptyShareOrdersForm(mode: ShareOrdersMode = 'email'): ShareOrdersFormValues {
  return {
    mode,
    recipients: [],
    passwordToSecondAddress: false,
    passwordEmail: '',
    allowDownload: false,
    expiry: `${DEFAULT_SHARE_EXPIRY_DAYS}`,
    expiryDate: '',
  };
}

export type ShareOrdersCall =
  | { method: 'SharePatientOrder'; recipient: string; input: PostDicomShareOrdersByEmailInput }
  | {
      method: 'SharePatientOrderWithExpireDate';
      recipient: string;
      input: PostDicomShareOrdersByEmailWithExpiryInput;
    }
  | { method: 'CreateQuickShareLink'; input: PostDicomQuickShareLinkInput }
  | { method: 'CreateQuickShareLinkWithExpireDate'; input: PostDicomQuickShareLinkWithExpiryInput };

/** What the confirmation restates, and the calls that carry it out. */
export interface ShareOrdersPlan {
  mode: ShareOrdersMode;
  orderUuids: string[];
  recipients: string[];
  passwordEmail: string | null;
  allowDownload: boolean;
  expiresOn: string | null;
  calls: ShareOrdersCall[];
}

export interface ShareOrdersContext {
  userUuid: string;
  orderUuids: readonly string[];
  /** The user's calendar day (`YYYY-MM-DD`), for the presets and the "not in the past" rule. */
  today: string;
}

/** Checks an expiry choice: a real day, today or later. */
export function checkExpiry(
  choice: ShareExpiryChoice,
  customDate: string,
  today: string,
  issues: InputIssue[],
): string | null {
  const day = resolveShareExpiry(choice, customDate, today);
  if (day === null) return null;
  if (!day) issues.push({ path: 'expiryDate', message: 'validation.required' });
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
    issues.push({ path: 'expiryDate', message: 'validation.isoDate' });
  else if (!isIsoDate(day)) issues.push({ path: 'expiryDate', message: 'validation.noSuchDate' });
  else if (day < today) issues.push({ path: 'expiryDate', message: 'validation.expiryInPast' });
  return day;
}

/** The form's checks and the vendor calls it gives; issue paths are the form's fields. */
export function planShareOrders(
  values: ShareOrdersFormValues,
  context: ShareOrdersContext,
): ShareValidation<ShareOrdersPlan> {
  const issues: InputIssue[] = [];
  const orderUuids = [...context.orderUuids];
  if (orderUuids.length === 0) issues.push({ path: '', message: 'validation.noStudies' });
  const expiresOn = checkExpiry(values.expiry, values.expiryDate, context.today, issues);
  const allowDownload = values.allowDownload === true;
  let recipients: string[] = [];
  let passwordEmail: string | null = null;
  if (values.mode === 'email') {
    recipients = checkRecipients(values.recipients, 'recipients', issues);
    passwordEmail = checkPasswordEmail(
      values.passwordToSecondAddress,
      values.passwordEmail,
      recipients,
      'passwordEmail',
      issues,
    );
  }
  if (issues.length > 0) return { ok: false, issues };

  const base = {
    userUuid: context.userUuid,
    patientOrderUuidList: orderUuids,
    userCanDownloadStudies: allowDownload,
  };
  const calls: ShareOrdersCall[] =
    values.mode === 'link'
      ? [
          expiresOn
            ? { method: 'CreateQuickShareLinkWithExpireDate', input: { ...base, expireDate: expiresOn } }
            : { method: 'CreateQuickShareLink', input: base },
        ]
      : recipients.map((recipient): ShareOrdersCall => {
          const input = {
            ...base,
            emailAddress: recipient,
            emailAddressForSendingSharePassword: passwordEmail ?? '',
          };
          return expiresOn
            ? {
                method: 'SharePatientOrderWithExpireDate',
                recipient,
                input: { ...input, expireDate: expiresOn },
              }
            : { method: 'SharePatientOrder', recipient, input };
        });
  return {
    ok: true,
    value: { mode: values.mode, orderUuids, recipients, passwordEmail, allowDownload, expiresOn, calls },
  };
}

/** The adapter's input fields → the form's (vendor and input errors land next to the right field). */
export const shareOrdersFieldMap: Record<string, keyof ShareOrdersFormValues> = {
  emailAddress: 'recipients',
  emailAddressForSendingSharePassword: 'passwordEmail',
  expireDate: 'expiryDate',
  userCanDownloadStudies: 'allowDownload',
};
