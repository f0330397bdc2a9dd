import { describe, expect, it } from 'vitest';
import { emptyShareFolderForm, planShareFolder } from './share-folder-model';
import { emptyShareOrdersForm, planShareOrders } from './share-orders-model';

const today = '2026-03-10';
const orders = { userUuid: 'u-1', orderUuids: ['o-1', 'o-2'], today };
const folder = { userUuid: 'u-1', folderUuid: 'f-1', today };

const issuesOf = (result: { ok: boolean; issues?: unknown }) => (result.ok ? [] : result.issues);

describe('share studies form → PostDICOM calls', () => {
  it('has safe defaults: no download, a 7-day expiry', () => {
    const values = emptyShareOrdersForm();
    expect(values.allowDownload).toBe(false);
    expect(values.expiry).toBe('7');
  });

  it('sends one call per recipient, with the password to a second address and the expiry', () => {
    const result = planShareOrders(
      {
        ...emptyShareOrdersForm(),
        recipients: ['ana@example.org', ' luis@example.org '],
        passwordToSecondAddress: true,
        passwordEmail: 'pin@example.org',
        expiry: '30',
      },
      orders,
    );
    expect(result.ok && result.value.calls).toEqual([
      {
        method: 'SharePatientOrderWithExpireDate',
        recipient: 'ana@example.org',
        input: {
          userUuid: 'u-1',
          patientOrderUuidList: ['o-1', 'o-2'],
          emailAddress: 'ana@example.org',
          emailAddressForSendingSharePassword: 'pin@example.org',
          userCanDownloadStudies: false,
          expireDate: '2026-04-09',
        },
      },
      expect.objectContaining({ method: 'SharePatientOrderWithExpireDate', recipient: 'luis@example.org' }),
    ]);
  });

  it('uses the calls without expiry only when "no expiry" is chosen', () => {
    const email = planShareOrders(
      { ...emptyShareOrdersForm(), recipients: ['a@example.org'], expiry: 'none' },
      orders,
    );
    expect(email.ok && email.value.calls[0]?.method).toBe('SharePatientOrder');
    expect(email.ok && email.value.calls[0]?.input).toMatchObject({
      emailAddressForSendingSharePassword: '',
    });
    const link = planShareOrders(
      { ...emptyShareOrdersForm('link'), expiry: 'none', allowDownload: true },
      orders,
    );
    expect(link.ok && link.value.calls).toEqual([
      {
        method: 'CreateQuickShareLink',
        input: { userUuid: 'u-1', patientOrderUuidList: ['o-1', 'o-2'], userCanDownloadStudies: true },
      },
    ]);
    const dated = planShareOrders(
      { ...emptyShareOrdersForm('link'), expiry: 'date', expiryDate: today },
      orders,
    );
    expect(dated.ok && dated.value.calls[0]).toMatchObject({
      method: 'CreateQuickShareLinkWithExpireDate',
      input: { expireDate: today },
    });
  });

  it('refuses no recipient, a bad or repeated address, a past, missing or impossible expiry', () => {
    expect(issuesOf(planShareOrders(emptyShareOrdersForm(), orders))).toEqual([
      { path: 'recipients', message: 'validation.noRecipient' },
    ]);
    expect(
      issuesOf(
        planShareOrders(
          { ...emptyShareOrdersForm(), recipients: ['ana@example', 'b@example.org', 'B@example.org'] },
          orders,
        ),
      ),
    ).toEqual([
      { path: 'recipients.0', message: 'validation.emailAddress', params: { address: 'ana@example' } },
      { path: 'recipients.2', message: 'validation.duplicateEmail', params: { address: 'B@example.org' } },
    ]);
    const base = { ...emptyShareOrdersForm(), recipients: ['a@example.org'], expiry: 'date' as const };
    expect(issuesOf(planShareOrders({ ...base, expiryDate: '2026-03-09' }, orders))).toEqual([
      { path: 'expiryDate', message: 'validation.expiryInPast' },
    ]);
    expect(issuesOf(planShareOrders({ ...base, expiryDate: '' }, orders))).toEqual([
      { path: 'expiryDate', message: 'validation.required' },
    ]);
    expect(issuesOf(planShareOrders({ ...base, expiryDate: '2026-02-30' }, orders))).toEqual([
      { path: 'expiryDate', message: 'validation.noSuchDate' },
    ]);
    expect(issuesOf(planShareOrders({ ...base, expiryDate: '17/03/2026' }, orders))).toEqual([
      { path: 'expiryDate', message: 'validation.isoDate' },
    ]);
  });

  it('refuses a password address that is missing, invalid or one of the recipients', () => {
    const base = { ...emptyShareOrdersForm(), recipients: ['a@example.org'], passwordToSecondAddress: true };
    expect(issuesOf(planShareOrders(base, orders))).toEqual([
      { path: 'passwordEmail', message: 'validation.required' },
    ]);
    expect(issuesOf(planShareOrders({ ...base, passwordEmail: 'nope' }, orders))).toEqual([
      { path: 'passwordEmail', message: 'validation.email' },
    ]);
    expect(issuesOf(planShareOrders({ ...base, passwordEmail: 'A@example.org' }, orders))).toEqual([
      { path: 'passwordEmail', message: 'validation.passwordEmailIsRecipient' },
    ]);
  });

  it('ignores the recipients of a quick link, and needs at least one study', () => {
    const link = planShareOrders({ ...emptyShareOrdersForm('link'), recipients: ['not an address'] }, orders);
    expect(link.ok).toBe(true);
    expect(issuesOf(planShareOrders(emptyShareOrdersForm('link'), { ...orders, orderUuids: [] }))).toEqual([
      { path: '', message: 'validation.noStudies' },
    ]);
  });
});

