import { postDicomDb } from '@mocks/postdicom/db';
import { describe, expect, it } from 'vitest';
import { signedIn, UNKNOWN_UUID } from '../../test/postdicom.test-helpers';
import { InputError } from '../errors';
import {
  addPostDicomOrdersToOrderGroup,
  createPostDicomOrderGroup,
  removePostDicomOrdersFromGroup,
} from './order-groups';
import { getPostDicomPatientOrderList } from './orders';

async function ordersOfInstitution(institutionUuid: string) {
  return postDicomDb.get().orders.filter((o) => o.PatientOrderInstitutionUuid === institutionUuid);
}

describe('order groups', () => {
  it('creates a group, adds an order to it and removes one', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const [a, b, c] = await ordersOfInstitution(institutionUuid);
    const uuids = [a?.PatientOrderUuid ?? '', b?.PatientOrderUuid ?? ''];
    const group = await createPostDicomOrderGroup({
      userUuid,
      patientOrderInstitutionUuid: institutionUuid,
      patientOrderUuidList: uuids,
    });
    const listed = await getPostDicomPatientOrderList({ userUuid });
    expect(
      listed
        .filter((o) => o.ConnectedGroupUuid === group)
        .map((o) => o.PatientOrderUuid)
        .sort(),
    ).toEqual([...uuids].sort());

    await addPostDicomOrdersToOrderGroup({
      userUuid,
      patientOrderInstitutionUuid: institutionUuid,
      connectedGroupUuid: group,
      patientOrderUuidList: [c?.PatientOrderUuid ?? ''],
    });
    expect(c?.ConnectedGroupUuid).toBe(group);

    await removePostDicomOrdersFromGroup({
      userUuid,
      patientOrderInstitutionUuid: institutionUuid,
      patientOrderUuidList: [uuids[0] ?? ''],
    });
    expect(a?.ConnectedGroupUuid).toBeNull();
    expect(b?.ConnectedGroupUuid).toBe(group);
  });

  it('refuses an empty list before calling, orders of another institution, an unknown group and ungrouped orders', async () => {
    const { userUuid, institutionUuid, otherInstitutionUuid } = await signedIn();
    const [mine] = await ordersOfInstitution(institutionUuid);
    const [theirs] = await ordersOfInstitution(otherInstitutionUuid);
    await expect(
      createPostDicomOrderGroup({
        userUuid,
        patientOrderInstitutionUuid: institutionUuid,
        patientOrderUuidList: [],
      }),
    ).rejects.toBeInstanceOf(InputError);
    await expect(
      createPostDicomOrderGroup({
        userUuid,
        patientOrderInstitutionUuid: institutionUuid,
        patientOrderUuidList: [mine?.PatientOrderUuid ?? '', theirs?.PatientOrderUuid ?? ''],
      }),
    ).rejects.toMatchObject({
      endpoint: 'CreateOrderGroup',
      vendorMessage: expect.stringContaining('does not belong'),
    });
    await expect(
      addPostDicomOrdersToOrderGroup({
        userUuid,
        patientOrderInstitutionUuid: institutionUuid,
        connectedGroupUuid: UNKNOWN_UUID,
        patientOrderUuidList: [mine?.PatientOrderUuid ?? ''],
      }),
    ).rejects.toMatchObject({
      endpoint: 'AddOrdersToOrderGroup',
      vendorMessage: expect.stringContaining('group not found'),
    });
    await expect(
      removePostDicomOrdersFromGroup({
        userUuid,
        patientOrderInstitutionUuid: institutionUuid,
        patientOrderUuidList: [mine?.PatientOrderUuid ?? ''],
      }),
    ).rejects.toMatchObject({ endpoint: 'RemoveOrdersFromGroup' });
  });
});
