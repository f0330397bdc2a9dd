import { readPageClock } from './support/clock';
import { apiGet, navigate, openConsole, setFaults } from './support/console';
import { readDraft, waitForDraft } from './support/drafts';
import { expect, test } from './support/fixtures';
import { expectAxeClean, postDicomOrders, VendorOrderForm } from './support/orders-vendors';
import { postDicomShares, ShareDialog } from './support/sharing-pages';

interface SoloPatientJson {
  mrn: string;
  birthDate: string;
  gender: string;
  name: { firstName: string; middleName?: string | null; lastName: string }[];
}

const SOLO_PATIENT = 'EXT-100001';
const DRAFT = 'postdicom-new-order';

test.describe('New PostDICOM order', () => {
  test('from a patient: prefilled in PostDICOM’s formats; a lost answer, a double click and a network failure each give one order', async ({
    page,
  }) => {
    test.slow();
    await openConsole(page, '/orders');
    const patient = await apiGet<SoloPatientJson>(page, `/api/solo/qapi/v1/patients/${SOLO_PATIENT}`);
    const name = patient.name[0];
    const form = new VendorOrderForm(page);
    await form.goto('postdicom', [{ source: 'solo', kind: 'id', value: SOLO_PATIENT }]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('New PostDICOM order');

    // Prefilled: DICOM name (surnames^given names), the MRN as Patient ID, sex as M/F, ISO birth date.
    const given = [name?.firstName, name?.middleName].filter(Boolean).join(' ');
    await expect(form.field('PatientName')).toHaveValue(`${name?.lastName}^${given}`);
    await expect(form.field('PatientID')).toHaveValue(patient.mrn);
    await expect(form.field('PatientSex')).toHaveValue(patient.gender === 'female' ? 'F' : 'M');
    await expect(page.getByTestId('prefill-notice')).toContainText(
      `Teladoc Health Solo record ${SOLO_PATIENT}`,
    );
    await form.field('institutionUuid').selectOption({ index: 1 });
    await form.field('OrderModality').selectOption('MR');
    await form.field('StudyDescription').fill('MRI left knee');
    await form.field('Priority').fill('STAT');
    const accession = await form.field('OrderAccessionNumber').inputValue();
    expect(accession).toMatch(/^A\d{6}[A-Z2-9]{7}$/);
    await waitForDraft(page, DRAFT, {
      PatientsBirthDate: patient.birthDate,
      StudyDescription: 'MRI left knee',
    });
    await expectAxeClean(page, 'PostDICOM form, prefilled');

    // PostDICOM creates the order, then the answer is lost; the user double-clicks meanwhile.
    await setFaults(page, {
      failure: 'network',
      vendor: 'postdicom',
      methods: 'writes',
      afterProcessing: true,
      remaining: 1,
    });
    await page.getByTestId('submit-order').dblclick();
    await expect(page.getByTestId('error-summary')).toContainText('The order was not saved');
    const withAccession = async () =>
      (await postDicomOrders(page)).filter((o) => o.AccessionNumber === accession);
    expect(await withAccession()).toHaveLength(1);
    await expectAxeClean(page, 'PostDICOM form, failed');

    // The retry finds the earlier order by its accession number instead of creating a second one.
    await form.submit();
    await expect(page).toHaveURL(/\/orders\/postdicom\/[^/?]+\?institution=/);
    await expect(page.getByText(`PostDICOM order ${accession} already existed`)).toBeVisible();
    expect(await withAccession()).toHaveLength(1);
    expect((await withAccession())[0]).toMatchObject({ PatientId: patient.mrn, OrderModality: 'MR' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`PostDICOM order ${accession}`);
    expect(await readDraft(page, DRAFT)).toBeUndefined();

    // The minimum variant, typed by hand: a network failure before PostDICOM saw it, then a retry.
    await form.goto('postdicom');
    await page.getByTestId('postdicom-variant').getByText('Minimum').click();
    await expect(form.field('OrderAccessionNumber')).toHaveCount(0);
    await form.field('institutionUuid').selectOption({ index: 1 });
    await form.field('PatientName').fill('NÚÑEZ GARCÍA^JOSÉ');
    await form.field('PatientID').fill('MRN-E2E-PD-2');
    await form.field('OrderModality').selectOption('CT');
    await form.field('OrderDate').fill('2090-03-15');
    await form.field('OrderTime').fill('09:30');
    await setFaults(page, {
      failure: 'network',
      vendor: 'postdicom',
      methods: 'writes',
      afterProcessing: false,
      remaining: 1,
    });
    await form.submit();
    await expect(page.getByTestId('error-summary')).toContainText('The order was not saved');
    const byPatient = async () => (await postDicomOrders(page)).filter((o) => o.PatientId === 'MRN-E2E-PD-2');
    expect(await byPatient()).toHaveLength(0);
    await form.submit();
    await expect(page).toHaveURL(/\/orders\/postdicom\//);
    await expect(page.getByText(/PostDICOM order .* created/)).toBeVisible();
    expect(await byPatient()).toHaveLength(1);
    expect((await byPatient())[0]?.PatientName).toBe('NÚÑEZ GARCÍA^JOSÉ');
  });

  test('a reload keeps the draft with its age; a draft older than 12 hours is gone', async ({ page }) => {
    await openConsole(page, '/orders', { scheme: 'dark', lang: 'es' });
    const form = new VendorOrderForm(page);
    await form.goto('postdicom');
    await form.field('PatientName').fill('ROSSI^LUCA');
    await form.field('RequestingDepartment').fill('Traumatología');
    const accession = await form.field('OrderAccessionNumber').inputValue();
    await waitForDraft(page, DRAFT, {
      PatientName: 'ROSSI^LUCA',
      RequestingDepartment: 'Traumatología',
      OrderAccessionNumber: accession,
    });
    await page.reload();
    await expect(page.getByTestId('draft-restored')).toContainText('Se recuperó su borrador');
    await expect(form.field('PatientName')).toHaveValue('ROSSI^LUCA');
    await expect(form.field('RequestingDepartment')).toHaveValue('Traumatología');
    await expect(form.field('OrderAccessionNumber')).toHaveValue(accession);
    await expectAxeClean(page, 'PostDICOM form, draft restored (dark, es)');

    // Thirteen hours later (the page's clock moved on), the draft is not offered any more.
    const { after: now } = await readPageClock(page);
    await page.clock.setSystemTime(now + 13 * 60 * 60 * 1000);
    await page.reload();
    await expect(form.field('PatientName')).toHaveValue('');
    await expect(page.getByTestId('draft-restored')).toHaveCount(0);
    await waitForDraft(page, DRAFT, { PatientName: '', RequestingDepartment: '' });
  });

  test('the order page: properties, flag, assignments, folder, group, the viewer link asked for at the click, the recycle bin', async ({
    page,
  }) => {
    test.slow();
    await openConsole(page, '/patients');
    await navigate(page, '/orders?vendor=postdicom');
    const link = page.getByTestId('all-orders-row').first().getByRole('link');
    const reference = (await link.textContent()) ?? '';
    await link.click();
    await expect(page).toHaveURL(/\/orders\/postdicom\/[^/?]+\?institution=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`PostDICOM order ${reference}`);
    const uuid = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    await expect(page.getByText('AccessionNumber', { exact: true })).toBeVisible();
    await expect(page.getByText(reference, { exact: true }).first()).toBeVisible();

    await page.getByTestId('set-flag-choice').selectOption({ index: 1 });
    await page.getByTestId('set-flag').click();
    await expect(page.getByText(/^Flag: .+:/)).toBeVisible();
    await page.getByTestId('assign-user-choice').selectOption({ index: 1 });
    await page.getByTestId('assign-user').click();
    await expect(page.getByTestId('unassign-user')).toHaveCount(1);
    await page.getByTestId('assign-group-choice').selectOption({ index: 1 });
    await page.getByTestId('assign-group').click();
    await expect(page.getByTestId('unassign-group')).toHaveCount(1);
    await page.getByTestId('unassign-user').click();
    await expect(page.getByTestId('unassign-user')).toHaveCount(0);
    await page.getByTestId('add-folder-choice').selectOption({ index: 1 });
    await page.getByTestId('add-folder').click();
    await expect(page.getByTestId('remove-folder')).toHaveCount(1);
    await page.getByTestId('create-group').click();
    await expect(page.getByTestId('leave-group')).toBeVisible();
    await expectAxeClean(page, 'PostDICOM order page');

    // Share this order: the sharing area's dialog, for this study only; a quick link reaches PostDICOM once.
    await page.getByTestId('share-order').click();
    const dialog = new ShareDialog(page);
    await dialog.expectOpen();
    await expect(dialog.root).toContainText('Share 1 study');
    await expectAxeClean(page, 'share dialog on the PostDICOM order page');
    await dialog.mode('Quick link');
    await dialog.review();
    await expect(dialog.confirmation()).toContainText(reference);
    await dialog.send();
    expect(await dialog.link()).toMatch(/^https:\/\/mock\.postdicom\.invalid\/share\//);
    await dialog.close();
    const shares = await postDicomShares(page);
    expect(shares.map((share) => [share.method, share.targetUuids])).toEqual([
      ['CreateQuickShareLinkWithExpireDate', [uuid]],
    ]);

    // The viewer link is asked for at the click and opens in a new tab.
    const [viewer] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('open-viewer').click()]);
    await expect.poll(() => viewer.url()).toMatch(/^blob:/);
    await viewer.close();

    await page.getByRole('button', { name: 'Move to the recycle bin' }).click();
    await page.getByTestId('confirm-bin').click();
    await expect(page).toHaveURL(/\/orders$/);
    expect((await postDicomOrders(page)).some((o) => o.PatientOrderUuid === uuid)).toBe(false);
  });
});
