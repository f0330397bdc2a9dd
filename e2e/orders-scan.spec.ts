import type { Locator, Page } from '@playwright/test';
import { populationExamples } from '../mocks/population';
import { scanModalities } from '../src/lib/codes/scan-modalities';
import { readPageClock } from './support/clock';
import { apiGet, openConsole, setFaults } from './support/console';
import { readDraft, waitForDraft } from './support/drafts';
import { expect, test } from './support/fixtures';
import { expectAxeClean } from './support/orders-vendors';
import { scanReferrals, ScanWizard as Wizard } from './support/scan-wizard';

/** The Scan.com referral wizard (`/orders/new?vendor=scan`) and the referral page (`/orders/scan/:id`). */

const DRAFT = 'scan-referral-wizard';
const { sameAcrossThree: person } = populationExamples();

interface SoloPatientJson {
  birthDate: string;
  gender: string;
  email?: string | null;
  name: { firstName: string; middleName?: string | null; lastName: string }[];
}

function refreshCalls(page: Page) {
  return page.evaluate(() => window.__consoleMocks?.scan.refreshCalls() ?? 0);
}
function expireTokens(page: Page) {
  return page.evaluate(() => window.__consoleMocks?.scan.expireTokens());
}

/** The start minute of each block button on screen ("09:15 …" → 555). */
async function blockMinutes(blocks: Locator): Promise<number[]> {
  const texts = await blocks.evaluateAll((buttons) => buttons.map((b) => b.textContent ?? ''));
  return texts.map((text) => {
    const [h = 0, m = 0] = text
      .replace(/[^\d:]/g, '')
      .split(':')
      .map(Number);
    return h * 60 + m;
  });
}

