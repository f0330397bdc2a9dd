import { expect, type Locator, type Page } from '@playwright/test';
import { type Lang, navigate, openConsole, type Scheme } from './console';

/**
 * Page objects of the sharing area (src/features/sharing, src/components/sharing). Names are the ones a
 * user reads (roles and labels), in English unless a test switches language.
 */

export interface MockShareRecord {
  method: string;
  targetUuids: string[];
  recipients: string[];
  expireDate: string;
  userCanDownloadStudies: boolean;
  url: string | null;
}

/** How many times the PostDICOM simulation was asked for this method (window.__consoleMocks). */
export function postDicomCalls(page: Page, method: string): Promise<number> {
  return page.evaluate((m) => window.__consoleMocks?.postdicom.calls(m) ?? -1, method);
}

/** The shares the PostDICOM simulation recorded, in the order they were made. */
export function postDicomShares(page: Page): Promise<MockShareRecord[]> {
  return page.evaluate(() => (window.__consoleMocks?.postdicom.shares() ?? []) as MockShareRecord[]);
}

export async function openSharing(
  page: Page,
  path = '/sharing',
  options: { scheme?: Scheme; lang?: Lang } = {},
) {
  await openConsole(page, path, options);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The studies page, with its search answered. */
export async function openStudies(page: Page) {
  await navigate(page, '/sharing/studies');
  await expect(page.getByTestId('study-row').first()).toBeVisible();
}

/** Ticks the first `count` studies of the list; answers their uuids. */
export async function selectStudies(page: Page, count: number): Promise<string[]> {
  const uuids: string[] = [];
  for (let i = 0; i < count; i++) {
    const row = page.getByTestId('study-row').nth(i);
    await row.getByRole('checkbox').check();
    uuids.push((await row.getAttribute('data-uuid')) ?? '');
  }
  return uuids;
}

export class ShareDialog {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog');
  }
  async expectOpen() {
    await expect(this.root.getByTestId('share-review')).toBeVisible();
  }
  recipients() {
    return this.root.getByRole('combobox', { name: /^Recipients/ });
  }
  async addRecipients(...addresses: string[]) {
    const input = this.recipients();
    for (const address of addresses) {
      await input.fill(address);
      await input.press('Enter');
    }
  }
  async passwordTo(address: string) {
    await this.root.getByRole('checkbox', { name: 'Send the password to a second address' }).check();
    await this.root.getByRole('textbox', { name: /^Address for the password/ }).fill(address);
  }
  async expiry(choice: '7' | '30' | '90' | 'none' | string) {
    if (choice === 'none') await this.root.getByRole('radio', { name: 'No expiry' }).check();
    else if (/^\d+$/.test(choice)) await this.root.getByRole('radio', { name: `In ${choice} days` }).check();
    else {
      await this.root.getByRole('radio', { name: 'On a date…' }).check();
      await this.root.getByRole('textbox', { name: /^Last day of access/ }).fill(choice);
    }
  }
  async mode(label: string) {
    await this.root.getByText(label, { exact: true }).click();
  }
  async review() {
    await this.root.getByTestId('share-review').click();
  }
  confirmation() {
    return this.root.getByTestId('share-confirmation');
  }
  async send() {
    await this.root.getByTestId('share-send').click();
    await expect(this.root.getByTestId('share-done')).toBeVisible();
  }
  async link(): Promise<string> {
    return this.root.getByTestId('share-link').inputValue();
  }
  async close() {
    await this.root.getByRole('button', { name: 'Done' }).click();
    await expect(this.root).toBeHidden();
  }
  /** The message under a field (its accessible description includes it). */
  error(text: string | RegExp) {
    return this.root.getByText(text);
  }
}

/** The share register's cards. */
export function registerRecords(page: Page) {
  return page.getByTestId('share-register').getByTestId('share-record');
}
