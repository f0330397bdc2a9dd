import type { Page } from '@playwright/test';
import { populationExamples } from '../mocks/population';
import { scanModalities } from '../src/lib/codes/scan-modalities';
import { decodePatientKey } from '../src/lib/patients/patient-key';
import { addDays, utcToday } from './support/clock';
import { apiGet, openConsole } from './support/console';
import { waitForDraft } from './support/drafts';
import { expect, test } from './support/fixtures';
import { impiloOrders, postDicomOrders, VendorOrderForm } from './support/orders-vendors';
import { PatientSearchPage } from './support/patients-search-page';
import { ScanWizard, scanReferrals } from './support/scan-wizard';

/**
 * Issue 9's "one order with each vendor, starting from a patient found in search": the person held by
 * Impilo, Eden and PostDICOM (mocks/population.ts), found by MRN on /patients, opened, then "New order for
 * this patient" with each vendor in turn (Scan.com's referral is created when the wizard leaves step 3). The prefilled values are checked against the mock store's
 * records, and each order is counted there.
 */
const { sameAcrossThree: person } = populationExamples();

interface ImpiloPatientJson {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  externalIdentifier: string | null;
}
interface EdenOrderJson {
  id: string;
  folio: string;
  patient_identifier: string;
  patient_gender: 'F' | 'M' | 'O';
  patient_birth_date: string | null;
}
interface EdenPage {
  results: EdenOrderJson[];
}

/** The Eden orders of a month in the mock store, of this patient. */
async function edenOrdersOf(page: Page, mrn: string, month: { from: string; to: string }) {
  const query = new URLSearchParams({
    start_date: month.from,
    end_date: month.to,
    patient_identifier: mrn,
    limit: '100',
  });
  return (await apiGet<EdenPage>(page, `/api/eden/orders/?${query}`)).results;
}

/** The person's seeded Eden order: its list by MRN, a month at a time, from next month back a year. */
async function seededEdenOrder(page: Page, mrn: string): Promise<EdenOrderJson> {
  const today = utcToday();
  for (let month = -1; month <= 12; month++) {
    const window = { from: addDays(today, -30 * (month + 1)), to: addDays(today, -30 * month) };
    const [order] = await edenOrdersOf(page, mrn, window);
    if (order) return order;
  }
  throw new Error(`the mock store has no Eden order of ${mrn}`);
}

/** `YYYY-MM-DD` as the en-US date fields show it: `MM/DD/YYYY`. */
const usDate = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$2/$3/$1');

/** An appointment month far from any seeded order (the Eden list takes one month at most). */
const MONTH = { from: '2090-04-01', to: '2090-04-30' } as const;

