import type { Locator, Page } from '@playwright/test';
import { encodePatientKey, type PatientIdentity } from '../../src/lib/patients/patient-key';
import { navigate } from './console';
import { expect } from './fixtures';

/** The Scan.com wizard's page object, shared by orders-scan.spec.ts and orders-worklist-all.spec.ts. */

/** The Scan.com referral wizard (`/orders/new?vendor=scan`): its fields, steps and the user of step 1. */
export class ScanWizard {
  constructor(readonly page: Page) {}

  async goto(identities?: PatientIdentity[]) {
    const query = new URLSearchParams({ vendor: 'scan' });
    if (identities) query.set('patient', encodePatientKey(identities));
    await navigate(this.page, `/orders/new?${query}`);
    await expect(this.page.getByTestId('scan-wizard')).toBeVisible();
  }

  field(name: string): Locator {
    return this.page.locator(`[data-field="${name}"]`);
  }

  title() {
    return this.page.getByTestId('scan-step-title');
  }

  next() {
    return this.page.getByTestId('scan-next').click();
  }

  async expectStep(title: string) {
    await expect(this.title()).toHaveText(title);
  }

  /** The error text shown next to a field. */
  async errorOf(name: string): Promise<string> {
    const describedBy = (await this.field(name).getAttribute('aria-describedby')) ?? '';
    const id = describedBy.split(' ').find((part) => part.endsWith('-error'));
    return id ? ((await this.page.locator(`[id="${id}"]`).textContent()) ?? '') : '';
  }

  async account() {
    await this.field('account.first_name').fill('Front');
    await this.field('account.last_name').fill('Desk');
    await this.field('account.email').fill('frontdesk.e2e@example.com');
  }

  async patientByHand(first: string, last: string) {
    await this.field('patient.first_name').fill(first);
    await this.field('patient.last_name').fill(last);
    await this.field('patient.email').fill('e2e.scan@example.com');
    await this.field('patient.date_of_birth').fill('1980-05-17');
    await this.field('patient.address_postcode').fill('M1 1AE');
  }

  /** Checks the body part of that name (the list comes from Scan.com for the modality). */
  bodyPart(name: string) {
    return this.page.getByRole('checkbox', { name, exact: true });
  }
}

/** The referrals users created in the page's mock store. */
export function scanReferrals(page: Page) {
  return page.evaluate(() => window.__consoleMocks?.scan.referrals() ?? []);
}
