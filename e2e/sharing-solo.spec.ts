import { SOLO_MOCK_LINK_SECRET } from '../mocks/solo/integration-config';
import { decryptSoloPayload } from '../src/lib/crypto/solo-cipher';
import { localToInstant } from '../src/lib/mappings/datetime';
import { E2E_TIME_ZONE, today } from './support/clock';
import { apiGet, navigate } from './support/console';
import { expect, test } from './support/fixtures';
import { openSharing, registerRecords } from './support/sharing-pages';

/** The first appointment the Solo mock seeds (SAIDs count up from here). */
const SAID = 3_110_001;
const EXTERNAL_ID = 'e2e-visit-0001';

test.describe('Solo visit links', () => {
  test('provider link, provider and patient links by SAID and by external id, and the Teams link with a token used once', async ({
    page,
  }) => {
    await openSharing(page, '/sharing');
    const put = await page.evaluate(
      async ({ id, externalId }) =>
        (
          await fetch(`/api/solo/qapi/v1/appointments/${id}`, {
            method: 'PUT',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ externalId }),
          })
        ).status,
      { id: SAID, externalId: EXTERNAL_ID },
    );
    expect(put).toBe(200);
    const expected = await apiGet<{ providerVisitUrl: string; patientVisitUrl: string }>(
      page,
      `/api/solo/qapi/v1/appointments/id/type/SAID/value/${SAID}/video-call-links`,
    );

    await navigate(page, '/sharing/visits');
    await page.getByRole('textbox', { name: 'Solo appointment id (SAID)' }).fill(String(SAID));
    await page.getByRole('button', { name: 'Find' }).click();
    await expect(page.getByTestId('visit-details')).toContainText(`Appointment ${SAID}`);
    const links = page.getByTestId('solo-links');

    await page.getByRole('button', { name: 'Provider link', exact: true }).click();
    await expect(links.getByRole('textbox', { name: 'Provider link', exact: true })).toHaveValue(
      expected.providerVisitUrl,
    );
    await page.getByRole('button', { name: 'Provider and patient links (SAID)' }).click();
    await expect(links.getByRole('textbox', { name: 'Patient link (SAID)' })).toHaveValue(
      expected.patientVisitUrl,
    );
    await page.getByRole('button', { name: 'Provider and patient links (external id)' }).click();
    await expect(links.getByRole('textbox', { name: 'Patient link (External id)' })).toHaveValue(
      expected.patientVisitUrl,
    );
    await expect(links.getByRole('textbox', { name: 'Provider link (External id)' })).toHaveValue(
      expected.providerVisitUrl,
    );

    // Microsoft Teams: the token is asked for, sent with that one request, then gone.
    const token = 'teams-token-e2e-7f3a9c';
    const sentTokens: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/msteams-provider-link'))
        sentTokens.push(request.headers()['teams-auth-token']);
    });
    await page.getByRole('button', { name: 'Microsoft Teams link' }).click();
    await page.getByTestId('teams-submit').click();
    await expect(page.getByText('Required')).toBeVisible();
    expect(sentTokens).toEqual([]);
    await page.getByLabel('Provider’s Microsoft Teams auth token').fill(token);
    await page.getByTestId('teams-submit').click();
    await expect(links.getByRole('textbox', { name: 'Microsoft Teams provider link' })).toHaveValue(
      `https://teams.microsoft.com/v2/?meetingjoin=true&solo-appointment=${SAID}`,
    );
    expect(sentTokens).toEqual([token]);
    await page.getByRole('button', { name: 'Microsoft Teams link' }).click();
    await expect(page.getByLabel('Provider’s Microsoft Teams auth token')).toHaveValue('');
    const traces = await page.evaluate(() => ({
      dom: document.documentElement.outerHTML,
      storage: JSON.stringify({ ...localStorage, ...sessionStorage }),
    }));
    expect(traces.dom).not.toContain(token);
    expect(traces.storage).not.toContain(token);

    await navigate(page, '/sharing');
    const records = registerRecords(page);
    await expect(records).toHaveCount(6);
    expect(await records.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-kind')))).toEqual([
      'visit-teams-link',
      'visit-patient-link',
      'visit-provider-link',
      'visit-patient-link',
      'visit-provider-link',
      'visit-provider-link',
    ]);
    await expect(records.nth(1)).toContainText('The patient');
    await expect(records.nth(1).getByRole('textbox', { name: 'Link' })).toHaveValue(expected.patientVisitUrl);
  });
});

test.describe('Solo context links', () => {
  test('the link decrypts, with the secret, back to exactly the JSON entered (non-ASCII names included)', async ({
    page,
  }) => {
    await openSharing(page, '/sharing');
    await navigate(page, '/sharing/context-links');
    const form = page.locator('form').filter({ has: page.getByTestId('context-submit') });
    await page.getByTestId('context-submit').click();
    await expect(form.getByText('Required').first()).toBeVisible();

    const field = (name: string) => form.locator(`[data-field="${name}"]`);
    await field('user').fill('dra.núñez');
    await field('type').selectOption('provider');
    await field('visit').fill(String(SAID));
    await field('visitDay').fill(today(1));
    await field('visitTime').fill('09:30');
    await field('patient.id').fill('EXT-000042');
    await field('patient.sex').selectOption('female');
    await field('patient.firstName').fill('María José');
    await field('patient.lastName').fill('Núñez Ødegård-李');
    await field('patient.dob').fill('1990-02-30');
    await page.getByTestId('context-submit').click();
    await expect(form.getByText('This date does not exist')).toBeVisible();
    await field('patient.dob').fill('1990-04-12');
    await page.getByTestId('context-submit').click();

    const link = await page.getByTestId('context-link').inputValue();
    expect(link.startsWith('https://demo.visitnow.org/integrations/linking?arg=')).toBe(true);
    const arg = new URL(link).searchParams.get('arg') ?? '';
    const json = await decryptSoloPayload(arg, SOLO_MOCK_LINK_SECRET);
    // 09:30 tomorrow on the browser's wall clock, as a UTC unix timestamp (the doc's "date").
    const date = localToInstant({ date: today(1), time: '09:30:00' }, E2E_TIME_ZONE).getTime() / 1000;
    const entered = {
      user: 'dra.núñez',
      type: 'provider',
      visit: String(SAID),
      date,
      patient: {
        id: 'EXT-000042',
        sex: 'female',
        dob: '1990-04-12',
        firstName: 'María José',
        lastName: 'Núñez Ødegård-李',
      },
    };
    expect(JSON.parse(json)).toEqual(entered);
    expect(json).toBe(JSON.stringify(entered));
    // The JSON the form showed is the one in the link.
    await page.getByRole('button', { name: 'What the link carries (JSON)' }).click();
    await expect(page.getByTestId('context-json')).toHaveText(JSON.stringify(entered, null, 2));

    await navigate(page, '/sharing');
    await expect(registerRecords(page)).toHaveCount(1);
    await expect(registerRecords(page).first()).toHaveAttribute('data-kind', 'context-link');
    await expect(registerRecords(page).first()).toContainText('Provider dra.núñez');
  });
});
