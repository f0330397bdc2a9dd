import { postDicomDb } from '@mocks/postdicom/db';
import { describe, expect, it } from 'vitest';
import { signedIn, UNKNOWN_UUID } from '../../test/postdicom.test-helpers';
import { InputError, VendorError } from '../errors';
import { getPostDicomUserGroupList } from './account';
import {
  assignPostDicomPatientOrderToLocation,
  assignPostDicomPatientOrderToUser,
  assignPostDicomPatientOrderToUserGroup,
  unassignPostDicomPatientOrderFromUser,
  unassignPostDicomPatientOrderFromUserGroup,
} from './assignments';
import { getPostDicomPatientOrderProperties } from './orders';

const order = () => {
  const o = postDicomDb.get().orders[30];
  if (!o) throw new Error('no order');
  return o;
};

describe('assign to users', () => {
  it('assigns and unassigns an order to a user (seen in the order properties)', async () => {
    const { userUuid, otherUserUuid } = await signedIn();
    const o = order();
    const ref = {
      userUuid,
      patientOrderInstitutionUuid: o.PatientOrderInstitutionUuid,
      patientOrderUuid: o.PatientOrderUuid,
    };
    await assignPostDicomPatientOrderToUser({
      userUuid,
      patientOrderUuid: o.PatientOrderUuid,
      assignedUserUuid: otherUserUuid,
    });
    expect((await getPostDicomPatientOrderProperties(ref)).AssignedUserUuidList).toEqual([otherUserUuid]);
    await unassignPostDicomPatientOrderFromUser({
      userUuid,
      patientOrderUuid: o.PatientOrderUuid,
      unassignedUserUuid: otherUserUuid,
    });
    expect((await getPostDicomPatientOrderProperties(ref)).AssignedUserUuidList).toEqual([]);
  });

  it('refuses an unknown assignee, an unassignment that was never made, and an empty uuid', async () => {
    const { userUuid, otherUserUuid } = await signedIn();
    const patientOrderUuid = order().PatientOrderUuid;
    await expect(
      assignPostDicomPatientOrderToUser({ userUuid, patientOrderUuid, assignedUserUuid: UNKNOWN_UUID }),
    ).rejects.toMatchObject({
      endpoint: 'AssignPatientOrderToUser',
    });
    await expect(
      unassignPostDicomPatientOrderFromUser({
        userUuid,
        patientOrderUuid,
        unassignedUserUuid: otherUserUuid,
      }),
    ).rejects.toMatchObject({
      endpoint: 'UnassignPatientOrderFromUser',
      vendorMessage: expect.stringContaining('not assigned'),
    });
    await expect(
      assignPostDicomPatientOrderToUser({ userUuid, patientOrderUuid: '', assignedUserUuid: otherUserUuid }),
    ).rejects.toBeInstanceOf(InputError);
  });
});

describe('assign to user groups', () => {
  it('assigns and unassigns an order to a user group', async () => {
    const { userUuid } = await signedIn();
    const [group] = await getPostDicomUserGroupList({ userUuid });
    const o = order();
    await assignPostDicomPatientOrderToUserGroup({
      userUuid,
      patientOrderUuid: o.PatientOrderUuid,
      assignedUserGroupUuid: group?.UserGroupUuid ?? '',
    });
    expect(o.AssignedUserGroupUuidList).toEqual([group?.UserGroupUuid]);
    await unassignPostDicomPatientOrderFromUserGroup({
      userUuid,
      patientOrderUuid: o.PatientOrderUuid,
      unassignedUserGroupUuid: group?.UserGroupUuid ?? '',
    });
    expect(o.AssignedUserGroupUuidList).toEqual([]);
  });

  it('refuses an unknown group and an unassignment that was never made', async () => {
    const { userUuid } = await signedIn();
    const [group] = await getPostDicomUserGroupList({ userUuid });
    const patientOrderUuid = order().PatientOrderUuid;
    await expect(
      assignPostDicomPatientOrderToUserGroup({
        userUuid,
        patientOrderUuid,
        assignedUserGroupUuid: UNKNOWN_UUID,
      }),
    ).rejects.toMatchObject({
      endpoint: 'AssignPatientOrderToUserGroup',
      vendorMessage: expect.stringContaining('User group'),
    });
    await expect(
      unassignPostDicomPatientOrderFromUserGroup({
        userUuid,
        patientOrderUuid,
        unassignedUserGroupUuid: group?.UserGroupUuid ?? '',
      }),
    ).rejects.toBeInstanceOf(VendorError);
  });
});

describe('assign to a location', () => {
  it('moves the order to the other institution; refuses an unknown institution', async () => {
    const { userUuid, institutionUuid, otherInstitutionUuid } = await signedIn();
    const o = order();
    const target = o.PatientOrderInstitutionUuid === institutionUuid ? otherInstitutionUuid : institutionUuid;
    await assignPostDicomPatientOrderToLocation({
      userUuid,
      patientOrderUuid: o.PatientOrderUuid,
      institutionUuid: target,
    });
    expect(o.PatientOrderInstitutionUuid).toBe(target);
    await expect(
      assignPostDicomPatientOrderToLocation({
        userUuid,
        patientOrderUuid: o.PatientOrderUuid,
        institutionUuid: UNKNOWN_UUID,
      }),
    ).rejects.toMatchObject({ endpoint: 'AssignPatientOrderToLocation' });
  });
});
