import type { Locator, Page } from '@playwright/test';
import { navigate } from './console';
import { NewOrderPage } from './new-order-page';

/** Page object of an Eden order's detail page, with its edit form (the same fields as the new-order form). */
export class OrderDetailPage {
  readonly form: NewOrderPage;
  constructor(readonly page: Page) {
    this.form = new NewOrderPage(page);
  }

  goto(id: string) {
    return navigate(this.page, `/orders/${id}`);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get editButton(): Locator {
    return this.page.getByTestId('edit-order');
  }

  get cancelButton(): Locator {
    return this.page.getByTestId('cancel-order');
  }

  save() {
    return this.page.getByTestId('save-order').click();
  }

  /** The value shown for a field label in the read-only view. */
  value(label: string): Locator {
    return this.page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  }
}
