import { readFile } from 'node:fs/promises';
import { today } from './support/clock';
import { navigate, openConsole, setFaults } from './support/console';
import { expect, test } from './support/fixtures';
import { expectAxeClean } from './support/orders-vendors';
import { ScanWizard, scanReferrals } from './support/scan-wizard';
import { createOrders, testOrder } from './support/worklist-page';

const rowsOf = (page: import('@playwright/test').Page, vendor?: string) =>
  page.locator(
    vendor ? `[data-testid="all-orders-row"][data-vendor="${vendor}"]` : '[data-testid="all-orders-row"]',
  );

test.describe('Worklist of every vendor', () => {
  test('one table over Eden, PostDICOM and Impilo; filters and sort in the URL; CSV of the filtered view', async ({
    page,
  }) => {
    test.slow();
    await openConsole(page, '/patients');
    await createOrders(page, [
      testOrder(1, {
        appointment_date: today(1),
        patient_name: 'Zoë',
        patient_first_surname: 'Núñez',
        patient_last_surname: 'Ibáñez',
        folio: 'ACC-E2E-ALL-1',
      }),
      testOrder(2, {
        appointment_date: today(2),
        patient_name: 'Zoë',
        patient_first_surname: 'Núñez',
        modality: 'MR',
        folio: 'ACC-E2E-ALL-2',
      }),
    ]);
    await navigate(page, '/orders');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Orders');
    await expect(rowsOf(page).first()).toBeVisible();
    // Virtualized: far fewer rows in the DOM than orders in the view.
    const total = Number((await page.getByTestId('all-orders-count').textContent())?.match(/\d+/)?.[0]);
    expect(await rowsOf(page).count()).toBeLessThan(total);
    await expectAxeClean(page, 'worklist of every vendor');

    const vendors = page.getByRole('group', { name: 'Vendors' });
    for (const [vendor, name] of [
      ['eden', 'Eden'],
      ['postdicom', 'PostDICOM'],
      ['impilo', 'Impilo'],
    ] as const) {
      await vendors.getByText(name, { exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`vendor=${vendor}`));
      await expect(rowsOf(page, vendor).first()).toBeVisible();
      await expect(page.locator(`[data-testid="all-orders-row"]:not([data-vendor="${vendor}"])`)).toHaveCount(
        0,
      );
      await vendors.getByText(name, { exact: true }).click();
      await expect(page).not.toHaveURL(/vendor=/);
    }

    // Filters and sort live in the URL.
    await page.getByRole('group', { name: 'Vendors' }).getByText('Eden', { exact: true }).click();
    await page.getByTestId('all-filter-q').fill('zoe nunez');
    await page.getByTestId('all-filter-q').press('Enter');
    await expect(page).toHaveURL(/vendor=eden&q=zoe\+nunez/);
    await expect(rowsOf(page)).toHaveCount(2);
    await page.getByTestId('sort-what').click();
    await expect(page).toHaveURL(/sort=what&dir=asc/);
    await expect(rowsOf(page).first()).toContainText('ACC-E2E-ALL-1');
    await expect(page.getByRole('columnheader', { name: 'Sort by Modality or kit' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await page.getByTestId('sort-what').click();
    await expect(page).toHaveURL(/sort=what$/);
    await expect(rowsOf(page).first()).toContainText('ACC-E2E-ALL-2');
    const url = page.url();
    await navigate(page, '/patients');
    await navigate(page, new URL(url).pathname + new URL(url).search);
    await expect(page.getByTestId('all-filter-q')).toHaveValue('zoe nunez');
    await expect(rowsOf(page)).toHaveCount(2);

    // The CSV of this view: BOM, header, the two rows, UTF-8 names as written.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    const bytes = await readFile((await download.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'Vendor,Reference,Patient,Patient ID,Modality or kit,Status,Vendor status,Date,Priority',
    );
    expect(lines).toHaveLength(3);
    // In the view's order (MR first), UTF-8 names as written.
    expect(lines[1]).toMatch(/^Eden,ACC-E2E-ALL-2,Zoë Núñez,MRN-E2E-2,MR,Requested,NEW,/);
    expect(lines[2]).toMatch(/^Eden,ACC-E2E-ALL-1,Zoë Núñez Ibáñez,MRN-E2E-1,CT,Requested,NEW,/);

    // At 390 px the same view is one stacked card per order, nothing wider than the screen, status and
    // modality in view; the filters fold to a line saying what they filter; the sort is a select.
    await page.setViewportSize({ width: 390, height: 844 });
    const cards = page.getByTestId('all-orders-card');
    await expect(cards).toHaveCount(2);
    await expect(page.getByTestId('all-orders-table')).toHaveCount(0);
    await expect(page.getByTestId('all-filters-toggle')).toContainText('Eden · zoe nunez');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const first = cards.first();
    await expect(first).toContainText('ACC-E2E-ALL-2');
    await expect(first.getByText('Requested', { exact: true })).toBeInViewport();
    await expect(first.getByText('NEW', { exact: true })).toBeInViewport();
    await expect(first.getByTestId('card-what')).toHaveText('Eden · Modality or kit: MR');
    await expect(first.getByTestId('card-what')).toBeInViewport();
    await page.getByTestId('cards-dir').selectOption('asc');
    await expect(page).toHaveURL(/sort=what&dir=asc/);
    await expect(cards.first()).toContainText('ACC-E2E-ALL-1');
    // The whole card opens the order by mouse; by keyboard its reference link does (Enter).
    await cards.first().getByTestId('card-what').click();
    await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Order ACC-E2E-ALL-1');
    await page.goBack();
    await page.getByRole('link', { name: 'ACC-E2E-ALL-1' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('link', { name: 'ACC-E2E-ALL-2' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Order ACC-E2E-ALL-2');
    await page.goBack();
    await expect(cards).toHaveCount(2);
    await expectAxeClean(page, 'worklist of every vendor, cards');
  });

  test('a vendor that fails shows its own error while the others’ rows stay (dark, Spanish)', async ({
    page,
  }) => {
    await openConsole(page, '/patients', { scheme: 'dark', lang: 'es' });
    await setFaults(page, { failure: 'malformed-json', vendor: 'impilo', methods: 'reads' });
    await navigate(page, '/orders');
    await expect(page.getByTestId('vendor-error-impilo')).toContainText(
      'No se pudieron cargar las órdenes de Impilo',
    );
    await expect(rowsOf(page, 'eden').first()).toBeVisible();
    await expect(rowsOf(page, 'postdicom').first()).toBeVisible();
    await navigate(page, '/orders?vendor=impilo');
    await expect(page.getByText('Ninguna orden coincide con estos filtros.')).toBeVisible();
    await navigate(page, '/orders?vendor=impilo&vendor=eden');
    await expectAxeClean(page, 'worklist with Impilo failing (dark, es)');
    await setFaults(page, { failure: 'none' });
    await page.getByTestId('vendor-error-impilo').getByRole('button').click();
    await navigate(page, '/orders?vendor=impilo');
    await expect(rowsOf(page, 'impilo').first()).toBeVisible();
    await expect(page.getByTestId('vendor-error-impilo')).toHaveCount(0);
  });

  test('Scan.com: not asked without a session in the tab (no error); with one, its referral is a row that opens its page', async ({
    page,
  }) => {
    test.slow();
    await openConsole(page, '/orders');
    const notAsked = page.getByTestId('vendor-not-asked-scan');
    await expect(notAsked).toContainText('Scan.com not asked');
    await expect(notAsked).toContainText(
      'No Scan.com session in this tab: referrals are visible only to the session that made them.',
    );
    await expect(rowsOf(page, 'eden').first()).toBeVisible();
    await expect(rowsOf(page, 'postdicom').first()).toBeVisible();
    // Every other vendor answered (none still loading, none failed); rows are virtualized, so not all in view.
    await expect(page.getByTestId('all-orders-count')).not.toContainText('still loading');
    await expect(page.locator('[data-testid^="vendor-error-"]')).toHaveCount(0);
    await expectAxeClean(page, 'worklist, Scan.com not asked');

    // The link starts a session: the wizard's first step creates the Scan.com user; step 3 the referral.
    await notAsked.getByRole('link').click();
    const wizard = new ScanWizard(page);
    await expect(page.getByTestId('scan-wizard')).toBeVisible();
    await wizard.account();
    await wizard.patientByHand('Siân', 'Ó Briain');
    await wizard.next();
    await wizard.field('modality').selectOption('MRI');
    await wizard.bodyPart('Left knee').check();
    await wizard.next();
    await wizard.field('referralInformation').fill('Knee pain after a fall.');
    await wizard.next();
    await wizard.expectStep('Documents');
    const [referral] = await scanReferrals(page);
    if (!referral) throw new Error('The wizard created no referral.');

    await navigate(page, '/orders');
    await expect(page.getByTestId('vendor-not-asked-scan')).toHaveCount(0);
    await page.getByRole('group', { name: 'Vendors' }).getByText('Scan.com', { exact: true }).click();
    await expect(page).toHaveURL(/vendor=scan/);
    const row = rowsOf(page, 'scan');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(String(referral.id));
    await expect(row).toContainText('Siân Ó Briain');
    await expect(row).toContainText('MRI');
    await expect(row).toContainText('Requested');
    await expect(row).toContainText('draft');
    await expectAxeClean(page, 'worklist with a Scan.com referral');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByTestId('all-orders-card')).toHaveCount(1);
    await expect(page.getByTestId('card-what')).toHaveText('Scan.com · Modality or kit: MRI');
    await page.setViewportSize({ width: 1440, height: 900 });
    await row.getByRole('link', { name: String(referral.id), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/orders/scan/${referral.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scan.com referral ${referral.id}`);
  });
});
