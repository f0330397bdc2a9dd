import type { Page } from '@playwright/test';
import { openConsole, setFaults } from './support/console';
import { expect, test } from './support/fixtures';
import { type StudyFolder, singleDicom, studyZip, writeStudyFolder } from './support/uploads-fixtures';

/**
 * The uploads page with a CD-like folder of 200 generated DICOM files, a DICOMDIR and a text file:
 * manifest and rejection, de-identification, sending to the PostDICOM simulation with a failure injected
 * midway and only the failed files retried, every file arriving exactly once; then a reload mid-upload
 * and a resume that sends nothing twice.
 */

let study: StudyFolder;
test.beforeAll(() => {
  study = writeStudyFolder(190, 10);
});
test.afterAll(() => study?.remove());

type Uploaded = {
  sopInstanceUid: string;
  patientName: string;
  patientId: string;
  anonymized: boolean;
  folders: string[];
};
const uploaded = (page: Page) =>
  page.evaluate(() => (window.__consoleMocks?.postdicom.uploadedFiles() ?? []) as Uploaded[]);
const status = (page: Page) => page.getByTestId('send-status');
const sentCount = async (page: Page) => Number(await status(page).getAttribute('data-sent'));

async function selectStudy(page: Page) {
  await page.getByTestId('intake-folder').setInputFiles(study.dir);
  await expect(page.getByTestId('manifest-summary')).toContainText('200 readable, 1 rejected', {
    timeout: 60_000,
  });
}

test('a CD folder: manifest, rejection, de-identification, a failure midway, retry of the failed files only', async ({
  page,
}) => {
  // 200 files de-identified and sent twice, with twelve failures retried with backoff: minutes on a busy
  // 2-core machine. The waits for the end of a send are bounded by this test's limit only (`timeout: 0`),
  // never by the 20 s of one expectation: how long a send takes is not what this test checks.
  test.setTimeout(360_000);
  await openConsole(page, '/uploads');
  await selectStudy(page);

  // The manifest: one patient, one study, two series; the ultrasound series is flagged for burned-in text.
  const patient = page.getByTestId('manifest-patient');
  await expect(patient).toHaveCount(1);
  await expect(patient.getByRole('heading')).toHaveText('GARCÍA, MARÍA JOSÉ');
  await expect(patient).toContainText('Patient ID MRN-778899');
  await expect(patient).toContainText('Character set: ISO_IR 192');
  await expect(page.getByTestId('manifest-series').locator('tr')).toHaveCount(2);
  await expect(page.getByTestId('burned-in')).toHaveCount(1);

  // The rejection, with its reason; DICOMDIR is not even listed.
  await page.getByRole('radio', { name: /Rejected or failed \(1\)/ }).check();
  const rejected = page.getByTestId('file-row');
  await expect(rejected).toHaveCount(1);
  await expect(rejected).toContainText('CD_STUDY/README.TXT');
  await expect(rejected.getByTestId('file-reason')).toHaveText('Not a DICOM file.');
  // DICOMDIR is skipped: 200 images and the text file.
  await expect(page.getByTestId('manifest-summary')).toContainText('201 files');
  await page.getByRole('radio', { name: /^All/ }).check();

  // De-identification with the user's replacements, previewed before sending.
  await page.getByTestId('deidentify-enable').check();
  await page.getByTestId('deidentify-name').fill('ANON^TRIAL01');
  await page.getByTestId('deidentify-id').fill('TRIAL-01');
  await page.getByTestId('deidentify-preview').click();
  const preview = page.getByTestId('deidentify-preview-table');
  await expect(preview.locator('tr', { hasText: 'PatientName' })).toContainText('GARCÍA^MARÍA JOSÉ');
  await expect(preview.locator('tr', { hasText: 'PatientName' })).toContainText('ANON^TRIAL01');
  await expect(preview.locator('tr', { hasText: 'InstitutionName' })).toContainText('emptied');
  await expect(preview.locator('tr', { hasText: 'StudyDescription' })).toContainText('removed');

  // Send; pause once some files are through, inject failures, resume.
  await page.getByTestId('send-start').click();
  await expect.poll(() => sentCount(page), { timeout: 0 }).toBeGreaterThanOrEqual(40);
  await page.getByTestId('send-pause').click();
  await expect(status(page)).toHaveAttribute('data-state', 'paused');
  const beforeFailure = await sentCount(page);
  expect(beforeFailure).toBeLessThan(200);
  await setFaults(page, { failure: 'server-error', vendor: 'postdicom', methods: 'writes', remaining: 12 });
  await page.getByTestId('send-resume').click();
  await expect(status(page)).toHaveAttribute('data-state', 'done', { timeout: 0 });
  const failed = Number(await status(page).getAttribute('data-failed'));
  expect(failed).toBeGreaterThan(0);
  expect((await uploaded(page)).length).toBe(200 - failed);

  // Retry only the failed files: the others are not sent again.
  await page.getByTestId('send-retry').click();
  await expect(status(page)).toHaveAttribute('data-state', 'done', { timeout: 0 });
  await expect(status(page)).toHaveAttribute('data-sent', '200');
  const files = await uploaded(page);
  expect(files).toHaveLength(200);
  expect(new Set(files.map((file) => file.sopInstanceUid)).size).toBe(200);
  // De-identified: the replacements everywhere, new UIDs, no original UID.
  expect(new Set(files.map((file) => `${file.patientName}|${file.patientId}`))).toEqual(
    new Set(['ANON^TRIAL01|TRIAL-01']),
  );
  expect(files.every((file) => file.sopInstanceUid.startsWith('2.25.'))).toBe(true);
});

