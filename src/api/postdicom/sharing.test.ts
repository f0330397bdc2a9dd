import { setMockNow } from '@mocks/clock';
import { postDicomDb } from '@mocks/postdicom/db';
import { SimulatedPostDicomCloudApi } from '@mocks/postdicom/library';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it } from 'vitest';
import { signedIn, UNKNOWN_UUID } from '../../test/postdicom.test-helpers';
import { InputError } from '../errors';
import { getPostDicomUserGroupList } from './account';
import {
  createPostDicomQuickShareLink,
  createPostDicomQuickShareLinkWithExpireDate,
  sharePostDicomFolderToUploadWithEmail,
  sharePostDicomFolderToUploadWithUrl,
  sharePostDicomFolderWithAccountUser,
  sharePostDicomFolderWithAccountUserGroup,
  sharePostDicomFolderWithEmail,
  sharePostDicomFolderWithUrl,
  sharePostDicomPatientOrder,
  sharePostDicomPatientOrderWithExpireDate,
} from './sharing';

const future = () => dayjs().add(30, 'day').format('YYYY-MM-DD');
const yesterday = () => dayjs().subtract(1, 'day').format('YYYY-MM-DD');
const orderUuids = () =>
  postDicomDb
    .get()
    .orders.slice(0, 2)
    .map((o) => o.PatientOrderUuid);
const folderUuid = () => postDicomDb.get().folders[0]?.FolderUuid ?? '';
const lastShare = () => postDicomDb.get().shares.at(-1);

async function expectExpired(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  expect(error).toMatchObject({ code: 'expired-date', issues: [{ path: 'expireDate' }] });
  expect(postDicomDb.get().shares).toHaveLength(0);
}

afterEach(() => setMockNow(null));

