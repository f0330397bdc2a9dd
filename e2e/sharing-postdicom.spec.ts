import { formatDay, readPageClock, today } from './support/clock';
import { navigate, resetFaults, setFaults } from './support/console';
import { expect, test } from './support/fixtures';
import {
  openSharing,
  openStudies,
  postDicomCalls,
  postDicomShares,
  registerRecords,
  ShareDialog,
  selectStudies,
} from './support/sharing-pages';

test.describe('Sharing PostDICOM studies', () => {
  test('by email (two recipients, password to a second address, 30 days), without expiry, and quick links with and without expiry: each reaches the vendor and the register', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openSharing(page, '/sharing');
    await openStudies(page);
    const uuids = await selectStudies(page, 2);
    const dialog = new ShareDialog(page);

    // By email, with the password to a second address and a 30-day expiry.
    await page.getByTestId('share-selected-email').click();
    await dialog.expectOpen();
    await expect(dialog.root.getByRole('switch', { name: /download/ })).not.toBeChecked();
    await expect(dialog.root.getByRole('radio', { name: 'In 7 days' })).toBeChecked();
    await dialog.addRecipients('ana@example.org', 'luis@example.org');
    await dialog.passwordTo('clave@example.org');
    await dialog.expiry('30');
    await dialog.review();
    const confirm = dialog.confirmation();
    await expect(confirm).toContainText('ana@example.org');
    await expect(confirm).toContainText('luis@example.org');
    await expect(confirm).toContainText('clave@example.org');
    await expect(confirm).toContainText(formatDay(today(30)));
    await expect(confirm).toContainText('in 30 days');
    await expect(confirm).toContainText('View only, no download');
    // Nothing is sent before the confirmation.
    expect(await postDicomCalls(page, 'SharePatientOrderWithExpireDate')).toBe(0);
    await dialog.send();
    await dialog.close();

    // By email, without expiry (chosen on purpose), downloads allowed.
    await page.getByTestId('share-selected-email').click();
    await dialog.expectOpen();
    await dialog.addRecipients('referrer@example.org');
    await dialog.root.getByRole('switch', { name: /download/ }).check();
    await dialog.expiry('none');
    await dialog.review();
    await expect(dialog.confirmation()).toContainText('never expires');
    await dialog.send();
    await dialog.close();

    // Quick link, 7 days (the default), copied with one click.
    await page.getByTestId('share-selected-link').click();
    await dialog.expectOpen();
    await dialog.review();
    await dialog.send();
    const withExpiry = await dialog.link();
    expect(withExpiry).toMatch(/^https:\/\/mock\.postdicom\.invalid\/share\//);
    await dialog.root.getByRole('button', { name: 'Copy Quick link' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(withExpiry);
    await dialog.close();

    // Quick link without expiry.
    await page.getByTestId('share-selected-link').click();
    await dialog.expectOpen();
    await dialog.expiry('none');
    await dialog.review();
    await dialog.send();
    const forever = await dialog.link();
    await dialog.close();

    const shares = await postDicomShares(page);
    expect(shares.map((s) => [s.method, s.recipients, s.expireDate, s.userCanDownloadStudies])).toEqual([
      ['SharePatientOrderWithExpireDate', ['ana@example.org', 'clave@example.org'], today(30), false],
      ['SharePatientOrderWithExpireDate', ['luis@example.org', 'clave@example.org'], today(30), false],
      ['SharePatientOrder', ['referrer@example.org'], '', true],
      ['CreateQuickShareLinkWithExpireDate', [], today(7), false],
      ['CreateQuickShareLink', [], '', false],
    ]);
    for (const share of shares) expect(share.targetUuids).toEqual(uuids);
    expect(shares.slice(3).map((s) => s.url)).toEqual([withExpiry, forever]);

    await navigate(page, '/sharing');
    const records = registerRecords(page);
    await expect(records).toHaveCount(5);
    // Newest first.
    await expect(records.nth(0)).toHaveAttribute('data-kind', 'orders-link');
    await expect(records.nth(0)).toHaveAttribute('data-state', 'none');
    await expect(records.nth(1)).toHaveAttribute('data-state', 'active');
    await expect(records.nth(1).getByTestId('share-expiry')).toHaveText(`${formatDay(today(7))} (in 7 days)`);
    await expect(records.nth(2)).toContainText('referrer@example.org');
    await expect(records.nth(2)).toContainText('Download allowed');
    await expect(records.nth(4)).toContainText('ana@example.org');
    await expect(records.nth(4)).toContainText('Password to clave@example.org');
    await expect(records.nth(4).getByTestId('share-expiry')).toHaveText(
      `${formatDay(today(30))} (in 30 days)`,
    );
    await expect(records.nth(1).getByRole('textbox', { name: 'Link' })).toHaveValue(withExpiry);
  });

  test('refuses no recipient, a bad address, a past expiry and a weak password, before anything is sent; a vendor failure keeps every value', async ({
    page,
  }) => {
    await openSharing(page, '/sharing');
    await openStudies(page);
    await selectStudies(page, 1);
    const dialog = new ShareDialog(page);
    await page.getByTestId('share-selected-email').click();
    await dialog.expectOpen();
    await dialog.review();
    await expect(dialog.error('Add at least one recipient')).toBeVisible();
    await dialog.addRecipients('ana@example');
    await dialog.review();
    await expect(dialog.error('“ana@example” is not a valid email address')).toBeVisible();
    // By keyboard: Backspace in the empty field takes the last address back out.
    await dialog.recipients().press('Backspace');
    await expect(dialog.root.getByText('ana@example', { exact: true })).toBeHidden();
    await dialog.addRecipients('ana@example.org');
    await dialog.expiry(today(-1));
    await dialog.review();
    await expect(dialog.error('The date is in the past: choose today or later')).toBeVisible();
    await dialog.root.getByRole('textbox', { name: /^Last day of access/ }).fill('2026-02-30');
    await dialog.review();
    await expect(dialog.error('This date does not exist')).toBeVisible();
    await dialog.root.getByRole('textbox', { name: /^Last day of access/ }).fill(today(3));
    await dialog.review();
    await expect(dialog.confirmation()).toContainText(formatDay(today(3)));

    // The vendor fails: the error is said, everything typed is still there, and a retry shares once.
    await setFaults(page, { vendor: 'postdicom', failure: 'server-error' });
    await dialog.root.getByTestId('share-send').click();
    await expect(dialog.root.getByTestId('share-error')).toContainText('PostDICOM');
    await expect(dialog.root.getByText('ana@example.org')).toBeVisible();
    await resetFaults(page);
    await dialog.review();
    await dialog.send();
    await dialog.close();
    expect((await postDicomShares(page)).map((s) => s.recipients[0])).toEqual(['ana@example.org']);

    // A folder share needs a strong password.
    await navigate(page, '/sharing/folders');
    await page.getByTestId('folder-node').filter({ hasText: 'Urgencias' }).click();
    await page.getByTestId('folder-share-url').click();
    await dialog.expectOpen();
    const password = dialog.root.getByLabel('Password for the recipients', { exact: false }).first();
    await password.fill('password123');
    await dialog.review();
    await expect(dialog.error('Too short: use at least 12 characters')).toBeVisible();
    await password.fill('Password2026!');
    await expect(dialog.error('This password is too well known')).toBeVisible();
    await password.fill('abcdefghijklmnop');
    await expect(
      dialog.error('Mix at least three of: lower case, upper case, digits, symbols'),
    ).toBeVisible();
    expect(await postDicomCalls(page, 'ShareFolderWithURL')).toBe(0);
  });

  test('viewer links are asked for at the click, never before; a blocked pop-up falls back to a link', async ({
    page,
  }) => {
    await openSharing(page, '/sharing');
    await openStudies(page);
    await expect(page.getByTestId('viewer-order').first()).toBeEnabled();
    expect(await postDicomCalls(page, 'GetViewUrl')).toBe(0);

    const [viewer] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByTestId('viewer-order').first().click(),
    ]);
    await expect(viewer).toHaveURL(/^blob:/);
    await expect(viewer.getByText('Simulated PostDICOM viewer')).toBeVisible();
    expect(await postDicomCalls(page, 'GetViewUrl')).toBe(1);
    await viewer.close();

    // The browser blocks the new tab: the link is offered instead, and opens on a click.
    await page.evaluate(() => {
      window.open = () => null;
    });
    await page.getByTestId('viewer-order').nth(1).click();
    const fallback = page.getByTestId('viewer-fallback');
    await expect(fallback).toContainText('The browser blocked the new tab.');
    expect(await postDicomCalls(page, 'GetViewUrl')).toBe(2);
    const [second] = await Promise.all([
      page.waitForEvent('popup'),
      fallback.getByRole('link', { name: 'Open the viewer' }).click(),
    ]);
    await expect(second.getByText('Simulated PostDICOM viewer')).toBeVisible();
    await second.close();

    await navigate(page, '/sharing/folders');
    await page.getByTestId('folder-node').filter({ hasText: 'Urgencias' }).click();
    await expect(page.getByTestId('viewer-folder')).toBeEnabled();
    expect(await postDicomCalls(page, 'GetFolderViewUrl')).toBe(0);
    await page.getByTestId('viewer-folder').click();
    await expect(page.getByTestId('viewer-fallback')).toBeVisible();
    expect(await postDicomCalls(page, 'GetFolderViewUrl')).toBe(1);
  });
});

