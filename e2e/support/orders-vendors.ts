import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { encodePatientKey, type PatientIdentity } from '../../src/lib/patients/patient-key';
import { waitForAnimations } from './animations';
import { navigate } from './console';

/** Page object of `/orders/new` with another vendor than Eden: fields by wire name (`data-field`). */
export class VendorOrderForm {
  constructor(readonly page: Page) {}

  /** Opens the form by client-side navigation (the mock back ends keep their state). */
  async goto(vendor: 'postdicom' | 'impilo' | 'eden', identities?: PatientIdentity[]) {
    const query = new URLSearchParams(vendor === 'eden' ? {} : { vendor });
    if (identities) query.set('patient', encodePatientKey(identities));
    await navigate(this.page, `/orders/new?${query}`);
    await expect(this.page.getByTestId('submit-order')).toBeVisible();
  }

  field(name: string): Locator {
    return this.page.locator(`[data-field="${name}"]`);
  }

  /** Chooses the option of a select whose text starts with `text` (labels may add a SKU or a code). */
  async choose(name: string, text: string) {
    const value = await this.field(name).evaluate(
      (select, start) =>
        [...(select as HTMLSelectElement).options].find((o) => o.text.startsWith(start))?.value ?? '',
      text,
    );
    expect(value, `an option "${text}…" in ${name}`).not.toBe('');
    await this.field(name).selectOption(value);
  }

  submit() {
    return this.page.getByTestId('submit-order').click();
  }

  /** The error text shown next to a field. */
  async errorOf(name: string): Promise<string> {
    const describedBy = (await this.field(name).getAttribute('aria-describedby')) ?? '';
    const id = describedBy.split(' ').find((part) => part.endsWith('-error'));
    return id ? ((await this.page.locator(`[id="${id}"]`).textContent()) ?? '') : '';
  }
}

/** The PostDICOM orders in the page's mock store (window.__consoleMocks). */
export function postDicomOrders(page: Page) {
  return page.evaluate(() => window.__consoleMocks?.postdicom.orders() ?? []);
}

/** The Impilo orders in the page's mock store. */
export function impiloOrders(page: Page) {
  return page.evaluate(() => window.__consoleMocks?.impilo.orders() ?? []);
}

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** axe at desktop width and at 390 px on the state on screen (contrast at desktop only: colours do not change). */
export async function expectAxeClean(page: Page, what: string) {
  for (const [size, contrast] of [
    [DESKTOP, true],
    [PHONE, false],
  ] as const) {
    await page.setViewportSize(size);
    let builder = new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .options({ resultTypes: ['violations'] });
    if (!contrast) builder = builder.disableRules(['color-contrast']);
    // A toast still fading in has a lower contrast than the one the user reads.
    await waitForAnimations(page);
    const results = await builder.analyze();
    const summary = results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
    expect.soft(summary, `${what} at ${size.width} px: axe violations`).toEqual([]);
  }
  await page.setViewportSize(DESKTOP);
}
