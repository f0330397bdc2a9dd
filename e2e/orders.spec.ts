import type { Failure } from '../mocks/faults';
import { readPageClock } from './support/clock';
import { apiGet, apiPost, navigate, openConsole, resetFaults, setFaults } from './support/console';
import { expect, test } from './support/fixtures';
import { fullOrderForm, NewOrderPage } from './support/new-order-page';

interface Page_ {
  count: number;
  results: { id: string; folio: string }[];
}

async function ordersWithFolio(page: import('@playwright/test').Page, folio: string) {
  const day = fullOrderForm.appointment_date;
  const list = await apiGet<Page_>(page, `/api/eden/orders/?start_date=${day}&end_date=${day}&limit=100`);
  return list.results.filter((order) => order.folio === folio);
}

test.describe('New Eden order', () => {
  test('an order with every field round-trips to the detail page', async ({ page }) => {
    await openConsole(page, '/orders');
    const form = new NewOrderPage(page);
    await form.goto();
    await form.fill(fullOrderForm);
    await form.addExtra('insurance', 'AXA-123');
    const folio = await form.field('folio').inputValue();
    await form.submit();
    await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Order ${folio}`);
    for (const text of [
      'María José',
      'García',
      'Núñez',
      'MRI both ankles',
      'MR-ANKLE-B',
      'Resonancia 2',
      'AXA-123',
      'insurance',
      'radiologist@example.com',
      'MED-777',
    ]) {
      await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
    }
    await expect(page.getByText('Urgent', { exact: true })).toBeVisible();
    // The appointment day, in the user's locale (its own day: the record's timestamps are today).
    await expect(page.getByText('Mar 15, 2090', { exact: true })).toBeVisible();
    await expect(page.getByText('9:30 AM', { exact: true })).toBeVisible();
    expect(await ordersWithFolio(page, folio)).toHaveLength(1);
  });

  test('an order sent with the documented aliases round-trips too', async ({ page }) => {
    await openConsole(page, '/orders');
    const { status, body } = await apiPost<{ id: string }>(page, '/api/eden/orders/', {
      accession_number: 'ACC-ALIAS-1',
      requested_procedure_description: 'Aliased order',
      facility_identifier: 'FACILITY_02',
      modality: 'CT',
      study_code: 'CT-HEAD',
      study_name: 'CT head',
      patient_id: 'MRN-ALIAS',
      patient_name: 'Ana',
      patient_sex: 'O',
      patient_birthdate: '1990-01-31',
    });
    expect(status).toBe(201);
    await navigate(page, `/orders/${body.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Order ACC-ALIAS-1');
    await expect(page.getByText('Aliased order')).toBeVisible();
    await expect(page.getByText('MRN-ALIAS')).toBeVisible();
    await expect(page.getByText('Other (O)')).toBeVisible();
  });

  test('every documented limit is refused next to its field', async ({ page }) => {
    await openConsole(page, '/orders');
    const form = new NewOrderPage(page);
    await form.goto();
    await form.fill(fullOrderForm);
    const tooLong: Record<string, [string, string]> = {
      folio: ['x'.repeat(81), 'At most 80 characters'],
      description: ['x'.repeat(256), 'At most 255 characters'],
      study_code: ['x'.repeat(21), 'At most 20 characters'],
      study_name: ['x'.repeat(256), 'At most 255 characters'],
      patient_identifier: ['x'.repeat(256), 'At most 255 characters'],
      patient_name: ['x'.repeat(256), 'At most 255 characters'],
      patient_first_surname: ['x'.repeat(256), 'At most 255 characters'],
      patient_last_surname: ['x'.repeat(256), 'At most 255 characters'],
      patient_email: [`a@${'b'.repeat(40)}.${'c'.repeat(34)}.com`, 'At most 80 characters'],
      physician_name: ['x'.repeat(256), 'At most 255 characters'],
      physician_first_surname: ['x'.repeat(256), 'At most 255 characters'],
      physician_last_surname: ['x'.repeat(256), 'At most 255 characters'],
      physician_email: [`a@${'b'.repeat(40)}.${'c'.repeat(34)}.com`, 'At most 80 characters'],
      practitioner_assigned_email: [`a@${'b'.repeat(40)}.${'c'.repeat(34)}.com`, 'At most 80 characters'],
      patient_birth_date: ['1985/02', 'Enter a date as MM/DD/YYYY'],
      appointment_date: ['2026-02-30', 'This date does not exist'],
      appointment_time: ['9:30', 'Use the 24-hour time format HH:MM:SS'],
      patient_phone_code: ['+5', 'Country code: 1 to 3 digits'],
      physician_phone_code: ['1234', 'At most 3 characters'],
    };
    for (const [name, [value]] of Object.entries(tooLong)) await form.field(name).fill(value);
    // The facility is a list of the vendor's facilities; a typed identifier over 40 characters is tested in unit tests.
    await form.submit();
    for (const [name, [, message]] of Object.entries(tooLong)) {
      expect.soft(await form.errorOf(name), name).toContain(message);
    }
    await expect(page).toHaveURL(/\/orders\/new$/);
    // The enums are offered as lists of exactly the documented values.
    const options = async (name: string) =>
      (
        await form
          .field(name)
          .locator('option')
          .evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value))
      ).filter(Boolean);
    expect(await options('patient_gender')).toEqual(['F', 'M', 'O']);
    expect(await options('physician_gender')).toEqual(['F', 'M', 'O']);
    expect(await options('priority')).toEqual(['NORMAL', 'HIGHEST', 'URGENT']);
    expect(await options('modality')).toContain('XAPROTOCOL');
    // Required fields say so.
    await form.field('patient_name').fill('');
    await form.field('study_code').fill('');
    await form.submit();
    expect(await form.errorOf('patient_name')).toBe('Required');
    expect(await form.errorOf('study_code')).toBe('Required');
  });

  test("the vendor's field errors land on the form's fields", async ({ page }) => {
    await openConsole(page, '/orders');
    const taken = await apiPost(page, '/api/eden/orders/', {
      folio: 'ACC-TAKEN-1',
      description: 'x',
      facility_identifier: 'FACILITY_01',
      modality: 'CT',
      study_code: 'CT',
      study_name: 'CT',
      patient_name: 'Someone',
      patient_gender: 'M',
      patient_birth_date: '1970-01-01',
    });
    expect(taken.status).toBe(201);
    const form = new NewOrderPage(page);
    await form.goto();
    await form.fill({ ...fullOrderForm, folio: 'ACC-TAKEN-1' });
    await form.submit();
    await expect(form.summary).toContainText('Eden refused some values (400)');
    // Our sentence first, the vendor's own words as the detail; the folio field has the focus.
    expect(await form.errorOf('folio')).toBe(
      'Eden refused this value: “An order with this folio already exists.”',
    );
    await expect(form.field('folio')).toBeFocused();
    expect(await form.field('patient_name').inputValue()).toBe('María José');
  });

  const scenarios: { failure: Failure; afterProcessing: boolean; message: RegExp }[] = [
    { failure: 'network', afterProcessing: false, message: /Could not reach Eden/ },
    { failure: 'network', afterProcessing: true, message: /Could not reach Eden/ },
    { failure: 'server-error', afterProcessing: false, message: /500/ },
    { failure: 'server-error', afterProcessing: true, message: /500/ },
    { failure: 'rate-limit', afterProcessing: false, message: /too many requests/i },
    { failure: 'malformed-json', afterProcessing: true, message: /does not understand/ },
    { failure: 'hang', afterProcessing: false, message: /did not answer in time/ },
  ];
  for (const { failure, afterProcessing, message } of scenarios) {
    test(`under "${failure}"${afterProcessing ? ' after processing' : ''} the form keeps every value and a retry creates exactly one order`, async ({
      page,
    }) => {
      test.slow();
      await openConsole(page, '/orders');
      const form = new NewOrderPage(page);
      await form.goto();
      await form.fill(fullOrderForm);
      await form.addExtra('insurance', 'AXA-123');
      const folio = await form.field('folio').inputValue();
      const before = await form.values(Object.keys(fullOrderForm));
      await setFaults(page, {
        failure,
        afterProcessing,
        vendor: 'eden',
        methods: 'writes',
        latency: 'realistic',
      });
      const posted =
        failure === 'hang' &&
        page.waitForRequest((r) => r.method() === 'POST' && r.url().includes('/api/eden/orders'));
      await form.submit();
      if (posted) {
        // The request never answers: move the page's clock past the console's 20 s timeout
        // (DEFAULT_TIMEOUT_MS) once it is sent, instead of waiting for it in real time.
        await posted;
        await page.clock.fastForward('00:25');
      }
      await expect(form.summary).toContainText(message, { timeout: 30_000 });
      await expect(form.summary).toContainText(
        'The order was not saved. Everything you typed is still here.',
      );
      expect(await form.values(Object.keys(fullOrderForm))).toEqual(before);
      expect(await form.field('folio').inputValue()).toBe(folio);
      await expect(page.getByLabel('Field name')).toHaveValue('insurance');
      await resetFaults(page);
      await form.submit();
      await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
      expect(await ordersWithFolio(page, folio)).toHaveLength(1);
    });
  }

  test('a double click creates one order', async ({ page }) => {
    await openConsole(page, '/orders');
    const form = new NewOrderPage(page);
    await form.goto();
    await form.fill(fullOrderForm);
    const folio = await form.field('folio').inputValue();
    await setFaults(page, { latency: 'slow' });
    await page.getByTestId('submit-order').dblclick();
    await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
    expect(await ordersWithFolio(page, folio)).toHaveLength(1);
  });

  test('a reload keeps what was typed', async ({ page }) => {
    await openConsole(page, '/orders');
    const form = new NewOrderPage(page);
    await form.goto();
    await form.fill({ patient_name: 'Reload Test', patient_birth_date: '2001-05-06', modality: 'US' });
    const folio = await form.field('folio').inputValue();
    // The draft is saved shortly after typing stops (each save is encrypted anew): wait until the stored
    // draft stops changing, not for a fixed time.
    let last: string | null = null;
    await expect
      .poll(
        async () => {
          const now = await page.evaluate(() => sessionStorage.getItem('console.draft.eden-new-order'));
          const settled = now !== null && now === last;
          last = now;
          return settled;
        },
        { intervals: [400] },
      )
      .toBe(true);
    await page.reload();
    await expect(page.getByTestId('draft-restored')).toBeVisible();
    expect(await form.values(['patient_name', 'patient_birth_date', 'modality', 'folio'])).toEqual({
      patient_name: 'Reload Test',
      patient_birth_date: '05/06/2001', // the day kept, shown in the English format
      modality: 'US',
      folio,
    });
    // Drafts are stored encrypted.
    const stored = await page.evaluate(() => sessionStorage.getItem('console.draft.eden-new-order') ?? '');
    expect(stored).not.toContain('Reload Test');

    // Thirteen hours later (the page's clock moved on), the draft is not offered any more.
    const { after: now } = await readPageClock(page);
    await page.clock.setSystemTime(now + 13 * 60 * 60 * 1000);
    await page.reload();
    await expect(form.field('patient_name')).toHaveValue('');
    await expect(page.getByTestId('draft-restored')).toHaveCount(0);
    expect(await form.field('folio').inputValue()).not.toBe(folio);
  });
});
