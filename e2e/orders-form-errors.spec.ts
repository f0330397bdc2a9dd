import { apiGet, openConsole, resetFaults, setFaults } from './support/console';
import { expect, test } from './support/fixtures';
import { fullOrderForm, NewOrderPage } from './support/new-order-page';

/** The order form's input errors: one path for every message, all shown at once, translated when shown. */
test.describe('Order form errors', () => {
  test('an empty submit lists every problem in a summary, links to each field, and focuses the first', async ({
    page,
  }) => {
    await openConsole(page, '/orders');
    const form = new NewOrderPage(page);
    await form.goto();
    await form.submit();
    await expect(form.summary).toContainText('Some fields need attention');
    // The first bad field on screen has the focus.
    await expect(form.field('patient_name')).toBeFocused();
    const links = form.summary.getByRole('link');
    await expect(links.first()).toHaveText('Patient · Given names: Required');
    await expect(form.summary.getByRole('link', { name: 'Study · Modality: Required' })).toBeVisible();
    await form.summary.getByRole('link', { name: /^Study · Study code/ }).click();
    await expect(form.field('study_code')).toBeFocused();
    // An empty modality is "Required", not "use a DICOM modality code".
    expect(await form.errorOf('modality')).toBe('Required');
  });

  test('one duplicated extra key hides no other error, and "a time needs a date" shows with the rest', async ({
    page,
  }) => {
    await openConsole(page, '/orders');
    const form = new NewOrderPage(page);
    await form.goto();
    await form.fill({
      ...fullOrderForm,
      folio: 'x'.repeat(81),
      appointment_date: '',
      patient_email: 'not-an-email',
    });
    await form.addExtra('insurance', 'AXA-123');
    await form.addExtra('insurance', 'AXA-456');
    await form.submit();
    await form.expectError('folio', 'At most 80 characters');
    await form.expectError('patient_email', 'Enter a valid email address');
    await form.expectError('appointment_date', 'Give a date for the appointment time');
    await expect(page.getByText('This key is used twice', { exact: true })).toBeVisible();
    await expect(
      form.summary.getByRole('link', { name: 'Extra fields 2 · Field name: This key is used twice' }),
    ).toBeVisible();
    await expect(form.summary.getByRole('link')).toHaveCount(4);
  });

  test('a duration out of range is refused with a message, and what was typed is never rewritten', async ({
    page,
  }) => {
    await openConsole(page, '/orders');
    const form = new NewOrderPage(page);
    await form.goto();
    await form.fill(fullOrderForm);
    for (const [typed, message] of [
      ['0', 'Enter a number from 1 to 1440'],
      ['1441', 'Enter a number from 1 to 1440'],
      ['1.5', 'Enter a whole number'],
      ['1e3', 'Enter a whole number'],
    ] as const) {
      await form.field('appointment_duration').fill(typed);
      await form.field('appointment_duration').blur();
      await form.submit();
      await form.expectError('appointment_duration', message);
      await expect(form.field('appointment_duration')).toHaveValue(typed);
    }
    await expect(page).toHaveURL(/\/orders\/new$/);
  });

  test('a day that does not exist says so, and a birth date in the future or before 1900 is refused', async ({
    page,
  }) => {
    await openConsole(page, '/orders');
    const form = new NewOrderPage(page);
    await form.goto();
    await form.fill({ ...fullOrderForm, appointment_date: '02/30/2026', patient_birth_date: '12/31/2999' });
    await form.submit();
    await form.expectError('appointment_date', 'This date does not exist');
    await expect(form.field('appointment_date')).toHaveValue('02/30/2026');
    await form.expectError('patient_birth_date', 'A date of birth cannot be in the future');
    await form.field('patient_birth_date').fill('12/31/1899');
    await form.field('patient_birth_date').blur();
    await form.expectError('patient_birth_date', 'Enter a date of birth from 1900 onwards');
    // The hint is the placeholder only: no "YYYY-MM-DD" description under the fields.
    await expect(page.getByText('YYYY-MM-DD')).toHaveCount(0);
  });

  test('messages are translated when shown: switching the language re-translates the errors on screen', async ({
    page,
  }) => {
    await openConsole(page, '/orders');
    const form = new NewOrderPage(page);
    await form.goto();
    await form.submit();
    await form.expectError('patient_name', 'Required');
    await page.getByTestId('language-switch').selectOption('es');
    await form.expectError('patient_name', 'Obligatorio');
    await expect(form.summary).toContainText('Algunos campos necesitan atención');
    await expect(form.summary.getByRole('link').first()).toHaveText('Paciente · Nombres: Obligatorio');
  });

  test('in Spanish dates are typed and shown as DD/MM/YYYY and sent as ISO', async ({ page }) => {
    await openConsole(page, '/orders', { lang: 'es' });
    const form = new NewOrderPage(page);
    await form.goto();
    await expect(form.field('patient_birth_date')).toHaveAttribute('placeholder', 'DD/MM/AAAA');
    await form.fill({ ...fullOrderForm, patient_birth_date: '28/02/1985', appointment_date: '15/03/2090' });
    await form.field('appointment_date').blur();
    await expect(form.field('appointment_date')).toHaveValue('15/03/2090');
    const folio = await form.field('folio').inputValue();
    await form.submit();
    await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
    const list = await apiGet<{
      results: { folio: string; patient_birth_date: string; appointment_date: string }[];
    }>(page, '/api/eden/orders/?start_date=2090-03-15&end_date=2090-03-15&limit=100');
    const sent = list.results.find((order) => order.folio === folio);
    expect(sent).toMatchObject({ patient_birth_date: '1985-02-28', appointment_date: '2090-03-15' });
  });

  test('the calendar picks a date in the user’s language', async ({ page }) => {
    await openConsole(page, '/orders', { lang: 'es' });
    const form = new NewOrderPage(page);
    await form.goto();
    await form.field('appointment_date').fill('15/03/2090');
    await page.getByRole('button', { name: 'Calendario: Fecha', exact: true }).click();
    const calendar = page.getByRole('dialog', { name: 'Calendario: Fecha', exact: true });
    await expect(calendar).toContainText('marzo 2090');
    await calendar.getByRole('button', { name: '20 marzo 2090' }).click();
    await expect(form.field('appointment_date')).toHaveValue('20/03/2090');
    await expect(calendar).toBeHidden();
  });

  test('a request that never answers shows how long it has waited, locks the form, and can be stopped without losing anything', async ({
    page,
  }) => {
    await openConsole(page, '/orders');
    const form = new NewOrderPage(page);
    await form.goto();
    await form.fill(fullOrderForm);
    const before = await form.values(Object.keys(fullOrderForm));
    await setFaults(page, { failure: 'hang', vendor: 'eden', methods: 'writes' });
    await form.submit();
    const pending = page.getByTestId('pending-request');
    await expect(pending).toContainText(/Waiting for Eden… \d+ s/);
    await expect(page.getByTestId('pending-elapsed')).toContainText(/[1-9]\d* s/);
    // Nothing behind it can be typed into meanwhile.
    expect(await form.field('patient_name').evaluate((el) => el.closest('[inert]') !== null)).toBe(true);
    await page.getByTestId('stop-waiting').click();
    await expect(form.summary).toContainText('You stopped waiting. Eden may still have created the order');
    await expect(pending).toBeHidden();
    expect(await form.values(Object.keys(fullOrderForm))).toEqual(before);
    await resetFaults(page);
    await form.submit();
    await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  });
});