test.describe('Sharing PostDICOM folders', () => {
  test('browse and create nested folders; share by email and by link, upload requests by email and by link, with users and with groups', async ({
    page,
  }) => {
    await openSharing(page, '/sharing');
    await navigate(page, '/sharing/folders');
    const nodes = page.getByTestId('folder-node');
    await expect(nodes.filter({ hasText: 'Urgencias' })).toBeVisible();
    await page.getByRole('button', { name: 'Show the folders in Urgencias' }).click();
    await expect(nodes.filter({ hasText: 'Pendientes de informe' })).toBeVisible();

    // A nested path at the top level: both folders are made.
    await page.getByRole('button', { name: 'New folder' }).click();
    await page.getByRole('textbox', { name: /^Name/ }).fill('E2E Derivaciones/Marzo');
    await page.getByRole('button', { name: 'Create the folder' }).click();
    await expect(nodes.filter({ hasText: 'E2E Derivaciones' })).toBeVisible();
    await page.getByRole('button', { name: 'Show the folders in E2E Derivaciones' }).click();
    await nodes.filter({ hasText: 'Marzo' }).click();
    await expect(page.getByTestId('folder-details')).toContainText('E2E Derivaciones / Marzo');

    const dialog = new ShareDialog(page);
    const share = async (
      mode: string,
      fill: () => Promise<void>,
      expectLink: boolean,
    ): Promise<string | null> => {
      await page.getByTestId(`folder-share-${mode}`).click();
      await dialog.expectOpen();
      await fill();
      await dialog.review();
      await expect(dialog.confirmation()).toBeVisible();
      await dialog.send();
      const link = expectLink ? await dialog.link() : null;
      await dialog.close();
      return link;
    };
    const generate = () => dialog.root.getByRole('button', { name: 'Generate a strong password' }).click();

    await share(
      'email',
      async () => {
        await expect(dialog.root.getByRole('textbox', { name: /^Title/ })).toHaveValue(
          'Imaging studies shared with you',
        );
        await dialog.addRecipients('colega@example.org');
        await dialog.passwordTo('pin@example.org');
        await generate();
        await expect(dialog.root.getByTestId('password-strength')).toHaveText('Strong');
        // Shown once generated: the user passes it on.
        await expect(dialog.root.locator('input[data-field="password"]')).toHaveAttribute('type', 'text');
        await dialog.root.getByRole('textbox', { name: /^Description/ }).fill('Para el ateneo');
        await dialog.expiry('90');
      },
      false,
    );
    const folderLink = await share(
      'url',
      async () => {
        await generate();
        await dialog.root.getByRole('switch', { name: /download/ }).check();
      },
      true,
    );
    await share(
      'upload-email',
      async () => {
        await expect(dialog.root.getByRole('textbox', { name: /^Title/ })).toHaveValue(
          'Please upload imaging studies',
        );
        await dialog.addRecipients('centro@example.org');
        await generate();
      },
      false,
    );
    const uploadLink = await share('upload-url', generate, true);
    await share(
      'users',
      async () => {
        const users = dialog.root.getByRole('combobox', { name: /^Users/ });
        await users.click();
        const options = page.getByRole('listbox').getByRole('option');
        await options.first().click();
        await options.nth(1).click();
        await users.press('Escape');
      },
      false,
    );
    await share(
      'groups',
      async () => {
        const groups = dialog.root.getByRole('combobox', { name: /^User groups/ });
        await groups.click();
        await page.getByRole('option', { name: /Radiólogos/ }).click();
        await groups.press('Escape');
      },
      false,
    );

    const shares = await postDicomShares(page);
    expect(shares.map((s) => s.method)).toEqual([
      'ShareFolderWithEmail',
      'ShareFolderWithURL',
      'ShareFolderToUploadWithEmail',
      'ShareFolderToUploadWithUrl',
      'ShareFolderWithAccountUser',
      'ShareFolderWithAccountUserGroup',
    ]);
    expect(shares[0]).toMatchObject({
      recipients: ['colega@example.org', 'pin@example.org'],
      expireDate: today(90),
    });
    expect(shares[1]).toMatchObject({ expireDate: today(7), userCanDownloadStudies: true, url: folderLink });
    expect(shares[3]?.url).toBe(uploadLink);
    expect(shares[4]?.recipients).toHaveLength(2);
    expect(shares[5]?.recipients).toHaveLength(1);
    const folderUuid = shares[0]?.targetUuids[0];
    for (const s of shares) expect(s.targetUuids).toEqual([folderUuid]);

    await navigate(page, '/sharing');
    const records = registerRecords(page);
    await expect(records).toHaveCount(6);
    expect(await records.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-kind')))).toEqual([
      'folder-groups',
      'folder-users',
      'upload-link',
      'upload-email',
      'folder-link',
      'folder-email',
    ]);
    await expect(records.nth(0)).toContainText('Group Radiólogos');
    await expect(records.nth(2)).toContainText('Upload into the folder');
    await expect(records.nth(5)).toContainText('Folder “Marzo”');
    await expect(records.nth(5).getByTestId('share-expiry')).toHaveText(
      `${formatDay(today(90))} (in 90 days)`,
    );
  });
});

