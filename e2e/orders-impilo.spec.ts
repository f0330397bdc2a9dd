import { readPageClock } from './support/clock';
import { apiGet, openConsole, setFaults } from './support/console';
import { readDraft, waitForDraft } from './support/drafts';
import { expect, test } from './support/fixtures';
import { expectAxeClean, impiloOrders, VendorOrderForm } from './support/orders-vendors';

interface ImpiloPage<T> {
  content: T[];
}
interface ImpiloPatientJson {
  id: string;
  lastName: string;
}

const MRN = 'MRN-10000';
const DRAFT = 'impilo-new-order';

test.describe('New Impilo order', () => {
  test('from a patient: the rules, a lost answer with a double click, and a network failure each give one order', async ({
    page,
  }) => {
    test.slow();
    await openConsole(page, '/orders');
    const { content } = await apiGet<ImpiloPage<ImpiloPatientJson>>(
      page,
      `/api/impilo/api/v3/patient?externalIdentifier=${MRN}`,
    );
    const patient = content[0];
    const form = new VendorOrderForm(page);
    await form.goto('impilo', [{ source: 'impilo', kind: 'mrn', value: MRN }]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('New Impilo order');
    // Prefilled: the order is for this patient (found by the MRN), by Impilo id.
    await expect(page.getByRole('radio', { name: 'A patient' })).toBeChecked();
    await expect(form.field('patientId')).toHaveValue(patient?.id ?? '');
    await expect(form.field('patientId').locator('option:checked')).toContainText(patient?.lastName ?? '');

    // The rules: a line must be chosen; no lines at all is refused; exactly one of patient or site.
    await page.getByRole('button', { name: 'Remove line 1' }).click();
    await form.submit();
    await expect(page.getByTestId('lines-error')).toHaveText('Order at least one item or kit');
    await page.getByRole('button', { name: 'Add a line' }).click();
    await form.submit();
    await expect.poll(() => form.errorOf('lines.0.ref')).toBe('Required');
    await page.getByRole('radio', { name: 'A site' }).check();
    await expect(form.field('patientId')).toHaveCount(0);
    await form.submit();
    await expect.poll(() => form.errorOf('siteId')).toBe('Required');
    await page.getByRole('radio', { name: 'A patient' }).check();
    // The picker lists a page of patients: the search by name finds this one among many.
    await form.field('patientSearch').fill(patient?.lastName ?? '');
    await expect(form.field('patientId').locator(`option[value="${patient?.id}"]`)).toHaveCount(1);
    await form.field('patientId').selectOption(patient?.id ?? '');
    await form.choose('lines.0.ref', 'Hypertension kit');
    await form.field('lines.0.quantity').fill('2');
    await page.getByRole('button', { name: 'Add a line' }).click();
    await form.choose('lines.1.ref', 'Pulse oximeter');
    await form.field('otherExternalIds').fill('HOSP-7781');
    await form.field('orderNotes').fill('Entregar en recepción');
    const key = await form.field('externalOrderId').inputValue();
    expect(key).toMatch(/^IMP-\d{8}-[A-Z2-9]{6}$/);
    await waitForDraft(page, DRAFT, { orderNotes: 'Entregar en recepción' });
    await expectAxeClean(page, 'Impilo form, with errors fixed');

    // Impilo creates it and the answer is lost; a double click meanwhile; then the retry.
    await setFaults(page, {
      failure: 'server-error',
      vendor: 'impilo',
      methods: 'writes',
      afterProcessing: true,
      remaining: 1,
    });
    await page.getByTestId('submit-order').dblclick();
    await expect(page.getByTestId('error-summary')).toContainText('The order was not saved');
    const withKey = async () => (await impiloOrders(page)).filter((o) => o.externalOrderIds.includes(key));
    expect(await withKey()).toHaveLength(1);
    await form.submit();
    await expect(page).toHaveURL(/\/orders\/impilo\/[^/]+$/);
    await expect(page.getByText(`Impilo order ${key} already existed`)).toBeVisible();
    expect(await withKey()).toHaveLength(1);
    expect((await withKey())[0]).toMatchObject({
      patientId: patient?.id,
      externalOrderIds: [key, 'HOSP-7781'],
    });
    expect(await readDraft(page, DRAFT)).toBeUndefined();

    // The detail page: status, the events, the tracking numbers, the lines.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Impilo order ${key}`);
    await expect(page.getByText('Received (RECEIVED)').first()).toBeVisible();
    await expect(page.getByText('None yet (added when shipped)')).toBeVisible();
    await expect(page.getByText('Hypertension kit (kit) × 2')).toBeVisible();
    await expectAxeClean(page, 'Impilo order page');

    // A site order: a network failure that never reached Impilo, then the retry creates it once.
    await form.goto('impilo');
    await page.getByRole('radio', { name: 'A site' }).check();
    await form.field('siteId').selectOption({ index: 1 });
    await form.choose('lines.0.ref', 'Vitals kit');
    const siteKey = await form.field('externalOrderId').inputValue();
    await setFaults(page, {
      failure: 'network',
      vendor: 'impilo',
      methods: 'writes',
      afterProcessing: false,
      remaining: 1,
    });
    await form.submit();
    await expect(page.getByTestId('error-summary')).toContainText('The order was not saved');
    const withSiteKey = async () =>
      (await impiloOrders(page)).filter((o) => o.externalOrderIds.includes(siteKey));
    expect(await withSiteKey()).toHaveLength(0);
    await form.submit();
    await expect(page.getByText(`Impilo order ${siteKey} created`)).toBeVisible();
    expect(await withSiteKey()).toHaveLength(1);
    expect((await withSiteKey())[0]?.patientId).toBeNull();
  });

  test('a reload keeps the half-filled order (dark, Spanish)', async ({ page }) => {
    await openConsole(page, '/orders', { scheme: 'dark', lang: 'es' });
    const form = new VendorOrderForm(page);
    await form.goto('impilo');
    await page.getByRole('radio', { name: 'Una sede' }).check();
    await form.choose('lines.0.ref', 'Diabetes kit');
    await form.field('lines.0.quantity').fill('3');
    const key = await form.field('externalOrderId').inputValue();
    await waitForDraft(page, DRAFT, { target: 'site', lines: [{ quantity: '3' }], externalOrderId: key });
    await page.reload();
    await expect(page.getByTestId('draft-restored')).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Una sede' })).toBeChecked();
    await expect(form.field('lines.0.quantity')).toHaveValue('3');
    await expect(form.field('externalOrderId')).toHaveValue(key);
    await form.submit();
    await expect.poll(() => form.errorOf('siteId')).toBe('Obligatorio');
    await expectAxeClean(page, 'Impilo form, draft restored with an error (dark, es)');

    // Thirteen hours later (the page's clock moved on), the draft is not offered any more.
    const { after: now } = await readPageClock(page);
    await page.clock.setSystemTime(now + 13 * 60 * 60 * 1000);
    await page.reload();
    await expect(form.field('externalOrderId')).not.toHaveValue(key);
    await expect(page.getByTestId('draft-restored')).toHaveCount(0);
    await expect(page.getByRole('radio', { name: 'Una sede' })).not.toBeChecked();
  });
});
