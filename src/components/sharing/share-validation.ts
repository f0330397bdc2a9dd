import type { InputIssue } from '@/api/errors';
import { postDicomEmailSchema } from '@/api/postdicom/common';
import { assessSharePassword, type SharePasswordProblem } from './share-password';

/**
 * The checks the share forms have in common. Every message is a translation key (`validation.*`, in the
 * "sharing" namespace or, for the shared ones, "common"), never text.
 */

export type ShareValidation<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

export function isEmailAddress(value: string): boolean {
  return postDicomEmailSchema.safeParse(value.trim()).success;
}

/** Recipients: at least one, each a valid address, none twice. */
export function checkRecipients(recipients: readonly string[], path: string, issues: InputIssue[]): string[] {
  const clean = recipients.map((r) => r.trim()).filter(Boolean);
  if (clean.length === 0) {
    issues.push({ path, message: 'validation.noRecipient' });
    return clean;
  }
  const seen = new Set<string>();
  clean.forEach((address, index) => {
    const key = address.toLowerCase();
    if (!isEmailAddress(address))
      issues.push({ path: `${path}.${index}`, message: 'validation.emailAddress', params: { address } });
    else if (seen.has(key))
      issues.push({ path: `${path}.${index}`, message: 'validation.duplicateEmail', params: { address } });
    seen.add(key);
  });
  return clean;
}

/** The optional second address that gets the password: valid, and not one of the link's recipients. */
export function checkPasswordEmail(
  wanted: boolean,
  value: string,
  recipients: readonly string[],
  path: string,
  issues: InputIssue[],
): string | null {
  if (!wanted) return null;
  const address = value.trim();
  if (!address) issues.push({ path, message: 'validation.required' });
  else if (!isEmailAddress(address)) issues.push({ path, message: 'validation.email' });
  else if (recipients.some((r) => r.trim().toLowerCase() === address.toLowerCase()))
    issues.push({ path, message: 'validation.passwordEmailIsRecipient' });
  return address || null;
}

const passwordMessages: Record<SharePasswordProblem, InputIssue['message']> = {
  tooShort: 'validation.passwordTooShort',
  fewKinds: 'validation.passwordFewKinds',
  common: 'validation.passwordCommon',
  pattern: 'validation.passwordPattern',
};

/** A typed password: required and strong enough (the first problem is the one shown). */
export function checkPassword(password: string, path: string, issues: InputIssue[]): void {
  if (!password) {
    issues.push({ path, message: 'validation.required' });
    return;
  }
  const problem = assessSharePassword(password).problems[0];
  if (problem) issues.push({ path, message: passwordMessages[problem] });
}
