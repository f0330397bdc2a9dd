import { postDicomDb } from '@mocks/postdicom/db';
import { describe, expect, it } from 'vitest';
import { getAccountFlagDictionary, setFlagToPatientOrder } from './flags';
import { getPatientOrderList } from './orders';
import { signedIn, UNKNOWN_UUID } from './test-helpers';

describe('flags', () => {
  it('reads the flag dictionary and sets a flag on an order', async () => {
    const { userUuid } = await signedIn();
    const groups = await getAccountFlagDictionary({ userUuid });
    expect(groups.map((g) => g.FlagGroupName)).toEqual(['Prioridad', 'Estado del informe']);
    const group = groups[0];
    const flag = group?.FlagList[0];
    const order = postDicomDb.get().orders[5];
    await setFlagToPatientOrder({
      userUuid,
      patientOrderUuid: order?.PatientOrderUuid ?? '',
      flagGroupId: group?.FlagGroupId ?? '',
      flagId: flag?.FlagId ?? '',
    });
    const listed = (await getPatientOrderList({ userUuid })).find(
      (o) => o.PatientOrderUuid === order?.PatientOrderUuid,
    );
    expect(listed).toMatchObject({ FlagGroupId: group?.FlagGroupId, FlagId: flag?.FlagId });
  });

  it('refuses a flag of another group and an unknown user', async () => {
    const { userUuid } = await signedIn();
    const [priority, status] = await getAccountFlagDictionary({ userUuid });
    await expect(
      setFlagToPatientOrder({
        userUuid,
        patientOrderUuid: postDicomDb.get().orders[5]?.PatientOrderUuid ?? '',
        flagGroupId: priority?.FlagGroupId ?? '',
        flagId: status?.FlagList[0]?.FlagId ?? '',
      }),
    ).rejects.toMatchObject({
      endpoint: 'SetFlagToPatientOrder',
      vendorMessage: expect.stringContaining('is not in flag group'),
    });
    await expect(getAccountFlagDictionary({ userUuid: UNKNOWN_UUID })).rejects.toMatchObject({
      endpoint: 'GetAccountFlagDictionary',
    });
  });
});