test.describe('The share register', () => {
  test('highlights shares ending soon and expired ones as the pinned clock moves, and the idle lock clears it', async ({
    page,
  }) => {
    await openSharing(page, '/sharing');
    await openStudies(page);
    await selectStudies(page, 1);
    const dialog = new ShareDialog(page);
    for (const expiry of [today(0), '7', 'none']) {
      await page.getByTestId('share-selected-link').click();
      await dialog.expectOpen();
      await dialog.expiry(expiry);
      await dialog.review();
      await dialog.send();
      await dialog.close();
    }
    await navigate(page, '/sharing');
    const records = registerRecords(page);
    await expect(records).toHaveCount(3);
    const states = () => records.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-state')));
    expect(await states()).toEqual(['none', 'active', 'soon']);
    await expect(records.nth(2).getByTestId('share-expiry-badge')).toHaveText('Ends soon');
    await expect(records.nth(2).getByTestId('share-expiry')).toHaveText(`${formatDay(today(0))} (today)`);
    // De-identified until revealed.
    const subject = records.nth(2).getByTestId('share-subject');
    await expect(subject).toHaveText(/^[A-ZÀ-Þ]\. [A-ZÀ-Þ]\. · ••••\d\d — [A-Z]{2} · \d{4}$/);
    await records.nth(2).getByRole('button', { name: 'Show patient and study' }).click();
    await expect(subject).toContainText(',');
    await expect(subject).not.toContainText('••••');

    // Five days later (the console stays open): the first has expired, the second ends soon.
    const { after: now } = await readPageClock(page);
    await page.clock.setSystemTime(now + 5 * 86_400_000);
    await page.clock.runFor(61_000);
    await expect.poll(states).toEqual(['none', 'soon', 'expired']);
    await expect(records.nth(2).getByTestId('share-expiry-badge')).toHaveText('Expired');
    await expect(records.nth(2).getByTestId('share-expiry')).toHaveText(
      `${formatDay(today(0))} (5 days ago)`,
    );
    await expect(records.nth(1).getByTestId('share-expiry')).toHaveText(`${formatDay(today(7))} (in 2 days)`);
    await page.getByText(/^Expired or ending soon \(2\)$/).click();
    await expect(page.getByRole('radio', { name: /Expired or ending soon/ })).toBeChecked();
    await expect(records).toHaveCount(2);

    // Nothing of it is in browser storage; the idle lock forgets it.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toContain('mock.postdicom.invalid');
    await page.clock.fastForward('16:00');
    await expect(page.getByTestId('idle-lock')).toBeVisible();
    await page.getByRole('button', { name: 'Unlock and continue' }).click();
    await expect(page.getByTestId('share-register')).toContainText(
      'Nothing has been shared in this session yet.',
    );
  });
});
