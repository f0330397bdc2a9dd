import { postDicomDb } from '@mocks/postdicom/db';
import { describe, expect, it } from 'vitest';
import { signedIn, UNKNOWN_UUID } from '../../test/postdicom.test-helpers';
import { getPostDicomAccountFlagDictionary, setPostDicomFlagToPatientOrder } from './flags';
import { getPostDicomPatientOrderList } from './orders';

describe('flags', () => {
  it('reads the flag dictionary and sets a flag on an order', async () => {
    const { userUuid } = await signedIn();
    const groups = await getPostDicomAccountFlagDictionary({ userUuid });
    expect(groups.map((g) => g.FlagGroupName)).toEqual(['Prioridad', 'Estado del informe']);
    const group = groups[0];
    const flag = group?.FlagList[0];
    const order = postDicomDb.get().orders[5];
    await setPostDicomFlagToPatientOrder({
      userUuid,
      patientOrderUuid: order?.PatientOrderUuid ?? '',
      flagGroupId: group?.FlagGroupId ?? '',
      flagId: flag?.FlagId ?? '',
    });
    const listed = (await getPostDicomPatientOrderList({ userUuid })).find(
      (o) => o.PatientOrderUuid === order?.PatientOrderUuid,
    );
    expect(listed).toMatchObject({ FlagGroupId: group?.FlagGroupId, FlagId: flag?.FlagId });
  });

  it('refuses a flag of another group and an unknown user', async () => {
    const { userUuid } = await signedIn();
    const [priority, status] = await getPostDicomAccountFlagDictionary({ userUuid });
    await expect(
      setPostDicomFlagToPatientOrder({
        userUuid,
        patientOrderUuid: postDicomDb.get().orders[5]?.PatientOrderUuid ?? '',
        flagGroupId: priority?.FlagGroupId ?? '',
        flagId: status?.FlagList[0]?.FlagId ?? '',
      }),
    ).rejects.toMatchObject({
      endpoint: 'SetFlagToPatientOrder',
      vendorMessage: expect.stringContaining('is not in flag group'),
    });
    await expect(getPostDicomAccountFlagDictionary({ userUuid: UNKNOWN_UUID })).rejects.toMatchObject({
      endpoint: 'GetAccountFlagDictionary',
    });
  });
});
