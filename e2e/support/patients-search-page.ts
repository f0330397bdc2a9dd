import { expect, type Locator, type Page } from '@playwright/test';
import type { VendorId } from '../../src/api/errors';
import { navigate } from './console';

/** The patient search page (`/patients`): the box, the vendor cards, the results. */
export class PatientSearchPage {
  readonly box: Locator;
  readonly results: Locator;
  readonly summary: Locator;
  readonly recognised: Locator;

  constructor(readonly page: Page) {
    this.box = page.getByTestId('patient-search-box');
    this.results = page.getByTestId('patient-result');
    this.summary = page.getByTestId('patient-results-summary');
    this.recognised = page.getByTestId('patient-search-recognised');
  }

  static path(query?: string): string {
    return query ? `/patients?q=${encodeURIComponent(query)}` : '/patients';
  }

  async goto(query?: string) {
    await navigate(this.page, PatientSearchPage.path(query));
    await expect(this.box).toBeVisible();
  }

  vendor(vendor: VendorId): Locator {
    return this.page.getByTestId(`vendor-status-${vendor}`);
  }

  /** Waits until no vendor is still searching. */
  async settled() {
    for (const vendor of ['solo', 'impilo', 'eden', 'postdicom', 'scan'] as const)
      await expect(this.vendor(vendor)).not.toHaveAttribute('data-status', 'searching', { timeout: 30_000 });
  }

  async search(text: string) {
    await this.box.fill(text);
    await expect(this.summary).toBeVisible();
    await this.settled();
  }

  /** The result row whose name link says `name` (the link's accessible name is "Open the record of …"). */
  row(name: string | RegExp): Locator {
    return this.results.filter({ has: this.page.getByRole('link', { name }) });
  }

  rowLink(row: Locator): Locator {
    return row.locator('a[data-row-link]');
  }
}
