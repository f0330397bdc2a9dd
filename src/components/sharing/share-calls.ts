import {
  createPostDicomQuickShareLink,
  createPostDicomQuickShareLinkWithExpireDate,
  sharePostDicomFolderToUploadWithEmail,
  sharePostDicomFolderToUploadWithUrl,
  sharePostDicomFolderWithAccountUser,
  sharePostDicomFolderWithAccountUserGroup,
  sharePostDicomFolderWithEmail,
  sharePostDicomFolderWithUrl,
  sharePostDicomPatientOrder,
  sharePostDicomPatientOrderWithExpireDate,
} from '@/api/postdicom/sharing';
import type { ShareFolderCall } from './share-folder-model';
import type { ShareOrdersCall } from './share-orders-model';

/** One planned share call → the adapter's function. Answers the link when the vendor gives one. */
export async function executeShareOrdersCall(call: ShareOrdersCall): Promise<string | null> {
  switch (call.method) {
    case 'SharePatientOrder':
      await sharePostDicomPatientOrder(call.input);
      return null;
    case 'SharePatientOrderWithExpireDate':
      await sharePostDicomPatientOrderWithExpireDate(call.input);
      return null;
    case 'CreateQuickShareLink':
      return createPostDicomQuickShareLink(call.input);
    case 'CreateQuickShareLinkWithExpireDate':
      return createPostDicomQuickShareLinkWithExpireDate(call.input);
  }
}

export async function executeShareFolderCall(call: ShareFolderCall): Promise<string | null> {
  switch (call.method) {
    case 'ShareFolderWithEmail':
      await sharePostDicomFolderWithEmail(call.input);
      return null;
    case 'ShareFolderToUploadWithEmail':
      await sharePostDicomFolderToUploadWithEmail(call.input);
      return null;
    case 'ShareFolderWithURL':
      return sharePostDicomFolderWithUrl(call.input);
    case 'ShareFolderToUploadWithUrl':
      return sharePostDicomFolderToUploadWithUrl(call.input);
    case 'ShareFolderWithAccountUser':
      await sharePostDicomFolderWithAccountUser(call.input);
      return null;
    case 'ShareFolderWithAccountUserGroup':
      await sharePostDicomFolderWithAccountUserGroup(call.input);
      return null;
  }
}

export interface ShareRunResult<C> {
  /** The calls the vendor accepted, with the link each answered. */
  done: { call: C; link: string | null }[];
  /** The call that failed (the rest were not sent), with its error. */
  failed: { call: C; error: unknown } | null;
}

/**
 * Sends the calls one after the other; each accepted one is reported (`onDone`, e.g. to the register) before
 * the next is sent. Stops at the first failure, so the caller can keep only what was not sent for a retry:
 * a retry never shares twice with the same recipient.
 */
export async function runShareCalls<C>(
  calls: readonly C[],
  execute: (call: C) => Promise<string | null>,
  onDone: (call: C, link: string | null) => unknown,
): Promise<ShareRunResult<C>> {
  const done: ShareRunResult<C>['done'] = [];
  for (const call of calls) {
    let link: string | null;
    try {
      link = await execute(call);
    } catch (error) {
      return { done, failed: { call, error } };
    }
    done.push({ call, link });
    await onDone(call, link);
  }
  return { done, failed: null };
}
