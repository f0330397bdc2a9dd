import { expect, type Locator, type Page } from '@playwright/test';
import { navigate } from './console';

/** The Solo and Impilo patient forms (`/patients/new/solo`, `/patients/new/impilo`, and their edit pages). */
export class PatientFormPage {
  readonly submit: Locator;
  readonly summary: Locator;

  constructor(
    readonly page: Page,
    readonly vendor: 'solo' | 'impilo',
  ) {
    this.submit = page.getByTestId(`submit-${vendor}-patient`);
    this.summary = page.getByTestId('error-summary');
  }

  async gotoNew() {
    await navigate(this.page, `/patients/new/${this.vendor}`);
    await expect(this.submit).toBeVisible();
  }

  /** A field by its form path (`firstName`, `telecom.1.value`), through its `data-field`. */
  field(path: string): Locator {
    return this.page.locator(`[data-field="${path}"]`);
  }

  /** Waits until the field is marked invalid with `message` next to it (in its accessible description, with any help text). */
  async expectError(path: string, message: string) {
    await expect(this.field(path)).toHaveAttribute('aria-invalid', 'true');
    const escaped = message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(this.field(path)).toHaveAccessibleDescription(new RegExp(escaped));
  }
}
