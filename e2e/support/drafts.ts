import { expect, type Page } from '@playwright/test';

/**
 * Reads a form's encrypted draft the way the console does (src/lib/drafts/draft-vault.ts: AES-GCM,
 * `iv.cipher` in base64 under `console.draft.<name>` in sessionStorage, the key in IndexedDB), inside
 * the page, which holds the key. `undefined` while there is none. The vault stores `{ savedAt, value }`:
 * this returns the value (`readDraftSavedAt` the time).
 */
export async function readDraft(page: Page, name: string): Promise<unknown> {
  return ((await readStoredDraft(page, name)) as { value?: unknown } | undefined)?.value;
}

/** When the draft was last saved (epoch ms on the page's clock). */
export async function readDraftSavedAt(page: Page, name: string): Promise<number | undefined> {
  return ((await readStoredDraft(page, name)) as { savedAt?: number } | undefined)?.savedAt;
}

async function readStoredDraft(page: Page, name: string): Promise<unknown> {
  return page.evaluate(async (draftName) => {
    const stored = sessionStorage.getItem(`console.draft.${draftName}`);
    if (!stored) return undefined;
    const [iv, cipher] = stored.split('.');
    const bytes = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    const key = await new Promise<CryptoKey | undefined>((resolve) => {
      const open = indexedDB.open('console-vault');
      open.onerror = () => resolve(undefined);
      open.onsuccess = () => {
        const get = open.result.transaction('keys').objectStore('keys').get('drafts');
        get.onsuccess = () => resolve(get.result as CryptoKey | undefined);
        get.onerror = () => resolve(undefined);
      };
    });
    if (!key || !iv || !cipher) return undefined;
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(iv) }, key, bytes(cipher));
    return JSON.parse(new TextDecoder().decode(plain)) as unknown;
  }, name);
}

/**
 * Waits until the form's saved draft holds `values` (the form saves it shortly after each change):
 * a condition, not a fixed sleep, so a slow machine only makes it wait longer.
 */
export async function waitForDraft(page: Page, name: string, values: Record<string, unknown>) {
  await expect.poll(() => readDraft(page, name)).toMatchObject(values);
}
