import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { waitForAnimations } from './support/animations';
import { a11yRun, type Lang, openConsole, type Scheme, setFaults } from './support/console';
import { expect, test } from './support/fixtures';
import { type StudyFolder, writeStudyFolder } from './support/uploads-fixtures';

/**
 * axe on every state of the uploads page (empty, manifest, preview, sending, failures, leave question,
 * documents with refusals) at 390 px and desktop width, light and dark, English and Spanish.
 * `UPLOADS_SCREENSHOTS=1` also saves a screenshot of each state into screenshots/ (not committed).
 */

let study: StudyFolder;
test.beforeAll(() => {
  study = writeStudyFolder(10, 2);
});
test.afterAll(() => study?.remove());

// Screenshots are taken at 1440 px, the checks at 1280 px like the rest of the suite.
const DESKTOP = { width: process.env.UPLOADS_SCREENSHOTS ? 1440 : 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

async function checkAt(page: Page, what: string, contrast: boolean) {
  let builder = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    // Only violations are reported: axe skips the details of what passes, which is most of its time.
    .options({ resultTypes: ['violations'] });
  if (!contrast) builder = builder.disableRules(['color-contrast']);
  // A toast still fading in has a lower contrast than the one the user reads.
  await waitForAnimations(page);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} (${n.failureSummary?.split('\n').slice(1).join(' ')})`)
        .join(' | ')}`,
  );
  expect.soft(summary, `${what}: axe violations`).toEqual([]);
  if (process.env.UPLOADS_SCREENSHOTS) {
    const size = page.viewportSize();
    await page.screenshot({ path: `screenshots/uploads-${what}-${size?.width}.png`, fullPage: true });
  }
}

/**
 * The state on screen, checked at desktop width and at 390 px: the page stays, only the viewport changes,
 * so each state is reached once. `ready` waits for what must be on screen at the width given. Colours do
 * not change with the width, so at 390 px contrast (axe's slowest rule) is checked only where the narrow
 * layout shows other elements (`narrowLayout`: the file rows and the preview's cards).
 */
async function check(
  page: Page,
  what: string,
  ready?: (narrow: boolean) => Promise<void>,
  { narrowLayout = false }: { narrowLayout?: boolean } = {},
) {
  await page.setViewportSize(DESKTOP);
  await ready?.(false);
  await checkAt(page, what, true);
  await page.setViewportSize(PHONE);
  await ready?.(true);
  await checkAt(page, what, narrowLayout);
  await page.setViewportSize(DESKTOP);
}

const schemes: Scheme[] = ['light', 'dark'];
const langs: Lang[] = ['en', 'es'];

for (const scheme of schemes) {
  for (const lang of langs) {
    if (!a11yRun(scheme, lang)) continue;
    test(`axe on the uploads page, ${scheme}, ${lang}, at desktop width and 390 px`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize(DESKTOP);
      await openConsole(page, '/uploads', { scheme, lang });
      const tag = `${scheme}-${lang}`;
      await check(page, `empty-${tag}`, () => expect(page.getByTestId('intake-drop')).toBeVisible());

      await page.getByTestId('intake-folder').setInputFiles(study.dir);
      await expect(page.getByTestId('manifest-summary')).toContainText(
        lang === 'en' ? '12 readable' : '12 legibles',
      );
      await check(page, `manifest-${tag}`, () => expect(page.getByTestId('file-row').first()).toBeVisible(), {
        narrowLayout: true,
      });

      await page.getByTestId('deidentify-enable').check();
      await page.getByTestId('deidentify-name').fill('ANON^^^bad\\name');
      await check(page, `invalid-name-${tag}`);
      await page.getByTestId('deidentify-name').fill('ANON^TRIAL');
      await page.getByTestId('deidentify-preview').click();
      await check(
        page,
        `preview-${tag}`,
        (narrow) =>
          expect(
            page.getByTestId(narrow ? 'deidentify-preview-list' : 'deidentify-preview-table'),
          ).toBeVisible(),
        { narrowLayout: true },
      );

      // Sending, with every file failed: a broken answer (not retried automatically, unlike a 5xx) fails
      // every file at once.
      await setFaults(page, { failure: 'malformed-json', vendor: 'postdicom', methods: 'writes' });
      await page.getByTestId('send-start').click();
      await expect(page.getByTestId('send-status')).toHaveAttribute('data-state', 'done');
      await expect(page.getByTestId('send-retry')).toBeVisible();
      await check(page, `failed-${tag}`, undefined, { narrowLayout: true });
      await setFaults(page, { failure: 'hang', vendor: 'postdicom', methods: 'writes' });
      await page.getByTestId('send-retry').click();
      await expect(page.getByTestId('send-status')).toHaveAttribute('data-state', 'running');
      await check(page, `sending-${tag}`);
      await page.getByRole('navigation').getByRole('link').first().click();
      await check(page, `leave-${tag}`, () => expect(page.getByRole('alertdialog')).toBeVisible());
      await page.getByRole('alertdialog').getByRole('button').first().click();
      await expect(page.getByRole('alertdialog')).toBeHidden();

      // Documents: a refusal with its reasons.
      await page.getByRole('tab', { name: lang === 'en' ? 'Documents' : 'Documentos' }).click();
      await page.getByTestId('document-files').setInputFiles({
        name: 'scan.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n'),
      });
      await check(
        page,
        `documents-${tag}`,
        () => expect(page.getByTestId('document-problems')).toBeVisible(),
        {
          narrowLayout: true,
        },
      );
    });
  }
}
