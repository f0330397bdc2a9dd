import { populationExamples } from '../mocks/population';
import { identitySystem } from '../src/lib/patients/identity-system';
import { openConsole, setFaults } from './support/console';
import { expect, test } from './support/fixtures';
import { PatientSearchPage } from './support/patients-search-page';

/**
 * The one search, against the mock back ends seeded from one population (mocks/population.ts): what to
 * type is computed from that population, never a literal that holds for one seed only.
 */
const { sameAcrossThree, possible, namesakes } = populationExamples();
const fullName = (p: { given: string; firstSurname: string; secondSurname: string | null }) =>
  [p.given, p.firstSurname, p.secondSurname].filter(Boolean).join(' ');

test('an MRN finds one person held by three vendors, grouped as the same person, with every id', async ({
  page,
}) => {
  await openConsole(page, PatientSearchPage.path());
  const search = new PatientSearchPage(page);
  await search.search(sameAcrossThree.mrn);
  await expect(search.vendor('impilo')).toHaveAttribute('data-status', 'done');
  await expect(search.vendor('eden')).toHaveAttribute('data-status', 'done');
  await expect(search.vendor('postdicom')).toHaveAttribute('data-status', 'done');
  // Solo has no search: it was asked for a patient id equal to the text, and says how.
  await expect(search.vendor('solo')).toContainText('direct lookup by patient id');
  await expect(search.results).toHaveCount(1);
  const row = search.results.first();
  await expect(row.getByTestId('badge-same')).toBeVisible();
  for (const vendor of ['impilo', 'eden', 'postdicom'] as const)
    await expect(row.getByTestId(`source-${vendor}`)).toBeVisible();

  await row.getByTestId('toggle-ids').click();
  const ids = row.getByTestId('linked-identities');
  await expect(ids).toBeVisible();
  // The MRN under each vendor's own field, plus each record's own id.
  const values = await ids.getByTestId('identity-value').allTextContents();
  expect(values.filter((value) => value === sameAcrossThree.mrn).length).toBeGreaterThanOrEqual(3);
  await expect(ids).toContainText('Impilo');
  await expect(ids).toContainText('Eden');
  await expect(ids).toContainText('PostDICOM');
  expect(identitySystem({ source: 'postdicom', kind: 'patient-id', value: 'x' })).toBe('hospital-mrn');
});

test('a name and birth-date match is shown as possible, and can be split and joined again', async ({
  page,
}) => {
  await openConsole(page, PatientSearchPage.path());
  const search = new PatientSearchPage(page);
  await search.search(`${possible.given} ${possible.firstSurname}`);
  const group = search.results.filter({ has: page.getByTestId('badge-possible') });
  await expect(group).toHaveCount(1);
  await expect(group).toContainText('Linked by name and date of birth only');
  const before = await search.results.count();
  await group.getByTestId('split-group').click();
  await expect(page.getByTestId('badge-possible')).toHaveCount(0);
  await expect(search.results).toHaveCount(before + 1);
  await expect(search.results.filter({ hasText: 'Split from a possible match' })).toHaveCount(2);
  await search.results.getByTestId('join-group').first().click();
  await expect(page.getByTestId('badge-possible')).toHaveCount(1);
});

test('namesakes with another birth date are never grouped; on a phone the first results show without scrolling', async ({
  page,
}) => {
  // At 390 × 844: the vendors' status folds into one line of chips, so the first row is on screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await openConsole(page, PatientSearchPage.path());
  const search = new PatientSearchPage(page);
  const [a, b] = namesakes;
  if (!a || !b) throw new Error('no namesakes');
  await search.search(fullName(a));
  await expect(search.results.first()).toBeInViewport({ ratio: 1 });
  // How each vendor was asked, and why Solo was not, is one button away (keyboard and screen reader).
  const solo = search.vendor('solo');
  await expect(solo).toHaveAttribute('data-status', 'notAsked');
  await expect(solo.getByText('Solo has no search')).toBeHidden();
  const details = page.getByTestId('toggle-vendor-details');
  await details.focus();
  await page.keyboard.press('Enter');
  await expect(details).toHaveAttribute('aria-expanded', 'true');
  await expect(solo.getByText('Solo has no search')).toBeVisible();
  // One row each, told apart by their MRN (each row's link carries its ids), neither a "possible" group.
  const rowOf = (mrn: string) =>
    search.results.filter({ has: page.locator(`a[data-row-link][href*="${encodeURIComponent(mrn)}"]`) });
  await expect(rowOf(a.mrn)).toHaveCount(1);
  await expect(rowOf(b.mrn)).toHaveCount(1);
  await expect(page.getByTestId('badge-possible')).toHaveCount(0);
});

