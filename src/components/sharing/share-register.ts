import type { ShareSubject } from './de-identify';

/**
 * The share register: every share made in this session, in one list. It sits behind one small interface
 * (`ShareRegister`) so that a server-side register (the gateway's `share_register` table, `POST /api/gateway/shares`)
 * can replace the in-memory one without touching the dialogs or the register page.
 *
 * The in-memory register keeps nothing in browser storage: it lives in this tab's memory, and the idle
 * lock clears it (src/app/idle-lock). It holds patient details (what was shared), which the register page
 * shows de-identified until the user reveals them.
 */

export type ShareVendor = 'postdicom' | 'solo';

/** Every share the console can make. */
export const shareKinds = [
  'orders-email',
  'orders-link',
  'folder-email',
  'folder-link',
  'upload-email',
  'upload-link',
  'folder-users',
  'folder-groups',
  'visit-provider-link',
  'visit-teams-link',
  'visit-patient-link',
  'context-link',
] as const;
export type ShareKind = (typeof shareKinds)[number];

export type ShareRecipientKind =
  | 'email'
  | 'password-email'
  | 'link'
  | 'user'
  | 'group'
  | 'provider'
  | 'patient';

export interface ShareRecipient {
  kind: ShareRecipientKind;
  /** An address, a user's or group's name, or (for links) whoever the user hands the link to. */
  label: string;
}

export interface SharePermissions {
  /** Recipients may download the studies (null: the vendor call has no such setting). */
  download: boolean | null;
  /** Recipients may upload studies into the folder. */
  upload: boolean;
  /** How the share is protected: a password the user set, one the vendor mails, or none. */
  password: 'set' | 'vendor-emailed' | 'none';
}

/** What the dialogs hand to the register. */
export interface ShareEntry {
  vendor: ShareVendor;
  kind: ShareKind;
  /** What was shared: orders (studies), a folder, a visit. `label` holds no patient data (e.g. the folder's name). */
  target: { type: 'orders' | 'folder' | 'visit'; ids: string[]; label?: string };
  /** The patients and studies in it, when known (identifying: shown de-identified by default). */
  subjects: ShareSubject[];
  recipients: ShareRecipient[];
  /** The last day of access, `YYYY-MM-DD` (null: no expiry, or none known). */
  expiresOn: string | null;
  permissions: SharePermissions;
  /** The link the vendor answered, when it answered one. */
  link: string | null;
}

export interface ShareRecord extends ShareEntry {
  id: string;
  /** When it was shared (ISO instant). */
  sharedAt: string;
}

export interface ShareRegister {
  /** Records a share that the vendor accepted. */
  add(entry: ShareEntry): Promise<ShareRecord>;
  /** The shares known now, newest first. The same array until something changes (for useSyncExternalStore). */
  list(): readonly ShareRecord[];
  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Forgets every share (the idle lock; the user's "clear"). */
  clear(): void;
}

/** The in-memory register of this tab. `now` is injectable for tests. */
export function createMemoryShareRegister(now: () => Date = () => new Date()): ShareRegister {
  let records: readonly ShareRecord[] = [];
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  return {
    async add(entry) {
      const record: ShareRecord = {
        ...structuredClone(entry),
        id: globalThis.crypto.randomUUID(),
        sharedAt: now().toISOString(),
      };
      records = [record, ...records];
      notify();
      return record;
    },
    list: () => records,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear() {
      if (records.length === 0) return;
      records = [];
      notify();
    },
  };
}

/**
 * `register`, with a copy of each added share sent elsewhere (the gateway's register). The copy never holds
 * up or undoes the share: the vendor has accepted it already. A failed copy is reported to `onCopyFailed`.
 */
export function withServerCopy(
  register: ShareRegister,
  copy: (record: ShareRecord) => Promise<void>,
  onCopyFailed: (record: ShareRecord, error: unknown) => void = () => {},
): ShareRegister {
  return {
    list: register.list,
    subscribe: register.subscribe,
    clear: register.clear,
    async add(entry) {
      const record = await register.add(entry);
      void copy(record).catch((error: unknown) => onCopyFailed(record, error));
      return record;
    },
  };
}

/** This tab's register: the one the dialogs write to unless a provider gives another (./use-share-register.ts). */
export const sessionShareRegister: ShareRegister = createMemoryShareRegister();
