import type { Page } from '@playwright/test';
import { apiGet, openConsole } from './support/console';
import { expect, test } from './support/fixtures';

/**
 * Documents with each vendor's rules, checked before anything is sent, by content (magic bytes), never by
 * name: a file whose extension lies is refused with the reason; a good one goes through.
 */

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const QUICKTIME = Buffer.from([0, 0, 0, 0x14, 0x66, 0x74, 0x79, 0x70, 0x71, 0x74, 0x20, 0x20, 0, 0, 0, 0]);

const rows = (page: Page) => page.getByTestId('document-row');
const row = (page: Page, name: string) => rows(page).filter({ hasText: name });

async function openDocuments(page: Page) {
  await openConsole(page, '/uploads');
  await page.getByRole('tab', { name: 'Documents' }).click();
}

test('PostDICOM order documents: PDF, JPEG, PNG, BMP or MP4 by content, the extension agreeing', async ({
  page,
}) => {
  await openDocuments(page);
  await page.getByTestId('document-order-search').fill('ez');
  const order = page.getByTestId('document-order');
  await expect(order.locator('option')).not.toHaveCount(1);
  await order.selectOption({ index: 1 });
  await page.getByTestId('document-files').setInputFiles([
    { name: 'informe.pdf', mimeType: 'application/pdf', buffer: PDF },
    { name: 'scan.jpg', mimeType: 'image/jpeg', buffer: PDF },
    { name: 'foto.png', mimeType: 'image/png', buffer: JPEG },
    { name: 'video.mp4', mimeType: 'video/mp4', buffer: QUICKTIME },
  ]);
  await expect(row(page, 'scan.jpg').getByTestId('document-problems')).toContainText(
    'Its name says .jpg but its content is PDF.',
  );
  await expect(row(page, 'foto.png').getByTestId('document-problems')).toContainText(
    'Its name says .png but its content is JPEG.',
  );
  await expect(row(page, 'video.mp4').getByTestId('document-problems')).toContainText(
    'Its content is not a type PostDICOM order takes',
  );
  await expect(row(page, 'informe.pdf').getByTestId('document-problems')).toHaveCount(0);
  // Renaming the JPEG to what it is makes it acceptable.
  await row(page, 'foto.png').getByLabel('File name shown to the vendor').fill('foto.jpg');
  await expect(row(page, 'foto.png').getByTestId('document-problems')).toHaveCount(0);
  await page.getByTestId('document-send').click();
  await expect(row(page, 'informe.pdf')).toHaveAttribute('data-status', 'sent');
  await expect(row(page, 'foto.png')).toHaveAttribute('data-status', 'sent');
  await expect(row(page, 'scan.jpg')).toHaveAttribute('data-status', 'refused');
  await expect(row(page, 'video.mp4')).toHaveAttribute('data-status', 'refused');
});

test('Solo appointment attachments: PDF, PNG or JPEG, at most 5 MB, with a name', async ({ page }) => {
  await openDocuments(page);
  await page.getByRole('radio', { name: 'Teladoc Health Solo appointment' }).check();
  await page.getByTestId('document-appointment').fill('3110001');
  const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
  await page.getByTestId('document-files').setInputFiles([
    { name: 'referral.pdf', mimeType: 'application/pdf', buffer: PDF },
    { name: 'photo.png', mimeType: 'image/png', buffer: big },
    { name: 'letter.pdf', mimeType: 'application/pdf', buffer: PNG },
  ]);
  await expect(row(page, 'photo.png').getByTestId('document-problems')).toContainText('larger than 5 MB');
  await expect(row(page, 'letter.pdf').getByTestId('document-problems')).toContainText(
    'Its name says .pdf but its content is PNG.',
  );
  // A name is required.
  await row(page, 'referral.pdf').getByLabel('File name shown to the vendor').fill('');
  await expect(row(page, 'referral.pdf').getByTestId('document-problems')).toContainText(
    'Give the file a name.',
  );
  await row(page, 'referral.pdf').getByLabel('File name shown to the vendor').fill('Referral letter.pdf');
  await page.getByTestId('document-send').click();
  await expect(row(page, 'referral.pdf')).toHaveAttribute('data-status', 'sent');
  const list = await apiGet<{ attachments: { title: string }[] }>(
    page,
    '/api/solo/qapi/v1/appointments/3110001/attachments',
  );
  expect(list.attachments.map((attachment) => attachment.title)).toContain('Referral letter.pdf');
  await expect(row(page, 'photo.png')).toHaveAttribute('data-status', 'refused');
});

test('Scan.com referral documents: any type, at most 25 MB, checked before sending', async ({ page }) => {
  await openDocuments(page);
  await page.getByRole('radio', { name: 'Scan.com referral' }).check();
  await expect(page.getByText('Scan.com needs a user for this tab.')).toBeVisible();
  await page.getByLabel('First name').fill('Ana');
  await page.getByLabel('Last name').fill('Ruiz');
  await page.getByLabel('Email').fill('ana.ruiz@example.com');
  await page.getByRole('button', { name: 'Start a Scan.com session' }).click();
  await expect(page.getByText('This Scan.com user has no referrals yet.')).toBeVisible();
  await page.getByTestId('document-files').setInputFiles([
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Prior MRI: normal.') },
    { name: 'huge.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(25 * 1024 * 1024 + 1) },
  ]);
  // Any type is fine; the size is not.
  await expect(row(page, 'notes.txt').getByTestId('document-problems')).toHaveCount(0);
  await expect(row(page, 'huge.bin').getByTestId('document-problems')).toContainText('larger than 25 MB');
  await expect(page.getByTestId('document-send')).toBeDisabled();
});
