import { populationExamples } from '../mocks/population';
import { decodePatientKey, encodePatientKey, type PatientIdentity } from '../src/lib/patients/patient-key';
import { type Lang, navigate, openConsole, resetFaults, type Scheme, setFaults } from './support/console';
import { expect, test } from './support/fixtures';
import { expectNoViolations, expectNoViolationsWhileHeld } from './support/patients-axe';
import { PatientSearchPage } from './support/patients-search-page';

/**
 * axe on the patients pages, each state at desktop width and at 390 px: the search (start, loading, searching
 * with results and a failed vendor, no result), the record (one section failing; every section loading), both
 * forms (editing while the patient loads, the patient not loaded, empty, refused). A loading state is held with the `hang` fault
 * (mocks/faults.ts: the answer never comes), never caught in a timing race.
 * Two runs: light in English and dark in Spanish, so each scheme and each language is covered once.
 */
const { sameAcrossThree: person, possible: other } = populationExamples();
const identitiesOf = (p: typeof person): PatientIdentity[] => [
  { source: 'solo', kind: 'id', value: p.soloId ?? '' },
  { source: 'eden', kind: 'mrn', value: p.mrn },
  { source: 'postdicom', kind: 'patient-id', value: p.mrn },
  { source: 'impilo', kind: 'mrn', value: p.mrn },
];
const identities = identitiesOf(person);
const recordPath = `/patients/${encodeURIComponent(encodePatientKey(identities))}`;
/** Another person's record, never opened before in the test: every section's query is new, so each loads. */
const freshRecordPath = `/patients/${encodeURIComponent(encodePatientKey(identitiesOf(other)))}`;

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

    // Every vendor's answer held: the designed loading state (a chip or card searching each, the skeleton).
    // Each vendor's time limit ends it: each reading starts a new search, and counts only if it still held.
    await setFaults(page, { failure: 'hang', vendor: 'all', methods: 'reads' });
    const loading = page.getByTestId('search-loading');
    const names = [person.given, person.firstSurname, `${person.given} ${person.firstSurname}`, other.given];
    await expectNoViolationsWhileHeld(page, 'search, loading', {
      start: async (attempt) => {
        await search.box.fill(names[(attempt - 1) % names.length] ?? person.given);
        await expect(loading).toBeVisible();
        await expect(search.vendor('impilo')).toHaveAttribute('data-status', 'searching');
      },
      held: async () =>
        (await loading.isVisible()) &&
        (await search.vendor('impilo').getAttribute('data-status')) === 'searching',
      narrowLayout: true,
    });

    // Impilo fails, PostDICOM's answers are held: results of the others, a failed card, a card searching.
    await setFaults(page, {
      failure: 'server-error',
      vendor: 'impilo',
      methods: 'reads',
      heldVendor: 'postdicom',
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
    // Impilo retried alone: its record joins the row, whose link carries the key with Impilo's own id.
    await resetFaults(page);
    await search.vendor('impilo').getByTestId('retry-impilo').click();
    await search.settled();
    await expect(search.results.first().getByTestId('source-impilo')).toBeVisible();
    const href = (await search.rowLink(search.results.first()).getAttribute('href')) ?? '';
    const found = decodePatientKey(decodeURIComponent(href.replace('/patients/', '')));
    const impiloId = found.find((i) => i.source === 'impilo' && i.kind === 'id');
    if (!impiloId) throw new Error('the row has no Impilo id');
    const editKey = encodeURIComponent(encodePatientKey([...identities, impiloId]));

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
    // Every vendor's answer held: each section of the record loading on its own, and both edit forms
    // waiting for the patient.
    await setFaults(page, { failure: 'hang', vendor: 'all', methods: 'reads' });
    await navigate(page, freshRecordPath);
    await expectNoViolations(page, 'record, loading', async () => {
      await expect(page.getByTestId('section-demographics').getByTestId('loading-impilo')).toBeVisible();
      await expect(page.getByTestId('section-orders').getByTestId('loading-eden')).toBeVisible();
      await expect(page.getByTestId('section-episodes').getByTestId('loading-solo')).toBeVisible();
    });
    await navigate(page, `/patients/${editKey}/edit/solo`);
    await expectNoViolations(page, 'Solo form, editing while the patient loads', () =>
      expect(page.getByTestId('form-loading')).toBeVisible(),
    );
    await navigate(page, `/patients/${editKey}/edit/impilo`);
    await expectNoViolations(page, 'Impilo form, editing while the patient loads', () =>
      expect(page.getByTestId('form-loading')).toBeVisible(),
    );
    // Back to the Solo form (its held read was cancelled on leaving), Solo answering what cannot be read.
    await setFaults(page, { failure: 'malformed-json', vendor: 'solo', methods: 'reads' });
    await navigate(page, `/patients/${editKey}/edit/solo`);
    await expectNoViolations(page, 'Solo form, the patient could not be loaded', () =>
      expect(page.getByRole('main').getByRole('alert')).toBeVisible(),
    );
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