test('one vendor failing and another still answering: the rest show at once, and the failed vendor retries alone', async ({
  page,
}) => {
  await openConsole(page, PatientSearchPage.path());
  const search = new PatientSearchPage(page);
  // Impilo answers 500 to every read; PostDICOM's answers are held until the test lets them go.
  await setFaults(page, {
    failure: 'server-error',
    vendor: 'impilo',
    methods: 'reads',
    heldVendor: 'postdicom',
  });
  await search.box.fill(sameAcrossThree.mrn);
  await expect(search.vendor('eden')).toHaveAttribute('data-status', 'done');
  // Eden's row is on screen while PostDICOM is still searching.
  await expect(search.results.first().getByTestId('source-eden')).toBeVisible();
  await expect(search.vendor('postdicom')).toHaveAttribute('data-status', 'searching');
  await expect(search.vendor('impilo')).toHaveAttribute('data-status', 'failed');
  await expect(page.getByTestId('search-partial')).toBeVisible();
  // Let go, PostDICOM answers within its time limit (12 s from the search's start) and joins.
  await setFaults(page, { heldVendor: null });
  await expect(search.vendor('postdicom')).toHaveAttribute('data-status', 'done');
  await expect(search.results.first().getByTestId('source-postdicom')).toBeVisible();

  await setFaults(page, { failure: 'none' });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.getByTestId('retry-impilo').click();
  await expect(search.vendor('impilo')).toHaveAttribute('data-status', 'done');
  await expect(search.results.first().getByTestId('source-impilo')).toBeVisible();
  expect(
    requests.filter((path) => path.startsWith('/api/')).every((path) => path.startsWith('/api/impilo/')),
  ).toBe(true);
});

test('keyboard only: / to the box, arrows through the results, Enter opens the record, Esc clears', async ({
  page,
}) => {
  await openConsole(page, PatientSearchPage.path());
  const search = new PatientSearchPage(page);
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('/');
  await expect(search.box).toBeFocused();
  await page.keyboard.type(sameAcrossThree.mrn);
  await expect(search.summary).toBeVisible();
  await search.settled(); // every vendor answered (a loaded machine may take longer than one expect)
  await expect(search.results).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(search.rowLink(search.results.first())).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(search.box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(search.box).toHaveValue('');
  await page.keyboard.type(sameAcrossThree.mrn);
  await expect(search.summary).toBeVisible();
  await search.settled(); // every vendor answered (a loaded machine may take longer than one expect)
  await expect(search.results).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(search.rowLink(search.results.first())).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/patients\/[^/?]+$/);
  // The headline is the first source in vendor order: read it once every source has answered.
  // The section first (before the record page has drawn, "no loading row" holds vacuously), then no
  // source still loading.
  const demographics = page.getByTestId('section-demographics');
  await expect(demographics).toBeVisible();
  await expect(demographics.locator('[data-testid^="loading-"]')).toHaveCount(0);
  const name = await page.getByTestId('record-name').textContent();
  // Opened: listed as recently opened (this tab's memory only) when the box is empty again.
  await page.goBack();
  await search.box.fill('');
  await expect(page.getByTestId('recent-patients').getByRole('link', { name: name ?? '' })).toBeVisible();
});