test('a patient found in search: a prefilled order with Eden, PostDICOM, Impilo and Scan.com, one each in the mock store', async ({
  page,
}) => {
  test.slow();
  await openConsole(page, PatientSearchPage.path());
  const search = new PatientSearchPage(page);
  await search.search(person.mrn);
  await expect(search.results).toHaveCount(1);
  await search.rowLink(search.results.first()).click();
  await expect(page).toHaveURL(/\/patients\/[^/]+$/);
  await expect(page.getByTestId('record-name')).toBeVisible();

  // What the mock store holds for this person: the record's key names it by MRN at Eden and PostDICOM
  // and by id at Impilo.
  const key = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  const identities = decodePatientKey(key);
  expect(identities).toContainEqual({ source: 'eden', kind: 'mrn', value: person.mrn });
  const edenOrder = await seededEdenOrder(page, person.mrn);
  const { content } = await apiGet<{ content: ImpiloPatientJson[] }>(
    page,
    `/api/impilo/api/v3/patient?externalIdentifier=${encodeURIComponent(person.mrn)}`,
  );
  const impilo = content[0];
  if (!impilo) throw new Error('the mock store has no Impilo patient with this MRN');
  expect(impilo.externalIdentifier).toBe(person.mrn);
  expect(edenOrder.patient_identifier).toBe(person.mrn);
  // The form is filled from the Impilo patient record (patient records come before orders); Impilo keeps
  // no sex, so the sex comes from the Eden order (the PostDICOM orders agree).
  const [firstSurname, ...rest] = impilo.lastName.split(' ');
  const secondSurname = rest.join(' ');
  const birthDate = impilo.dateOfBirth?.slice(0, 10) ?? '';
  const sex = edenOrder.patient_gender;
  expect(birthDate).toBe(edenOrder.patient_birth_date);

  await page.getByTestId('record-new-order').click();
  await expect(page).toHaveURL(/\/orders\/new\?patient=/);
  const form = new VendorOrderForm(page);
  const notice = page.getByTestId('prefill-notice');

  // ---- Eden: given names and both surnames apart, sex F/M/O, ISO birth date, the MRN.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New Eden order');
  await expect(notice).toContainText(`Impilo record ${impilo.id}`);
  await expect(form.field('patient_identifier')).toHaveValue(person.mrn);
  await expect(form.field('patient_name')).toHaveValue(impilo.firstName);
  await expect(form.field('patient_first_surname')).toHaveValue(firstSurname ?? '');
  await expect(form.field('patient_last_surname')).toHaveValue(secondSurname);
  await expect(form.field('patient_gender')).toHaveValue(sex);
  // The date field shows the day in the user's locale (en-US); the order carries it as ISO (checked below).
  await expect(form.field('patient_birth_date')).toHaveValue(usDate(birthDate));
  await expect(page.getByTestId('prefill-supplements')).toContainText(`Eden record ${edenOrder.id}`);
  const folio = await form.field('folio').inputValue();
  await form.field('modality').selectOption('CT');
  await form.field('study_code').fill('CT-CHEST');
  await form.field('study_name').fill('CT chest');
  await form.field('description').fill('Persistent cough');
  await form.field('facility_identifier').selectOption('FACILITY_01');
  await form.field('appointment_date').fill('2090-04-10');
  await form.field('appointment_time').fill('10:15:00');
  await form.submit();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Order ${folio}`);
  const eden = (await edenOrdersOf(page, person.mrn, MONTH)).filter((o) => o.folio === folio);
  expect(eden).toHaveLength(1);
  expect(eden[0]).toMatchObject({ patient_gender: sex, patient_birth_date: birthDate });

  // ---- PostDICOM: back to the form from the record, the vendor picked on the page.
  await page.goBack();
  await expect(page).toHaveURL(/\/orders\/new\?patient=/);
  await page.getByTestId('vendor-picker').getByText('PostDICOM').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New PostDICOM order');
  await expect(notice).toContainText(`Impilo record ${impilo.id}`);
  // DICOM name SURNAMES^GIVEN, the MRN as Patient ID, sex M/F/O, ISO birth date.
  await expect(form.field('PatientName')).toHaveValue(`${impilo.lastName}^${impilo.firstName}`);
  await expect(form.field('PatientID')).toHaveValue(person.mrn);
  await expect(form.field('PatientSex')).toHaveValue(sex);
  await expect(form.field('PatientsBirthDate')).toHaveValue(usDate(birthDate));
  await waitForDraft(page, 'postdicom-new-order', { PatientsBirthDate: birthDate, PatientSex: sex });
  await form.field('institutionUuid').selectOption({ index: 1 });
  await form.field('OrderModality').selectOption('MR');
  await form.field('StudyDescription').fill('MRI brain');
  const accession = await form.field('OrderAccessionNumber').inputValue();
  await form.submit();
  await expect(page).toHaveURL(/\/orders\/postdicom\/[^/?]+\?institution=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`PostDICOM order ${accession}`);
  const postdicom = (await postDicomOrders(page)).filter((o) => o.AccessionNumber === accession);
  expect(postdicom).toHaveLength(1);
  expect(postdicom[0]).toMatchObject({
    PatientId: person.mrn,
    PatientName: `${impilo.lastName}^${impilo.firstName}`,
    OrderModality: 'MR',
  });

  // ---- Impilo: the order is for this patient, by Impilo id.
  await page.goBack();
  await expect(page).toHaveURL(/\/orders\/new\?/);
  await page.getByTestId('vendor-picker').getByText('Impilo').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New Impilo order');
  await expect(page.getByRole('radio', { name: 'A patient' })).toBeChecked();
  await expect(form.field('patientId')).toHaveValue(impilo.id);
  await expect(form.field('patientId').locator('option:checked')).toContainText(impilo.lastName);
  await form.choose('lines.0.ref', 'Hypertension kit');
  const externalId = await form.field('externalOrderId').inputValue();
  await form.submit();
  await expect(page).toHaveURL(/\/orders\/impilo\/[^/]+$/);
  const kits = (await impiloOrders(page)).filter((o) => o.externalOrderIds.includes(externalId));
  expect(kits).toHaveLength(1);
  expect(kits[0]?.patientId).toBe(impilo.id);

  // ---- Scan.com: the referral wizard, prefilled in Scan.com's words (given names, every surname, sex as
  // a word, the date of birth), a modality in Scan.com's spelling; leaving step 3 creates the referral.
  await page.goBack();
  await expect(page).toHaveURL(/\/orders\/new\?/);
  await page.getByTestId('vendor-picker').getByText('Scan.com').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New Scan.com order');
  const wizard = new ScanWizard(page);
  await wizard.expectStep('Patient');
  await expect(wizard.field('patient.first_name')).toHaveValue(impilo.firstName);
  await expect(wizard.field('patient.last_name')).toHaveValue(impilo.lastName);
  await expect(wizard.field('patient.gender')).toHaveValue({ F: 'female', M: 'male', O: 'other' }[sex]);
  await expect(wizard.field('patient.date_of_birth')).toHaveValue(usDate(birthDate));
  await wizard.account();
  if (!(await wizard.field('patient.email').inputValue()))
    await wizard.field('patient.email').fill('patient.e2e@example.com');
  await wizard.field('patient.address_postcode').fill('SK7 2EB');
  await wizard.next();
  await wizard.expectStep('Scan');
  expect(scanModalities as readonly string[]).toContain(await wizard.field('modality').inputValue());
  await wizard.field('modality').selectOption('CT');
  await wizard.bodyPart('Chest').check();
  await wizard.next();
  await wizard.expectStep('Referral');
  await wizard.field('referralInformation').fill('Persistent cough, rule out a mass.');
  await wizard.next();
  await wizard.expectStep('Documents');
  const referrals = await scanReferrals(page);
  expect(referrals).toHaveLength(1);
  expect(referrals[0]).toMatchObject({
    status: 'draft',
    modality: 'CT',
    patient_information: {
      first_name: impilo.firstName,
      last_name: impilo.lastName,
      date_of_birth_iso: birthDate.replaceAll('-', '/'),
    },
  });
});
