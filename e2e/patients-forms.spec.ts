import { apiGet, openConsole, setFaults } from './support/console';
import { expect, test } from './support/fixtures';
import { PatientFormPage } from './support/patients-forms';

/** Creating and editing patients: Solo (every demographic field, several telecoms and addresses) and Impilo. */

test('a Solo patient with two telecoms and two addresses; the deceased rule refused next to its field; a double click creates one', async ({
  page,
}) => {
  await openConsole(page, '/patients/new/solo');
  const form = new PatientFormPage(page, 'solo');
  await expect(form.submit).toBeVisible();
  await form.field('firstName').fill('Ramona');
  await form.field('lastName').fill('Quintero Salas');
  await form.field('birthDate').fill('1971-04-09');
  await form.field('telecom.0.value').fill('+52 55 4321 9876');
  await form.field('telecom.1.value').fill('ramona.quintero@correo.example');
  await form.field('address.0.line1').fill('Calle Hidalgo 12');
  await form.field('address.0.city').fill('Puebla');
  await page.getByTestId('add-address').click();
  await form.field('address.1.use').selectOption('work');
  await form.field('address.1.line1').fill('Avenida Reforma 400');
  await form.field('address.1.city').fill('Ciudad de México');

  // Deceased without a date and time of death: refused next to those fields, before anything is sent.
  await page.getByRole('checkbox', { name: 'Deceased', exact: true }).check();
  await form.submit.click();
  await form.expectError('deceasedDate', 'Give the date and time of death');
  await form.expectError('deceasedTime', 'Give the date and time of death');
  await expect(form.summary).toContainText('Date of death');
  // A date of death for a patient who is not deceased: refused too.
  await form.field('deceasedDate').fill('2024-01-02');
  await page.getByRole('checkbox', { name: 'Deceased', exact: true }).uncheck();
  await form.submit.click();
  await form.expectError(
    'deceasedDate',
    'A date of death is only allowed when the patient is marked as deceased',
  );
  await form.field('deceasedDate').fill('');

  const creates: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/solo/qapi/v1/patients')
      creates.push(request.url());
  });
  const id = await form.field('id').inputValue();
  expect(id).toMatch(/^P-\d{8}-[A-Z2-9]{6}$/);
  await form.submit.dblclick();
  await expect(page).toHaveURL(new RegExp(`/patients/solo\\.id%3A${id}`));
  await expect(page.getByTestId('record-name')).toHaveText('Ramona Quintero Salas');
  expect(creates).toHaveLength(1);
  const stored = await apiGet<{ telecom: unknown[]; address: { city: string }[] }>(
    page,
    `/api/solo/qapi/v1/patients/${id}`,
  );
  expect(stored.telecom).toHaveLength(2);
  expect(stored.address.map((a) => a.city)).toEqual(['Puebla', 'Ciudad de México']);
});

test('an Impilo patient created (a failed save keeps everything typed) and edited', async ({ page }) => {
  await openConsole(page, '/patients/new/impilo');
  const form = new PatientFormPage(page, 'impilo');
  await expect(form.submit).toBeVisible();
  await form.field('firstName').fill('Tadeo');
  await form.field('lastName').fill('Villalobos');
  await form.field('dateOfBirth').fill('1988-11-30');
  await form.field('externalIdentifier').fill('HC-E2E-4206');
  await form.field('email').fill('tadeo.villalobos@correo.example');

  // The save fails: the form keeps what was typed and says so.
  await setFaults(page, { failure: 'server-error', vendor: 'impilo', methods: 'writes', remaining: 1 });
  await form.submit.click();
  await expect(form.summary).toContainText('The patient was not saved. Everything you typed is still here.');
  await expect(form.field('lastName')).toHaveValue('Villalobos');
  await expect(form.field('externalIdentifier')).toHaveValue('HC-E2E-4206');

  await form.submit.click();
  await expect(page.getByTestId('record-name')).toHaveText('Tadeo Villalobos');
  await expect(page).toHaveURL(/\/patients\/impilo\.id%3A[^/]+$/);
  await page.getByRole('link', { name: 'Edit the Impilo record' }).click();
  await expect(form.field('lastName')).toHaveValue('Villalobos');
  await form.field('lastName').fill('Villalobos Ruiz');
  await form.submit.click();
  await expect(page.getByTestId('record-name')).toHaveText('Tadeo Villalobos Ruiz');
  const found = await apiGet<{ content: { lastName: string }[] }>(
    page,
    '/api/impilo/api/v3/patient?externalIdentifier=HC-E2E-4206',
  );
  expect(found.content.map((p) => p.lastName)).toEqual(['Villalobos Ruiz']);
});
