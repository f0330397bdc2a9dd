import { openConsole } from './support/console';
import { expect, test } from './support/fixtures';

test.use({ timezoneId: 'America/New_York' });

test('Scan.com blocks: two consecutive blocks are booked, two that are not are refused with the reason', async ({
  page,
}) => {
  await openConsole(page, '/schedule/scan');
  await page.getByTestId('scan-sample').click();
  const picker = page.getByTestId('scan-block-picker');
  await expect(picker).toBeVisible({ timeout: 30_000 });
  const blocks = picker.locator('[data-block-id]');
  await expect(blocks.nth(3)).toBeVisible();

  // Two blocks that do not follow each other: find a gap in the day's blocks (a booked block), else skip one.
  const starts = await blocks.evaluateAll((buttons) => buttons.map((b) => b.textContent ?? ''));
  const minutes = starts.map((text) => {
    const [h = 0, m = 0] = text
      .replace(/[^\d:]/g, '')
      .split(':')
      .map(Number);
    return h * 60 + m;
  });
  const gapAt = minutes.findIndex((value, i) => i > 0 && value - (minutes[i - 1] ?? value) > 15);
  const [a, b] = gapAt > 0 ? [gapAt - 1, gapAt] : [0, 2];
  await blocks.nth(a).click();
  await blocks.nth(b).click();
  await expect(page.getByTestId('scan-block-refusal')).toContainText('not consecutive');
  await expect(page.getByTestId('scan-book')).toBeDisabled();
  await blocks.nth(a).click();
  await blocks.nth(b).click();

  // Two consecutive blocks.
  const pairAt = minutes.findIndex((value, i) => i > 0 && value - (minutes[i - 1] ?? value) === 15);
  const chosen = [pairAt - 1, pairAt];
  const ids = await Promise.all(chosen.map((i) => blocks.nth(i).getAttribute('data-block-id')));
  for (const i of chosen) await blocks.nth(i).click();
  await expect(page.getByTestId('scan-block-summary')).toContainText('2 blocks, 30 min');
  await page.getByTestId('scan-book').click();
  await expect(page.getByTestId('scan-booked')).toContainText('2 blocks booked');
  // The booked blocks are no longer offered.
  for (const id of ids) await expect(picker.locator(`[data-block-id="${id}"]`)).toHaveCount(0);
});