describe('share folder form → PostDICOM calls', () => {
  const strong = 'kP7-mW2q!xZ9rT4v';

  it('shares by email (one call per recipient) and by link, with password, title, description and expiry', () => {
    const email = planShareFolder(
      {
        ...emptyShareFolderForm('email', 'Imaging studies shared with you'),
        recipients: ['ana@example.org'],
        password: strong,
        description: ' For the tumour board ',
        allowDownload: true,
        expiry: '90',
      },
      folder,
    );
    expect(email.ok && email.value.calls).toEqual([
      {
        method: 'ShareFolderWithEmail',
        recipient: 'ana@example.org',
        input: {
          userUuid: 'u-1',
          folderUuid: 'f-1',
          emailAddress: 'ana@example.org',
          emailAddressForSendingSharePassword: '',
          sharePassword: strong,
          shareTitle: 'Imaging studies shared with you',
          shareDescription: 'For the tumour board',
          expireDate: '2026-06-08',
          userCanDownloadStudies: true,
        },
      },
    ]);
    for (const [mode, method] of [
      ['url', 'ShareFolderWithURL'],
      ['upload-url', 'ShareFolderToUploadWithUrl'],
    ] as const) {
      const link = planShareFolder({ ...emptyShareFolderForm(mode, 'T'), password: strong }, folder);
      expect(link.ok && link.value.calls.map((c) => c.method)).toEqual([method]);
    }
    const upload = planShareFolder(
      { ...emptyShareFolderForm('upload-email', 'T'), password: strong, recipients: ['x@example.org'] },
      folder,
    );
    expect(upload.ok && upload.value.calls[0]?.method).toBe('ShareFolderToUploadWithEmail');
  });

  it('shares with account users and user groups, with an expiry and no password', () => {
    const users = planShareFolder(
      { ...emptyShareFolderForm('users', 'T'), userUuids: ['u-2', 'u-3', 'u-2'] },
      folder,
    );
    expect(users.ok && users.value.calls).toEqual([
      {
        method: 'ShareFolderWithAccountUser',
        input: {
          userUuid: 'u-1',
          folderUuid: 'f-1',
          sharedUserUuidList: ['u-2', 'u-3'],
          expireDate: '2026-03-17',
        },
      },
    ]);
    const groups = planShareFolder({ ...emptyShareFolderForm('groups', 'T'), groupUuids: ['g-1'] }, folder);
    expect(groups.ok && groups.value.calls[0]?.method).toBe('ShareFolderWithAccountUserGroup');
    expect(issuesOf(planShareFolder(emptyShareFolderForm('users', 'T'), folder))).toEqual([
      { path: 'userUuids', message: 'validation.noUsers' },
    ]);
    expect(issuesOf(planShareFolder(emptyShareFolderForm('groups', 'T'), folder))).toEqual([
      { path: 'groupUuids', message: 'validation.noGroups' },
    ]);
  });

  it('refuses a weak or missing password, a missing or long title, no recipient and a past expiry', () => {
    const result = planShareFolder(
      {
        ...emptyShareFolderForm('email', ''),
        password: 'password1',
        expiry: 'date',
        expiryDate: '2026-01-01',
      },
      folder,
    );
    expect(issuesOf(result)).toEqual([
      { path: 'expiryDate', message: 'validation.expiryInPast' },
      { path: 'recipients', message: 'validation.noRecipient' },
      { path: 'password', message: 'validation.passwordTooShort' },
      { path: 'title', message: 'validation.required' },
    ]);
    expect(issuesOf(planShareFolder({ ...emptyShareFolderForm('url', 'x'.repeat(201)) }, folder))).toEqual([
      { path: 'password', message: 'validation.required' },
      { path: 'title', message: 'validation.tooLong', params: { maximum: 200 } },
    ]);
    expect(
      issuesOf(planShareFolder({ ...emptyShareFolderForm('url', 'T'), password: 'Password2026!' }, folder)),
    ).toEqual([{ path: 'password', message: 'validation.passwordCommon' }]);
  });
});

describe('the titles the console proposes', () => {
  it('hold no placeholder, so no patient or folder data can end up in them', async () => {
    const en = (await import('@/i18n/locales/en/sharing')).default;
    const es = (await import('@/i18n/locales/es/sharing')).default;
    for (const titles of [en.folder, es.folder]) {
      for (const title of [titles.defaultTitle, titles.defaultUploadTitle]) {
        expect(title).not.toMatch(/{{|}}/);
        expect(title.trim().length).toBeGreaterThan(0);
      }
    }
  });
});
