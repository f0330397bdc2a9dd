import type { Page } from '@playwright/test';
import type { Lang, Scheme } from './support/console';
import { navigate } from './support/console';
import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/sharing-axe';
import { openSharing, registerRecords, selectStudies } from './support/sharing-pages';

const DIALOG = '[role="dialog"]';
const widths = [390, 1280] as const;

async function studiesDialogs(page: Page, width: number) {
  const dialog = page.getByRole('dialog');
  await navigate(page, '/sharing/studies');
  await expect(page.getByTestId('study-row').first()).toBeVisible();
  await expectAccessible(page, `studies ${width}`);
  await selectStudies(page, 1);

  await page.getByTestId('share-selected-email').click();
  await expect(dialog.getByTestId('share-review')).toBeVisible();
  await expectAccessible(page, `share studies form ${width}`, DIALOG);
  await dialog.getByTestId('share-review').click();
  await expect(dialog.locator('[aria-invalid="true"]').first()).toBeVisible();
  await expectAccessible(page, `share studies form with errors ${width}`, DIALOG);
  await dialog.locator('input[data-field="recipients"]').fill('a11y@example.org');
  await dialog.locator('input[data-field="recipients"]').press('Enter');
  await dialog.getByTestId('share-review').click();
  await expect(dialog.getByTestId('share-confirmation')).toBeVisible();
  await expectAccessible(page, `share studies confirmation ${width}`, DIALOG);
  await dialog.getByTestId('share-send').click();
  await expect(dialog.getByTestId('share-done')).toBeVisible();
  await expectAccessible(page, `share studies done ${width}`, DIALOG);
  await dialog.getByTestId('share-close').click();

  await page.getByTestId('share-selected-link').click();
  await dialog.getByTestId('share-review').click();
  await dialog.getByTestId('share-send').click();
  await expect(dialog.getByTestId('share-link')).toBeVisible();
  await expectAccessible(page, `quick link ${width}`, DIALOG);
  await dialog.getByTestId('share-close').click();
  await expect(dialog).toBeHidden();
}

async function folderDialogs(page: Page, width: number) {
  const dialog = page.getByRole('dialog');
  await navigate(page, '/sharing/folders');
  await page.getByTestId('folder-node').filter({ hasText: 'Urgencias' }).click();
  await expect(page.getByTestId('folder-details')).toBeVisible();
  await expectAccessible(page, `folders ${width}`);
  await page.getByTestId('folder-share-email').click();
  await expect(dialog.getByTestId('share-review')).toBeVisible();
  await dialog.getByTestId('share-review').click();
  await expect(dialog.locator('[aria-invalid="true"]').first()).toBeVisible();
  await expectAccessible(page, `share folder form with errors ${width}`, DIALOG);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  for (const mode of ['users', 'groups'] as const) {
    await page.getByTestId(`folder-share-${mode}`).click();
    await expect(
      dialog.locator(`input[data-field="${mode === 'users' ? 'userUuids' : 'groupUuids'}"]`),
    ).toBeVisible();
    await expectAccessible(page, `share folder with ${mode} ${width}`, DIALOG);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
}

async function soloPages(page: Page, width: number) {
  await navigate(page, '/sharing/visits');
  await page.locator('#visit-lookup').fill('3110001');
  await page.locator('#visit-lookup').press('Enter');
  await expect(page.getByTestId('visit-details')).toBeVisible();
  await page.getByTestId('solo-visit-links').getByRole('button').first().click();
  await expect(page.getByTestId('solo-links')).toBeVisible();
  await page.getByTestId('solo-visit-links').getByRole('button').nth(3).click();
  await page.getByTestId('teams-submit').click();
  await expect(page.getByTestId('teams-token')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, `visit links ${width}`);

  await navigate(page, '/sharing/context-links');
  await page.getByTestId('context-submit').click();
  await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
  await expectAccessible(page, `context link with errors ${width}`);

  await navigate(page, '/sharing');
  await expect(registerRecords(page).first()).toBeVisible();
  await registerRecords(page)
    .filter({ has: page.getByTestId('share-subject') })
    .first()
    .locator('button[aria-pressed]')
    .click();
  await expectAccessible(page, `register ${width}`);
}

for (const scheme of ['light', 'dark'] as Scheme[]) {
  for (const lang of ['en', 'es'] as Lang[]) {
    test(`sharing dialogs and the register have no axe violations, ${scheme}, ${lang}, 390 px and desktop`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: widths[0], height: 900 });
      await openSharing(page, '/sharing', { scheme, lang });
      await expectAccessible(page, 'empty register 390');
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        await studiesDialogs(page, width);
        await folderDialogs(page, width);
        await soloPages(page, width);
      }
    });
  }
}
