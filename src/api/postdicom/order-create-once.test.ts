import { faults } from '@mocks/faults';
import { postDicomDb } from '@mocks/postdicom/db';
import { describe, expect, it } from 'vitest';
import { signedIn } from '../../test/postdicom.test-helpers';
import {
  createPostDicomOrderOnce,
  findPostDicomEarlierOrder,
  type PostDicomOrderRequest,
} from './order-create-once';

const live = (accession: string) =>
  postDicomDb.get().orders.filter((o) => !o.deleted && o.AccessionNumber === accession);

async function jsonRequest(accession: string): Promise<PostDicomOrderRequest> {
  const { userUuid, institutionUuid } = await signedIn();
  return {
    variant: 'json',
    input: {
      userUuid,
      institutionUuid,
      jsonParameters: {
        PatientName: 'GARCIA NUNEZ^MARIA',
        PatientID: 'MRN-ONCE-1',
        OrderModality: 'MR',
        OrderAccessionNumber: accession,
      },
    },
  };
}

describe('createPostDicomOrderOnce', () => {
  it('creates once, and a retry after the answer was lost finds the earlier order instead of sending again', async () => {
    const request = await jsonRequest('A-ONCE-0001');
    faults.set({
      failure: 'network',
      vendor: 'postdicom',
      methods: 'writes',
      afterProcessing: true,
      remaining: 1,
    });
    await expect(createPostDicomOrderOnce(request)).rejects.toThrow();
    expect(live('A-ONCE-0001')).toHaveLength(1);
    const retry = await createPostDicomOrderOnce(request);
    expect(retry.replayed).toBe(true);
    expect(retry.order.PatientOrderUuid).toBe(live('A-ONCE-0001')[0]?.PatientOrderUuid);
    expect(live('A-ONCE-0001')).toHaveLength(1);
  });

  it('sends again after a failure that never reached PostDICOM', async () => {
    const request = await jsonRequest('A-ONCE-0002');
    faults.set({ failure: 'network', vendor: 'postdicom', methods: 'writes', remaining: 1 });
    await expect(createPostDicomOrderOnce(request)).rejects.toThrow();
    expect(live('A-ONCE-0002')).toHaveLength(0);
    expect((await createPostDicomOrderOnce(request)).replayed).toBe(false);
    expect(live('A-ONCE-0002')).toHaveLength(1);
  });

  it('the full variant is keyed by its accession number; a different accession number is a new order', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const full = (accessionNumber: string): PostDicomOrderRequest => ({
      variant: 'full',
      input: {
        userUuid,
        institutionUuid,
        patientName: 'ROSSI^LUCA',
        patientId: 'MRN-ONCE-2',
        patientBirthdate: '1970-05-01',
        modality: 'CT',
        orderDate: '2026-03-10',
        accessionNumber,
      },
    });
    expect((await createPostDicomOrderOnce(full('A-ONCE-0003'))).replayed).toBe(false);
    expect((await createPostDicomOrderOnce(full('A-ONCE-0003'))).replayed).toBe(true);
    expect((await createPostDicomOrderOnce(full('A-ONCE-0004'))).replayed).toBe(false);
    expect(live('A-ONCE-0003')).toHaveLength(1);
  });

  it('the minimum variant (no accession number) matches the same patient, name, modality, date, time and description', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const minimum = (orderTime: string): PostDicomOrderRequest => ({
      variant: 'minimum',
      input: {
        userUuid,
        institutionUuid,
        patientName: 'SMITH^ANNA',
        patientId: 'MRN-ONCE-3',
        modality: 'US',
        studyDescription: 'Abdomen',
        orderDate: '2026-03-11',
        orderTime,
      },
    });
    expect(await findPostDicomEarlierOrder(minimum('09:00'))).toBeUndefined();
    expect((await createPostDicomOrderOnce(minimum('09:00'))).replayed).toBe(false);
    expect((await createPostDicomOrderOnce(minimum('09:00'))).replayed).toBe(true);
    expect((await createPostDicomOrderOnce(minimum('09:15'))).replayed).toBe(false);
    expect(postDicomDb.get().orders.filter((o) => o.PatientId === 'MRN-ONCE-3')).toHaveLength(2);
  });
});
