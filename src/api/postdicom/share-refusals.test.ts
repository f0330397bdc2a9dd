import { SimulatedPostDicomCloudApi } from '@mocks/postdicom';
import { postDicomDb } from '@mocks/postdicom/db';
import { describe, expect, it } from 'vitest';
import type { PostDicomCallback } from './library';
import { postDicomShareRefusalField } from './sharing';

/** Calls the simulated library directly (past the adapter's own checks) and answers its refusal message. */
async function refusal(
  call: (api: SimulatedPostDicomCloudApi, cb: PostDicomCallback) => void,
): Promise<string> {
  const api = new SimulatedPostDicomCloudApi('k', 'a');
  await new Promise((resolve) => api.Initialize(resolve));
  const result = (await new Promise<unknown>((resolve) => call(api, resolve))) as {
    Success: boolean;
    Message: string;
  };
  expect(result.Success).toBe(false);
  return result.Message;
}

describe('PostDICOM share refusals → the field they are about', () => {
  it('names the field of each refusal the simulation makes', async () => {
    const db = postDicomDb.get();
    const user = db.users[0]?.UserUuid ?? '';
    const folder = db.folders[0]?.FolderUuid ?? '';
    const order = db.orders[0]?.PatientOrderUuid ?? '';
    const cases: [string, string, Record<string, string>?][] = [
      [
        await refusal((api, cb) => api.SharePatientOrder(user, [order], 'not-an-address', '', false, cb)),
        'emailAddress',
      ],
      [
        await refusal((api, cb) =>
          api.SharePatientOrder(user, [order], 'a@example.org', 'pin@nowhere', false, cb),
        ),
        'emailAddressForSendingSharePassword',
        { emailAddressForSendingSharePassword: 'pin@nowhere' },
      ],
      [
        await refusal((api, cb) =>
          api.SharePatientOrderWithExpireDate(user, [order], 'a@example.org', '', false, '2000-01-01', cb),
        ),
        'expireDate',
      ],
      [
        await refusal((api, cb) =>
          api.ShareFolderWithURL(user, folder, '', 'Title', '', '2099-01-01', false, cb),
        ),
        'sharePassword',
      ],
      [
        await refusal((api, cb) =>
          api.ShareFolderWithURL(user, folder, 'Secret-12345', '', '', '2099-01-01', false, cb),
        ),
        'shareTitle',
      ],
      [
        await refusal((api, cb) => api.ShareFolderWithAccountUser(user, folder, [], '2099-01-01', cb)),
        'sharedUserUuidList',
      ],
      [
        await refusal((api, cb) =>
          api.ShareFolderWithAccountUserGroup(user, folder, ['nope'], '2099-01-01', cb),
        ),
        'sharedUserGroupUuidList',
      ],
      [
        await refusal((api, cb) => api.CreateQuickShareLink(user, ['nope'], false, cb)),
        'patientOrderUuidList',
      ],
    ];
    for (const [message, field, input] of cases)
      expect(postDicomShareRefusalField(message, input), message).toBe(field);
  });

  it('names no field for a refusal about something else', () => {
    expect(postDicomShareRefusalField('Internal server error (mock fault scenario).')).toBeNull();
  });
});
