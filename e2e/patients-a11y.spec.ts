import { populationExamples } from '../mocks/population';
import { encodePatientKey, type PatientIdentity } from '../src/lib/patients/patient-key';
import { type Lang, navigate, openConsole, resetFaults, type Scheme, setFaults } from './support/console';
import { expect, test } from './support/fixtures';
import { expectNoViolations } from './support/patients-axe';
import { PatientSearchPage } from './support/patients-search-page';

/**
 * axe on the patients pages, each state at desktop width and at 390 px: the search (start, searching with
 * results and a failed vendor, no result), the record (one section failing), both forms (empty, refused).
 * Two runs: light in English and dark in Spanish, so each scheme and each language is covered once.
 */
const { sameAcrossThree: person } = populationExamples();
const identities: PatientIdentity[] = [
  { source: 'solo', kind: 'id', value: person.soloId ?? '' },
  { source: 'eden', kind: 'mrn', value: person.mrn },
  { source: 'postdicom', kind: 'patient-id', value: person.mrn },
  { source: 'impilo', kind: 'mrn', value: person.mrn },
];
const recordPath = `/patients/${encodeURIComponent(encodePatientKey(identities))}`;

const runs: { scheme: Scheme; lang: Lang }[] = [
  { scheme: 'light', lang: 'en' },
  { scheme: 'dark', lang: 'es' },
];

for (const { scheme, lang } of runs) {
  test(`axe, ${scheme}, ${lang}: the search, the record and both forms in their states`, async ({ page }) => {
    test.setTimeout(240_000);
    await openConsole(page, '/patients', { scheme, lang });
    const search = new PatientSearchPage(page);
    await expectNoViolations(page, 'search, start', () => expect(search.box).toBeVisible(), {
      narrowLayout: true,
    });

    // Impilo fails, PostDICOM is slow: results of the others, a failed card, a card still searching.
    await setFaults(page, {
      failure: 'server-error',
      vendor: 'impilo',
      methods: 'reads',
      slowVendor: 'postdicom',
    });
    await search.box.fill(person.mrn);
    await expect(search.vendor('postdicom')).toHaveAttribute('data-status', 'searching');
    await expectNoViolations(
      page,
      'search, results with one vendor failing and one searching',
      async () => {
        await expect(search.vendor('impilo')).toHaveAttribute('data-status', 'failed');
        await expect(search.results.first()).toBeVisible();
      },
      { narrowLayout: true },
    );
    await resetFaults(page);

    await search.box.fill('zzqxw');
    await expectNoViolations(page, 'search, no result', async () => {
      await search.settled();
      await expect(page.getByTestId('search-empty')).toBeVisible();
    });

    await setFaults(page, { failure: 'server-error', vendor: 'eden', methods: 'reads' });
    await navigate(page, recordPath);
    await expectNoViolations(page, 'record, Eden failing', async () => {
      await expect(page.getByTestId('record-name')).toBeVisible();
      await expect(page.getByTestId('section-demographics').getByTestId('failed-eden')).toBeVisible();
      await expect(page.getByTestId('section-orders').getByTestId('patient-order').first()).toBeVisible();
    });
    await resetFaults(page);

    await navigate(page, '/patients/new/solo');
    const solo = page.getByTestId('submit-solo-patient');
    await expectNoViolations(page, 'Solo form, empty', () => expect(solo).toBeVisible());
    await page.locator('[data-field="deceased"]').check();
    await solo.click();
    await expectNoViolations(page, 'Solo form, refused', () =>
      expect(page.locator('[data-field="deceasedDate"]')).toHaveAttribute('aria-invalid', 'true'),
    );

    await navigate(page, '/patients/new/impilo');
    const impilo = page.getByTestId('submit-impilo-patient');
    await expectNoViolations(page, 'Impilo form, empty', () => expect(impilo).toBeVisible());
    await impilo.click();
    await expectNoViolations(page, 'Impilo form, refused', () =>
      expect(page.locator('[data-field="externalIdentifier"]')).toHaveAttribute('aria-invalid', 'true'),
    );
  });
}