describe('order shares', () => {
  it('SharePatientOrder sends to one or two addresses; refuses a bad email before calling and an unknown order', async () => {
    const { userUuid } = await signedIn();
    await sharePostDicomPatientOrder({
      userUuid,
      patientOrderUuidList: orderUuids(),
      emailAddress: 'medico@clinica.example',
      emailAddressForSendingSharePassword: 'clave@clinica.example',
      userCanDownloadStudies: true,
    });
    expect(lastShare()).toMatchObject({
      method: 'SharePatientOrder',
      recipients: ['medico@clinica.example', 'clave@clinica.example'],
      userCanDownloadStudies: true,
      expireDate: '',
    });
    await expect(
      sharePostDicomPatientOrder({
        userUuid,
        patientOrderUuidList: orderUuids(),
        emailAddress: 'no-es-email',
        userCanDownloadStudies: false,
      }),
    ).rejects.toBeInstanceOf(InputError);
    await expect(
      sharePostDicomPatientOrder({
        userUuid,
        patientOrderUuidList: [UNKNOWN_UUID],
        emailAddress: 'a@b.example',
        userCanDownloadStudies: false,
      }),
    ).rejects.toMatchObject({ endpoint: 'SharePatientOrder' });
  });

  it('SharePatientOrderWithExpireDate keeps the expiry; a past date is refused', async () => {
    const { userUuid } = await signedIn();
    const base = {
      userUuid,
      patientOrderUuidList: orderUuids(),
      emailAddress: 'a@b.example',
      userCanDownloadStudies: false,
    };
    await expectExpired(sharePostDicomPatientOrderWithExpireDate({ ...base, expireDate: yesterday() }));
    await sharePostDicomPatientOrderWithExpireDate({ ...base, expireDate: future() });
    expect(lastShare()).toMatchObject({ method: 'SharePatientOrderWithExpireDate', expireDate: future() });
  });

  it('CreateQuickShareLink answers a link; refuses an empty order list before calling', async () => {
    const { userUuid } = await signedIn();
    const url = await createPostDicomQuickShareLink({
      userUuid,
      patientOrderUuidList: orderUuids(),
      userCanDownloadStudies: true,
    });
    expect(url).toMatch(/^https:\/\/mock\.postdicom\.invalid\/share\//);
    await expect(
      createPostDicomQuickShareLink({ userUuid, patientOrderUuidList: [], userCanDownloadStudies: true }),
    ).rejects.toBeInstanceOf(InputError);
  });

  it('CreateQuickShareLinkWithExpireDate answers a link; today is accepted, yesterday refused', async () => {
    const { userUuid } = await signedIn();
    const base = { userUuid, patientOrderUuidList: orderUuids(), userCanDownloadStudies: false };
    await expectExpired(createPostDicomQuickShareLinkWithExpireDate({ ...base, expireDate: yesterday() }));
    const today = dayjs().format('YYYY-MM-DD');
    await expect(
      createPostDicomQuickShareLinkWithExpireDate({ ...base, expireDate: today }),
    ).resolves.toMatch(/^https:/);
    await expect(
      createPostDicomQuickShareLinkWithExpireDate({ ...base, expireDate: '2026-13-01' }),
    ).rejects.toBeInstanceOf(InputError);
  });
});

describe('folder shares', () => {
  const common = () => ({
    folderUuid: folderUuid(),
    sharePassword: 's3creta',
    shareTitle: 'Estudios de urgencias',
    shareDescription: 'Para el equipo de guardia',
    expireDate: future(),
    userCanDownloadStudies: true,
  });

  it('ShareFolderWithEmail and ShareFolderToUploadWithEmail', async () => {
    const { userUuid } = await signedIn();
    await sharePostDicomFolderWithEmail({ userUuid, ...common(), emailAddress: 'a@b.example' });
    expect(lastShare()).toMatchObject({ method: 'ShareFolderWithEmail', recipients: ['a@b.example'] });
    await sharePostDicomFolderToUploadWithEmail({
      userUuid,
      ...common(),
      emailAddress: 'a@b.example',
      emailAddressForSendingSharePassword: 'c@d.example',
    });
    expect(lastShare()).toMatchObject({
      method: 'ShareFolderToUploadWithEmail',
      recipients: ['a@b.example', 'c@d.example'],
    });
    await expect(
      sharePostDicomFolderWithEmail({
        userUuid,
        ...common(),
        folderUuid: UNKNOWN_UUID,
        emailAddress: 'a@b.example',
      }),
    ).rejects.toMatchObject({
      endpoint: 'ShareFolderWithEmail',
    });
  });

  it('ShareFolderWithURL and ShareFolderToUploadWithUrl answer links; a missing password is refused before calling', async () => {
    const { userUuid } = await signedIn();
    await expect(sharePostDicomFolderWithUrl({ userUuid, ...common() })).resolves.toMatch(/^https:/);
    await expect(sharePostDicomFolderToUploadWithUrl({ userUuid, ...common() })).resolves.toMatch(/^https:/);
    expect(postDicomDb.get().shares.map((s) => s.method)).toEqual([
      'ShareFolderWithURL',
      'ShareFolderToUploadWithUrl',
    ]);
    await expect(
      sharePostDicomFolderToUploadWithUrl({ userUuid, ...common(), sharePassword: '' }),
    ).rejects.toBeInstanceOf(InputError);
  });

  it('ShareFolderWithAccountUser and ShareFolderWithAccountUserGroup', async () => {
    const { userUuid, otherUserUuid } = await signedIn();
    const [group] = await getPostDicomUserGroupList({ userUuid });
    await sharePostDicomFolderWithAccountUser({
      userUuid,
      folderUuid: folderUuid(),
      sharedUserUuidList: [otherUserUuid],
      expireDate: future(),
    });
    await sharePostDicomFolderWithAccountUserGroup({
      userUuid,
      folderUuid: folderUuid(),
      sharedUserGroupUuidList: [group?.UserGroupUuid ?? ''],
      expireDate: future(),
    });
    expect(postDicomDb.get().shares.map((s) => s.recipients)).toEqual([
      [otherUserUuid],
      [group?.UserGroupUuid],
    ]);
    await expect(
      sharePostDicomFolderWithAccountUserGroup({
        userUuid,
        folderUuid: folderUuid(),
        sharedUserGroupUuidList: [UNKNOWN_UUID],
        expireDate: future(),
      }),
    ).rejects.toMatchObject({ endpoint: 'ShareFolderWithAccountUserGroup' });
    await expect(
      sharePostDicomFolderWithAccountUser({
        userUuid,
        folderUuid: folderUuid(),
        sharedUserUuidList: [UNKNOWN_UUID],
        expireDate: future(),
      }),
    ).rejects.toMatchObject({ endpoint: 'ShareFolderWithAccountUser' });
  });

  it('every folder share refuses an expiry date in the past before calling', async () => {
    const { userUuid, otherUserUuid } = await signedIn();
    const past = { ...common(), expireDate: yesterday() };
    await expectExpired(sharePostDicomFolderWithEmail({ userUuid, ...past, emailAddress: 'a@b.example' }));
    await expectExpired(sharePostDicomFolderWithUrl({ userUuid, ...past }));
    await expectExpired(
      sharePostDicomFolderToUploadWithEmail({ userUuid, ...past, emailAddress: 'a@b.example' }),
    );
    await expectExpired(sharePostDicomFolderToUploadWithUrl({ userUuid, ...past }));
    await expectExpired(
      sharePostDicomFolderWithAccountUser({
        userUuid,
        folderUuid: folderUuid(),
        sharedUserUuidList: [otherUserUuid],
        expireDate: yesterday(),
      }),
    );
    await expectExpired(
      sharePostDicomFolderWithAccountUserGroup({
        userUuid,
        folderUuid: folderUuid(),
        sharedUserGroupUuidList: [otherUserUuid],
        expireDate: yesterday(),
      }),
    );
  });
});

describe('the simulation refuses a past expiry date too', () => {
  const call = <T>(fn: (cb: (r: unknown) => void) => void) =>
    new Promise<T>((resolve) => fn((r) => resolve(r as T)));

  it('for order and folder shares, against the mock clock', async () => {
    const { userUuid } = await signedIn();
    setMockNow(new Date(2030, 5, 15, 12)); // noon of 15 June where the tests run: the library's today
    const api = new SimulatedPostDicomCloudApi('k', 'a');
    await call((cb) => api.Initialize(cb));
    const refused = { Success: false, Message: 'The expire date cannot be in the past.' };
    expect(
      await call((cb) =>
        api.SharePatientOrderWithExpireDate(
          userUuid,
          orderUuids(),
          'a@b.example',
          '',
          false,
          '2030-06-14',
          cb,
        ),
      ),
    ).toEqual(refused);
    expect(
      await call((cb) =>
        api.CreateQuickShareLinkWithExpireDate(userUuid, orderUuids(), false, '2030-06-14', cb),
      ),
    ).toEqual(refused);
    expect(
      await call((cb) =>
        api.ShareFolderWithURL(userUuid, folderUuid(), 'p', 't', '', '2030-06-14', false, cb),
      ),
    ).toEqual(refused);
    expect(
      await call((cb) =>
        api.ShareFolderWithAccountUser(userUuid, folderUuid(), [userUuid], '2030-06-14', cb),
      ),
    ).toEqual(refused);
    expect(
      await call((cb) =>
        api.ShareFolderWithURL(userUuid, folderUuid(), 'p', 't', '', '2030-06-15', false, cb),
      ),
    ).toMatchObject({
      Success: true,
    });
  });
});
