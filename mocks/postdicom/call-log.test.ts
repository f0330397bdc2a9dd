import { describe, expect, it } from 'vitest';
import { initializePostDicom } from '@/api/postdicom/account';
import { resetPostDicomSession } from '@/api/postdicom/client';
import { getPostDicomViewUrl } from '@/api/postdicom/orders';
import { mockControl } from '../control';
import { postDicomDb } from './db';
import { installPostDicomMock } from './install';

function freshPostDicom() {
  installPostDicomMock();
  resetPostDicomSession();
}

describe('the PostDICOM simulation’s call log', () => {
  it('counts each library method the console calls, and forgets on reset', async () => {
    freshPostDicom();
    expect(mockControl.postdicom.calls('GetViewUrl')).toBe(0);
    const account = await initializePostDicom();
    const userUuid = account.UserList[0]?.UserUuid ?? '';
    const patientOrderUuid = postDicomDb.get().orders[0]?.PatientOrderUuid ?? '';
    await getPostDicomViewUrl({ userUuid, patientOrderUuid });
    await getPostDicomViewUrl({ userUuid, patientOrderUuid });
    expect(mockControl.postdicom.calls('Initialize')).toBe(1);
    expect(mockControl.postdicom.calls('GetViewUrl')).toBe(2);
    expect(mockControl.postdicom.calls()).toBe(3);
    mockControl.reset();
    expect(mockControl.postdicom.calls()).toBe(0);
  });

  it('hands out a copy of the recorded shares', async () => {
    freshPostDicom();
    const shares = mockControl.postdicom.shares();
    shares.push({
      ShareUuid: 'x',
      method: 'x',
      targetUuids: [],
      recipients: [],
      expireDate: '',
      userCanDownloadStudies: false,
      url: null,
    });
    expect(mockControl.postdicom.shares()).toEqual([]);
  });
});