test('leaving while files are being sent asks first', async ({ page }) => {
  await openConsole(page, '/uploads');
  await selectStudy(page);
  // Keep the upload going: every call to the library hangs.
  await setFaults(page, { failure: 'hang', vendor: 'postdicom', methods: 'writes' });
  await page.getByTestId('send-start').click();
  await expect(status(page)).toHaveAttribute('data-state', 'running');
  await page.getByRole('navigation').getByRole('link', { name: 'Orders' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Leave while files are being sent?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(page).toHaveURL(/\/uploads$/);
  await expect(dialog).toBeHidden();
  await page.getByRole('navigation').getByRole('link', { name: 'Orders' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Leave' }).click();
  await expect(page).toHaveURL(/\/orders/);
});

test('a reload mid-upload, then the same folder again: nothing is sent twice', async ({ page }) => {
  test.setTimeout(120_000);
  await openConsole(page, '/uploads');
  await selectStudy(page);
  await page.getByTestId('send-start').click();
  await expect.poll(() => sentCount(page)).toBeGreaterThanOrEqual(30);
  // Freeze the upload mid-way: every new call hangs; the calls already started finish and are counted.
  await setFaults(page, { failure: 'hang', vendor: 'postdicom', methods: 'writes' });
  let before: Uploaded[] = [];
  await expect
    .poll(async () => {
      if (await page.evaluate(() => window.__consoleMocks?.postdicom.callsInProgress() ?? 0)) return false;
      before = await uploaded(page);
      const sent = await sentCount(page);
      const saved = Number(await status(page).getAttribute('data-saved'));
      return before.length === sent && saved === sent;
    })
    .toBe(true);
  expect(before.length).toBeLessThan(200);

  // The reload asks (beforeunload) and goes on.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  await expect(page.getByTestId('mode-badge')).toBeVisible();

  // The page says what was sent, keeps nothing else, and skips it when the same folder comes back.
  const notice = page.getByTestId('resume-notice');
  await expect(notice).toContainText(`${before.length} of 200 files were sent`);
  await selectStudy(page);
  await expect(page.getByTestId('resume-matched')).toContainText(`${before.length} files of this selection`);
  await page.getByTestId('send-start').click();
  await expect(status(page)).toHaveAttribute('data-state', 'done');
  const after = await uploaded(page);
  // The mocks restarted with the page: `after` is what was sent after the reload.
  expect(after).toHaveLength(200 - before.length);
  const first = new Set(before.map((file) => file.sopInstanceUid));
  expect(after.filter((file) => first.has(file.sopInstanceUid))).toEqual([]);
  expect(new Set([...first, ...after.map((file) => file.sopInstanceUid)])).toEqual(
    new Set(study.sopInstanceUids),
  );
});

test('a drop of files and of a .zip of a study, sent into a folder with the vendor anonymizing', async ({
  page,
}) => {
  await openConsole(page, '/uploads');
  const zip = studyZip(5).toString('base64');
  const one = singleDicom(1).toString('base64');
  const two = singleDicom(2).toString('base64');
  // A synthetic drop: the DataTransfer a browser hands over when files are dropped.
  await page.getByTestId('intake-drop').evaluate(
    (zone, payload) => {
      const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes(payload.zip)], 'study-export.zip', { type: 'application/zip' }));
      transfer.items.add(new File([bytes(payload.one)], 'IM1'));
      transfer.items.add(new File([bytes(payload.two)], 'IM2'));
      zone.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { zip, one, two },
  );
  // The zip's five images (its DICOMDIR skipped) and the two loose files: one study, two series.
  await expect(page.getByTestId('manifest-summary')).toContainText('7 files');
  await expect(page.getByTestId('manifest-summary')).toContainText('7 readable, 0 rejected');
  await expect(page.getByTestId('manifest-series').locator('tr')).toHaveCount(2);

  // PostDICOM's other upload variant: into a folder, the library writing the name and ID given.
  await page.getByTestId('send-to-folder').check();
  const folder = page.getByTestId('send-folder');
  await expect(folder.locator('option')).not.toHaveCount(1);
  await folder.selectOption({ index: 1 });
  const folderName = (await folder.locator('option:checked').textContent()) ?? '';
  await page.getByRole('checkbox', { name: /Let PostDICOM anonymize too/ }).check();
  await expect(page.getByText('Give a patient name or ID to write.')).toBeVisible();
  await page.getByTestId('deidentify-name').fill('ANON^DROP');
  await page.getByTestId('deidentify-id').fill('DROP-7');
  await page.getByTestId('send-start').click();
  await expect(status(page)).toHaveAttribute('data-state', 'done');
  await expect(status(page)).toHaveAttribute('data-sent', '7');
  const files = await uploaded(page);
  expect(files).toHaveLength(7);
  expect(
    new Set(files.map((file) => `${file.patientName}|${file.patientId}|${file.anonymized}|${file.folders}`)),
  ).toEqual(new Set([`ANON^DROP|DROP-7|true|${folderName}`]));
});
