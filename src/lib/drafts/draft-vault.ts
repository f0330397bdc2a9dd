/**
 * Unsaved form drafts, kept so that nothing typed is lost on a failure, a reload or the idle lock.
 * Drafts hold patient data, so they are stored encrypted (AES-GCM, WebCrypto) in sessionStorage
 * (this tab only, gone when it closes). The key is a non-extractable CryptoKey kept in IndexedDB:
 * script can use it but never read it out, and it never sits next to the data in clear.
 * Where IndexedDB is missing (tests), the key lives in memory only.
 *
 * A draft expires `DRAFT_MAX_AGE_MS` (12 hours) after it was last saved: older ones are dropped on load,
 * so a tab left open overnight does not offer yesterday's patient. The age is measured on the console's
 * clock (`Date.now()`, pinned in tests).
 */
const PREFIX = 'console.draft.';
const DB_NAME = 'console-vault';
const STORE = 'keys';
const KEY_ID = 'drafts';

/** How long a draft is kept after its last save. */
export const DRAFT_MAX_AGE_MS = 12 * 60 * 60 * 1000;

/** A draft as loaded: its value and when it was last saved (epoch ms). */
export interface StoredDraft {
  value: unknown;
  savedAt: number;
}

let keyPromise: Promise<CryptoKey> | null = null;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function openDb(): Promise<IDBDatabase> {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  return request(open);
}

async function loadOrCreateKey(): Promise<CryptoKey> {
  const generate = () =>
    crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  if (typeof indexedDB === 'undefined') return generate();
  try {
    const db = await openDb();
    const existing = await request(db.transaction(STORE).objectStore(STORE).get(KEY_ID));
    if (existing instanceof CryptoKey) return existing;
    const key = await generate();
    await request(db.transaction(STORE, 'readwrite').objectStore(STORE).put(key, KEY_ID));
    return key;
  } catch {
    return generate();
  }
}

function vaultKey(): Promise<CryptoKey> {
  keyPromise ??= loadOrCreateKey();
  return keyPromise;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Each draft's latest write (a save or a clear). Encryption is asynchronous: a save still encrypting when
 * the form is sent (and its draft cleared), or when a newer save starts, must not write afterwards, or the
 * next form would offer values already sent, or older ones.
 */
const latestWrite = new Map<string, number>();
let writes = 0;
const beginWrite = (name: string) => {
  writes += 1;
  latestWrite.set(name, writes);
  return writes;
};

export async function saveDraft(name: string, value: unknown, savedAt = Date.now()): Promise<void> {
  const write = beginWrite(name);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify({ savedAt, value }));
  const cipher = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await vaultKey(), plain),
  );
  if (latestWrite.get(name) !== write) return;
  sessionStorage.setItem(PREFIX + name, `${toBase64(iv)}.${toBase64(cipher)}`);
}

function isEnvelope(value: unknown): value is StoredDraft {
  return (
    typeof value === 'object' &&
    value !== null &&
    'value' in value &&
    typeof (value as { savedAt?: unknown }).savedAt === 'number'
  );
}

/**
 * The draft with the time it was saved, or undefined when there is none, it cannot be read (another key,
 * tampering, an older format) or it is older than `DRAFT_MAX_AGE_MS` (then it is removed too).
 */
export async function loadStoredDraft(name: string, now = Date.now()): Promise<StoredDraft | undefined> {
  const stored = sessionStorage.getItem(PREFIX + name);
  if (!stored) return undefined;
  const [iv, cipher] = stored.split('.');
  if (!iv || !cipher) return undefined;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(iv) },
      await vaultKey(),
      fromBase64(cipher),
    );
    const parsed: unknown = JSON.parse(new TextDecoder().decode(plain));
    if (!isEnvelope(parsed) || now - parsed.savedAt > DRAFT_MAX_AGE_MS || parsed.savedAt > now + 60_000) {
      clearDraft(name);
      return undefined;
    }
    return { value: parsed.value, savedAt: parsed.savedAt };
  } catch {
    clearDraft(name);
    return undefined;
  }
}

/** The draft's value, or undefined (see `loadStoredDraft`). */
export async function loadDraft(name: string, now = Date.now()): Promise<unknown> {
  return (await loadStoredDraft(name, now))?.value;
}

export function clearDraft(name: string): void {
  beginWrite(name);
  sessionStorage.removeItem(PREFIX + name);
}

/** For tests: forget the in-memory key, as a new tab would (without IndexedDB). */
export function forgetVaultKeyForTests(): void {
  keyPromise = null;
}