test.describe('Scan.com referral wizard', () => {
  test('from a patient through confirm: prefilled, a vendor error sends the user back to its step, the token renewed mid-wizard, two consecutive blocks', async ({
    page,
  }) => {
    test.slow();
    await openConsole(page, '/orders');
    const solo = await apiGet<SoloPatientJson>(page, `/api/solo/qapi/v1/patients/${person.soloId}`);
    const name = solo.name[0];
    const wizard = new Wizard(page);
    await wizard.goto([
      { source: 'solo', kind: 'id', value: person.soloId ?? '' },
      { source: 'eden', kind: 'mrn', value: person.mrn },
    ]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('New Scan.com order');

    // 1. Patient, prefilled in Scan.com's words: given names / all surnames, sex as a word.
    await wizard.expectStep('Patient');
    const given = [name?.firstName, name?.middleName].filter(Boolean).join(' ');
    await expect(wizard.field('patient.first_name')).toHaveValue(given);
    await expect(wizard.field('patient.last_name')).toHaveValue(name?.lastName ?? '');
    await expect(wizard.field('patient.gender')).toHaveValue(solo.gender === 'female' ? 'female' : 'male');
    await expect(page.getByTestId('prefill-notice')).toContainText(`record ${person.soloId}`);
    await waitForDraft(page, DRAFT, { patient: { date_of_birth: solo.birthDate } });
    await wizard.account();
    if (!(await wizard.field('patient.email').inputValue()))
      await wizard.field('patient.email').fill('patient.e2e@example.com');
    // A postcode Scan.com refuses (not a UK one): only Scan.com knows this rule.
    await wizard.field('patient.address_postcode').fill('28013');
    await expectAxeClean(page, 'Scan.com step 1, patient');
    await wizard.next();

    // 2. The modality, prefilled from the patient's Eden order in Scan.com's spelling; body parts from Scan.com.
    await wizard.expectStep('Scan');
    const prefilled = await wizard.field('modality').inputValue();
    expect(scanModalities as readonly string[]).toContain(prefilled);
    await wizard.field('modality').selectOption('CT');
    await wizard.bodyPart('Chest').check();
    await wizard.bodyPart('Abdomen').check();
    await expectAxeClean(page, 'Scan.com step 2, modality and body parts');
    await wizard.next();

    // 3. Referral information. The access token expires meanwhile: the create renews it, the step is kept.
    await wizard.expectStep('Referral');
    await wizard.field('referralInformation').fill('Persistent cough, rule out a mass.');
    await expectAxeClean(page, 'Scan.com step 3, referral information');
    await expireTokens(page);
    const renewals = await refreshCalls(page);
    await wizard.next();

    // Scan.com refuses the postcode: the wizard goes back to step 1, the message is on the field.
    await wizard.expectStep('Patient');
    expect(await refreshCalls(page)).toBeGreaterThan(renewals);
    await expect.poll(() => wizard.errorOf('patient.address_postcode')).toContain('UK postcode');
    await expect(wizard.field('patient.address_postcode')).toBeFocused();
    await expect(page.getByTestId('error-summary')).toContainText('Scan.com did not save this step');
    await expectAxeClean(page, 'Scan.com step 1, refused by Scan.com');
    expect(await scanReferrals(page)).toHaveLength(0);
    await wizard.field('patient.address_postcode').fill('SK7 2EB');
    await wizard.next();
    await expect(wizard.bodyPart('Chest')).toBeChecked(); // nothing typed was lost
    await wizard.next();
    await expect(wizard.field('referralInformation')).toHaveValue('Persistent cough, rule out a mass.');
    await wizard.next();

    // 4. Documents, one per request, each with its state.
    await wizard.expectStep('Documents');
    const [referral] = await scanReferrals(page);
    expect(referral).toMatchObject({
      status: 'draft',
      modality: 'CT',
      patient_information: {
        first_name: given,
        date_of_birth_iso: solo.birthDate.replaceAll('-', '/'),
        address_postcode: 'SK7 2EB',
      },
    });
    await page.getByTestId('scan-document-input').setInputFiles([
      { name: 'earlier-report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 report') },
      { name: 'letter.txt', mimeType: 'text/plain', buffer: Buffer.from('GP letter') },
    ]);
    await expect(page.getByTestId('scan-document-list').getByRole('listitem')).toHaveCount(2);
    await expectAxeClean(page, 'Scan.com step 4, documents');
    await wizard.next();

    // 5. Confirm here rather than submit.
    await wizard.expectStep('Submit or confirm');
    await page.getByRole('radio', { name: 'Confirm here' }).check();
    await expectAxeClean(page, 'Scan.com step 5, submit or confirm');
    await wizard.next();

    // Provider, nearest to the patient's postcode first.
    await wizard.expectStep('Imaging provider');
    const providers = page.getByRole('radiogroup', { name: 'Imaging provider' });
    await expect(providers).toBeVisible();
    await providers.getByRole('radio').first().check();
    await expectAxeClean(page, 'Scan.com confirm path, provider');
    await wizard.next();

    // Time: two blocks that do not follow each other are refused with the reason; two that do are booked.
    await wizard.expectStep('Time');
    const picker = page.getByTestId('scan-block-picker');
    const blocks = picker.locator('[data-block-id]');
    await expect(blocks.nth(3)).toBeVisible();
    const minutes = await blockMinutes(blocks);
    const gapAt = minutes.findIndex((value, i) => i > 0 && value - (minutes[i - 1] ?? value) > 15);
    const [a, b] = gapAt > 0 ? [gapAt - 1, gapAt] : [0, 2];
    await blocks.nth(a).click();
    await blocks.nth(b).click();
    await expect(page.getByTestId('scan-block-refusal')).toContainText('not consecutive');
    await wizard.next();
    await wizard.expectStep('Time');
    await expectAxeClean(page, 'Scan.com confirm path, blocks refused');
    await blocks.nth(a).click();
    await blocks.nth(b).click();
    const pairAt = minutes.findIndex((value, i) => i > 0 && value - (minutes[i - 1] ?? value) === 15);
    const ids = await Promise.all(
      [pairAt - 1, pairAt].map((i) => blocks.nth(i).getAttribute('data-block-id')),
    );
    await blocks.nth(pairAt - 1).click();
    await blocks.nth(pairAt).click();
    await expect(page.getByTestId('scan-block-summary')).toContainText('2 blocks, 30 min');
    await wizard.next();

    // GP details.
    await wizard.expectStep('GP');
    await wizard.field('gp.gp_name').fill('Dr Amelia Hart');
    await wizard.field('gp.practice_name').fill('Bramhall Health Centre');
    await wizard.field('gp.practice_address').fill('66 Bramhall Lane South');
    await wizard.field('gp.practice_postcode').fill('SK7 2DY');
    await expectAxeClean(page, 'Scan.com confirm path, GP');
    await wizard.next();

    // Safety questions: each answered; a yes needs its details where Scan.com asks for them.
    await wizard.expectStep('Safety questions');
    const questions = page.locator('[data-field$=".answer"]');
    await expect(questions.first()).toBeVisible();
    const count = await questions.count();
    for (let i = 0; i < count; i++) await questions.nth(i).getByRole('radio', { name: 'No' }).check();
    await questions.nth(1).getByRole('radio', { name: 'Yes' }).check();
    await wizard.next();
    await expect.poll(() => wizard.errorOf('safety.1.details')).toBe('Required');
    await wizard.field('safety.1.details').fill('A rash after contrast in 2019.');
    await expectAxeClean(page, 'Scan.com confirm path, safety questions');
    await wizard.next();

    // Confirm.
    await wizard.expectStep('Confirm');
    await expect(page.getByTestId('scan-summary')).toContainText('2 blocks, 30 minutes');
    await expectAxeClean(page, 'Scan.com confirm path, confirm');
    await wizard.next();

    // The referral's page: state, body parts, provider, blocks, documents (list, add).
    await expect(page).toHaveURL(new RegExp(`/orders/scan/${referral?.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scan.com referral ${referral?.id}`);
    await expect(page.getByTestId('scan-status')).toHaveText('Confirmed');
    expect(await readDraft(page, DRAFT)).toBeUndefined(); // the draft is cleared once confirmed
    await expect(page.getByTestId('scan-summary')).toContainText('Chest, Abdomen');
    await expect(page.getByTestId('scan-document-list')).toContainText('earlier-report.pdf');
    await page.getByTestId('scan-document-input').setInputFiles({
      name: 'after-confirm.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 more'),
    });
    await expect(page.getByTestId('scan-document-list').getByRole('listitem')).toHaveCount(3);
    await expectAxeClean(page, 'Scan.com referral page');
    const stored = await scanReferrals(page);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ status: 'confirmed', time_slot_ids: ids.map(Number) });
  });

  test('a network failure, an answer lost after processing and a double click each leave one referral', async ({
    page,
  }) => {
    await openConsole(page, '/orders');
    const wizard = new Wizard(page);
    await wizard.goto();
    await wizard.account();
    await wizard.patientByHand('Lúcia', 'Ferreira Gomes');
    await wizard.next();
    await wizard.field('modality').selectOption('X-Ray');
    await wizard.bodyPart('Chest').check();
    await wizard.next();
    await wizard.field('referralInformation').fill('Chest pain after a fall.');

    // Scan.com never saw the create: nothing is stored; the retry creates it.
    await setFaults(page, {
      failure: 'network',
      vendor: 'scan',
      methods: 'writes',
      afterProcessing: false,
      remaining: 1,
    });
    await wizard.next();
    await expect(page.getByTestId('error-summary')).toContainText('Everything you typed is still here');
    expect(await scanReferrals(page)).toHaveLength(0);

    // Scan.com creates it, then the answer is lost; the user double-clicks meanwhile.
    await setFaults(page, {
      failure: 'network',
      vendor: 'scan',
      methods: 'writes',
      afterProcessing: true,
      remaining: 1,
    });
    await page.getByTestId('scan-next').dblclick();
    await expect(page.getByTestId('error-summary')).toContainText('Everything you typed is still here');
    expect(await scanReferrals(page)).toHaveLength(1);

    // The retry finds the earlier referral in the user's list instead of creating a second one.
    await wizard.next();
    await wizard.expectStep('Documents');
    expect(await scanReferrals(page)).toHaveLength(1);
    await wizard.next();

    // Submit: Scan.com submits it, then the answer is lost; the console reads the referral back and finds it
    // submitted, so it never sends the submit twice.
    await page.getByRole('radio', { name: 'Submit: Scan.com emails the patient' }).check();
    await setFaults(page, {
      failure: 'network',
      vendor: 'scan',
      methods: 'writes',
      afterProcessing: true,
      remaining: 1,
    });
    await wizard.next();
    await expect(page).toHaveURL(/\/orders\/scan\/\d+$/);
    await expect(page.getByTestId('scan-status')).toContainText('Submitted');
    const stored = await scanReferrals(page);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ status: 'submitted', modality: 'X-Ray' });
  });

  test('a reload in the middle of a step restores the draft and the step (dark, Spanish)', async ({
    page,
  }) => {
    await openConsole(page, '/orders', { scheme: 'dark', lang: 'es' });
    const wizard = new Wizard(page);
    await wizard.goto();
    await wizard.account();
    await wizard.patientByHand('Jorge', 'Ibáñez Ruiz');
    await wizard.next();
    await wizard.expectStep('Estudio');
    await wizard.field('modality').selectOption('MRI');
    await wizard.bodyPart('Left knee').check();
    await waitForDraft(page, DRAFT, { step: 1, modality: 'MRI', bodyPartIds: ['65'] });
    await page.reload();
    await expect(page.getByTestId('draft-restored')).toContainText('Se recuperó su borrador');
    await wizard.expectStep('Estudio');
    await expect(wizard.field('modality')).toHaveValue('MRI');
    // The Scan.com session (memory only) started again as the same user: the body parts load again.
    await expect(wizard.bodyPart('Left knee')).toBeChecked();
    await expectAxeClean(page, 'Scan.com step 2 after a reload (dark, es)');
    await page.getByTestId('scan-step-patient').click();
    await expect(wizard.field('patient.last_name')).toHaveValue('Ibáñez Ruiz');
    // Opening step 1 saved the draft again (the step is in it): that save lands before the clock moves.
    await waitForDraft(page, DRAFT, { step: 0 });

    // Thirteen hours later (the page's clock moved on), the draft is not offered any more.
    const { after: now } = await readPageClock(page);
    await page.clock.setSystemTime(now + 13 * 60 * 60 * 1000);
    await page.reload();
    await expect(wizard.field('patient.last_name')).toHaveValue('');
    await expect(page.getByTestId('draft-restored')).toHaveCount(0);
  });
});
