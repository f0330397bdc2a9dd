import type { Page } from '@playwright/test';
import type { Lang, Scheme } from './support/console';
import { navigate } from './support/console';
import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/sharing-axe';
import { openSharing, registerRecords, selectStudies } from './support/sharing-pages';

const DIALOG = '[role="dialog"]';
const MAIN = 'main';
const PHONE = 390;
const DESKTOP = 1280;

/** axe on what is on screen now, at 390 px and at desktop width (the state stays; only the width changes). */
async function check(page: Page, what: string, scope: string) {
  for (const width of [PHONE, DESKTOP]) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await expectAccessible(page, `${what} at ${width} px`, scope);
  }
  await page.setViewportSize({ width: PHONE, height: 900 });
}

async function studiesDialogs(page: Page) {
  const dialog = page.getByRole('dialog');
  await navigate(page, '/sharing/studies');
  await expect(page.getByTestId('study-row').first()).toBeVisible();
  await selectStudies(page, 1);

  await page.getByTestId('share-selected-email').click();
  await expect(dialog.getByTestId('share-review')).toBeVisible();
  await dialog.getByTestId('share-review').click();
  await expect(dialog.locator('[aria-invalid="true"]').first()).toBeVisible();
  await check(page, 'share studies form with errors', DIALOG);
  await dialog.locator('input[data-field="recipients"]').fill('a11y@example.org');
  await dialog.locator('input[data-field="recipients"]').press('Enter');
  await dialog.getByTestId('share-review').click();
  await expect(dialog.getByTestId('share-confirmation')).toBeVisible();
  await check(page, 'share studies confirmation', DIALOG);
  await dialog.getByTestId('share-send').click();
  await expect(dialog.getByTestId('share-done')).toBeVisible();
  await dialog.getByTestId('share-close').click();

  await page.getByTestId('share-selected-link').click();
  await dialog.getByTestId('share-review').click();
  await dialog.getByTestId('share-send').click();
  await expect(dialog.getByTestId('share-link')).toBeVisible();
  await check(page, 'quick link done', DIALOG);
  await dialog.getByTestId('share-close').click();
  await expect(dialog).toBeHidden();
}

async function folderDialogs(page: Page) {
  const dialog = page.getByRole('dialog');
  await navigate(page, '/sharing/folders');
  await page.getByTestId('folder-node').filter({ hasText: 'Urgencias' }).click();
  await expect(page.getByTestId('folder-details')).toBeVisible();
  await check(page, 'folders', MAIN);
  await page.getByTestId('folder-share-email').click();
  await expect(dialog.getByTestId('share-review')).toBeVisible();
  await dialog.getByTestId('share-review').click();
  await expect(dialog.locator('[aria-invalid="true"]').first()).toBeVisible();
  await check(page, 'share folder form with errors', DIALOG);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByTestId('folder-share-groups').click();
  await expect(dialog.locator('input[data-field="groupUuids"]')).toBeEnabled();
  await check(page, 'share folder with groups', DIALOG);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

async function soloPages(page: Page) {
  await navigate(page, '/sharing/visits');
  await page.locator('#visit-lookup').fill('3110001');
  await page.locator('#visit-lookup').press('Enter');
  await expect(page.getByTestId('visit-details')).toBeVisible();
  await page.getByTestId('solo-visit-links').getByRole('button').first().click();
  await expect(page.getByTestId('solo-links')).toBeVisible();
  await page.getByTestId('solo-visit-links').getByRole('button').nth(3).click();
  await page.getByTestId('teams-submit').click();
  await expect(page.getByTestId('solo-visit-links').locator('input[type="password"]')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await check(page, 'visit links', MAIN);

  await navigate(page, '/sharing/context-links');
  await page.getByTestId('context-submit').click();
  await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
  await check(page, 'context link with errors', MAIN);

  await navigate(page, '/sharing');
  await expect(registerRecords(page).first()).toBeVisible();
  await registerRecords(page)
    .filter({ has: page.getByTestId('share-subject') })
    .first()
    .locator('button[aria-pressed]')
    .click();
  await check(page, 'share register', MAIN);
}

// Light in English and dark in Spanish: each scheme and each language, every state at both widths (the
// full cross product doubles the area's e2e time for no state that differs).
const variants: [Scheme, Lang][] = [
  ['light', 'en'],
  ['dark', 'es'],
];
for (const [scheme, lang] of variants) {
  test(`sharing dialogs and the register have no axe violations, ${scheme}, ${lang}, 390 px and desktop`, async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize({ width: PHONE, height: 900 });
    await openSharing(page, '/sharing', { scheme, lang });
    await studiesDialogs(page);
    await folderDialogs(page);
    await soloPages(page);
  });
}
