import { expect, type Locator, type Page } from '@playwright/test';

/** A window of days no seeded order falls into (seeded data lie around today), so a test owns its orders. */
export const TEST_WINDOW = { from: '2090-03-01', to: '2090-03-31' } as const;

interface CreatedOrder {
  id: string;
  folio: string;
}

/** A valid Eden order in TEST_WINDOW; `overrides` change any field. */
export function testOrder(index: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    folio: `ACC-E2E-${String(index).padStart(4, '0')}`,
    description: 'E2E order',
    facility_identifier: 'FACILITY_01',
    modality: 'CT',
    study_code: 'CT-HEAD',
    study_name: 'CT head',
    patient_identifier: `MRN-E2E-${index}`,
    patient_name: `Patient ${index}`,
    patient_gender: 'F',
    patient_birth_date: '1980-01-01',
    appointment_date: '2090-03-15',
    appointment_time: `${String(8 + (index % 10)).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}:00`,
    ...overrides,
  };
}

/** Creates orders through the page's mock back end (same origin); answers their ids and folios. */
export async function createOrders(page: Page, orders: Record<string, unknown>[]): Promise<CreatedOrder[]> {
  return page.evaluate(async (bodies) => {
    const created: { id: string; folio: string }[] = [];
    for (const body of bodies) {
      const response = await fetch('/api/eden/orders/', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (response.status !== 201)
        throw new Error(`create failed: ${response.status} ${await response.text()}`);
      created.push((await response.json()) as { id: string; folio: string });
    }
    return created;
  }, orders);
}

/** Page object of the Eden worklist (`/orders/eden`; `/orders` is every vendor's). */
export class WorklistPage {
  constructor(readonly page: Page) {}

  static path(query: Record<string, string> = TEST_WINDOW): string {
    return `/orders/eden?${new URLSearchParams(query).toString()}`;
  }

  get table(): Locator {
    return this.page.getByTestId('worklist-table');
  }

  get cards(): Locator {
    return this.page.getByTestId('worklist-cards');
  }

  get rows(): Locator {
    return this.page.getByTestId('worklist-row');
  }

  /** The folio links, one per order (table or cards). */
  get folioLinks(): Locator {
    return this.page.locator('[data-order-link]');
  }

  get count(): Locator {
    return this.page.getByTestId('worklist-count');
  }

  filter(name: 'from' | 'to' | 'patient'): Locator {
    return this.page.getByTestId(`filter-${name}`);
  }

  async expectLoaded() {
    await expect(this.folioLinks.first()).toBeVisible();
  }
}
