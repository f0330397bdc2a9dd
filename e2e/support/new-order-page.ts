import { expect, type Locator, type Page } from '@playwright/test';
import { navigate } from './console';

/** Page object of the New Eden order form (and the edit form: same fields). Fields are found by wire name (`data-field`). */
export class NewOrderPage {
  constructor(readonly page: Page) {}

  /** Opens the form by client-side navigation, keeping the mock back ends' state. */
  async goto() {
    await navigate(this.page, '/orders/new');
    await expect(this.field('folio')).toHaveValue(/^ACC-/);
  }

  field(name: string): Locator {
    return this.page.locator(`[data-field="${name}"]`);
  }

  /** The form's error summary ("Some fields need attention", links to the fields, what went wrong). */
  get summary(): Locator {
    return this.page.getByTestId('error-summary');
  }

  /** The error message shown next to a field (Mantine links it with aria-describedby). */
  async errorOf(name: string): Promise<string> {
    const describedBy = (await this.field(name).getAttribute('aria-describedby')) ?? '';
    const ids = describedBy.split(' ').filter((id) => id.endsWith('-error'));
    if (!ids.length) return '';
    return (await this.page.locator(`[id="${ids[0]}"]`).textContent()) ?? '';
  }

  /** Waits until a field shows `message` next to it. */
  async expectError(name: string, message: string | RegExp) {
    await expect.poll(() => this.errorOf(name)).toMatch(message);
  }

  async fill(values: Record<string, string>) {
    for (const [name, value] of Object.entries(values)) {
      const input = this.field(name);
      const tag = await input.evaluate((el) => el.tagName);
      if (tag === 'SELECT') await input.selectOption(value);
      else await input.fill(value);
    }
  }

  async addExtra(key: string, value: string) {
    await this.page.getByRole('button', { name: 'Add field' }).click();
    const keys = this.page.getByLabel('Field name');
    const index = (await keys.count()) - 1;
    await keys.nth(index).fill(key);
    await this.page.getByLabel('Value', { exact: true }).nth(index).fill(value);
  }

  submit() {
    return this.page.getByTestId('submit-order').click();
  }

  async values(names: string[]): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const name of names) out[name] = await this.field(name).inputValue();
    return out;
  }
}

/**
 * Every field of an order, as typed in the form (the facility list has FACILITY_01 with room F1_MR2).
 * The appointment is in 2090: far from any day the suite runs on, so no seeded order shares its day.
 */
export const fullOrderForm = {
  patient_identifier: 'MRN-E2E-0001',
  patient_name: 'María José',
  patient_first_surname: 'García',
  patient_last_surname: 'Núñez',
  patient_gender: 'F',
  patient_birth_date: '1985-02-28',
  patient_email: 'maria.garcia@example.com',
  patient_phone_code: '52',
  patient_phone_number: '5512345678',
  modality: 'MR',
  priority: 'URGENT',
  study_code: 'MR-ANKLE-B',
  study_name: 'MRI both ankles',
  description: 'Persistent pain in both ankles',
  facility_identifier: 'FACILITY_01',
  room_identifier: 'F1_MR2',
  room_name: 'Resonancia 2',
  physician_identifier: 'MED-777',
  physician_name: 'Luis',
  physician_first_surname: 'Pérez',
  physician_last_surname: 'Soto',
  physician_gender: 'M',
  physician_email: 'l.perez@example.com',
  physician_phone_code: '52',
  physician_phone_number: '5587654321',
  practitioner_assigned_email: 'radiologist@example.com',
  appointment_date: '2090-03-15',
  appointment_time: '09:30:00',
  appointment_duration: '30',
};
