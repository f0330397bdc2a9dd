import { populationExamples } from '../mocks/population';
import { encodePatientKey, type PatientIdentity } from '../src/lib/patients/patient-key';
import { navigate, openConsole, setFaults } from './support/console';
import { expect, test } from './support/fixtures';

/** The patient record page (`/patients/:key`), on the person the population holds in Solo, Impilo, Eden and PostDICOM. */
const { sameAcrossThree: person } = populationExamples();

function keyOf(identities: PatientIdentity[]) {
  return `/patients/${encodeURIComponent(encodePatientKey(identities))}`;
}
const identities: PatientIdentity[] = [
  { source: 'solo', kind: 'id', value: person.soloId ?? '' },
  { source: 'eden', kind: 'mrn', value: person.mrn },
  { source: 'postdicom', kind: 'patient-id', value: person.mrn },
  { source: 'impilo', kind: 'mrn', value: person.mrn },
];

test('the record shows each source side by side, and the orders across vendors as links into Orders', async ({
  page,
}) => {
  await openConsole(page, keyOf(identities));
  await expect(page.getByTestId('record-name')).toBeVisible();
  const table = page.getByTestId('demographics-table');
  for (const vendor of ['Teladoc Health Solo', 'Impilo', 'Eden', 'PostDICOM'])
    await expect(table).toContainText(vendor);
  // PostDICOM writes names in upper case without accents: the same name, written differently.
  await expect(page.getByTestId('demographic-givenNames')).toHaveAttribute(
    'data-agreement',
    /written|same|differs/,
  );
  await expect(page.getByTestId('demographic-birthDate')).toHaveAttribute('data-agreement', 'same');
  const orders = page.getByTestId('section-orders');
  await expect(orders.getByTestId('orders-eden').getByTestId('patient-order').first()).toBeVisible();
  await expect(orders.getByTestId('orders-postdicom').getByTestId('patient-order').first()).toBeVisible();
  const href = await orders.getByTestId('orders-postdicom').getByRole('link').first().getAttribute('href');
  expect(href).toMatch(/^\/orders\/postdicom\/[^/]+$/);
  // The actions carry the patient, by ids only.
  const key = encodeURIComponent(encodePatientKey(identities));
  await expect(page.getByTestId('record-new-order')).toHaveAttribute('href', `/orders/new?patient=${key}`);
  await expect(page.getByTestId('record-book')).toHaveAttribute('href', `/schedule?patient=${key}`);
});

test('a section whose vendor fails shows that failure alone, and retries it', async ({ page }) => {
  await openConsole(page, '/patients');
  await setFaults(page, { failure: 'server-error', vendor: 'eden', methods: 'reads' });
  await navigate(page, keyOf(identities));
  await expect(page.getByTestId('record-name')).toBeVisible();
  const demographics = page.getByTestId('section-demographics');
  await expect(demographics.getByTestId('failed-eden')).toBeVisible();
  await expect(
    page.getByTestId('section-orders').getByTestId('orders-eden').getByTestId('failed-eden'),
  ).toBeVisible();
  // The other vendors' parts are there.
  await expect(page.getByTestId('demographics-table')).toContainText('PostDICOM');
  await expect(
    page.getByTestId('section-orders').getByTestId('orders-postdicom').getByTestId('patient-order').first(),
  ).toBeVisible();
  await setFaults(page, { failure: 'none' });
  await demographics.getByTestId('failed-eden').getByRole('button', { name: 'Retry' }).click();
  await expect(demographics.getByTestId('failed-eden')).toHaveCount(0);
  await expect(page.getByTestId('demographics-table')).toContainText('Eden');
});

test('a key that is not one says so', async ({ page }) => {
  await openConsole(page, '/patients/solo.name%3AAna');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This is not a patient address');
});
