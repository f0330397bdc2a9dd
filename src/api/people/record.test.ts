import { mockNow } from '@mocks/clock';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { freshPostDicom } from '../../test/postdicom.test-helpers';
import { createTestReferral, startTestScanUser } from '../../test/scan.test-helpers';
import { listEdenOrders } from '../eden/orders';
import { listImpiloOrders } from '../impilo/orders';
import { initializePostDicom } from '../postdicom/account';
import { createPostDicomOrderWithMinimumParameters } from '../postdicom/order-create';
import { createSoloEpisode } from '../solo/episodes';
import { createSoloPatient } from '../solo/patients';
import { fetchPatientDocuments, fetchPatientOrders, fetchSoloCare } from './record';

const day = (offset = 0) => dayjs(mockNow()).add(offset, 'day').format('YYYY-MM-DD');

describe('the patient record across vendors', () => {
  it('lists an Eden patient’s orders by MRN, newest first', async () => {
    const page = await listEdenOrders({ start_date: day(), end_date: day(20), limit: 5 });
    const order = page.results.find((o) => o.patient_identifier);
    if (!order?.patient_identifier) throw new Error('no Eden order with an MRN');
    const orders = await fetchPatientOrders('eden', [
      { source: 'eden', kind: 'mrn', value: order.patient_identifier },
    ]);
    expect(orders.map((o) => o.id)).toContain(order.id);
    expect(orders.every((o) => o.vendor === 'eden')).toBe(true);
  });

  it('lists a PostDICOM patient’s orders by exact Patient ID', async () => {
    freshPostDicom();
    const account = await initializePostDicom();
    const base = {
      userUuid: account.UserList[0]?.UserUuid ?? '',
      institutionUuid: account.InstitutionList[0]?.InstitutionUuid ?? '',
      patientName: 'RUIZ^ANA',
      modality: 'CT' as const,
    };
    await createPostDicomOrderWithMinimumParameters({ ...base, patientId: 'T-REC-1', orderDate: day(-3) });
    await createPostDicomOrderWithMinimumParameters({ ...base, patientId: 'T-REC-10', orderDate: day(-2) });
    const orders = await fetchPatientOrders('postdicom', [
      { source: 'postdicom', kind: 'patient-id', value: 'T-REC-1' },
    ]);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ vendor: 'postdicom', date: day(-3), modalities: ['CT'] });
  });

  it('finds an Impilo patient’s orders in the orders list (it has no patient filter)', async () => {
    const page = await listImpiloOrders({ size: 50 });
    const order = page.content.find((o) => o.patient);
    if (!order?.patient) throw new Error('no Impilo patient order');
    const orders = await fetchPatientOrders('impilo', [
      { source: 'impilo', kind: 'id', value: order.patient.id },
    ]);
    expect(orders.map((o) => o.id)).toContain(order.id);
    expect(orders[0]?.lines).not.toBeNull();
  });

  it('lists Scan.com referrals and their documents', async () => {
    await startTestScanUser();
    const referral = await createTestReferral({ modality: 'MRI' });
    const identities = [{ source: 'scan' as const, kind: 'referral' as const, value: String(referral.id) }];
    expect((await fetchPatientOrders('scan', identities))[0]).toMatchObject({
      modalities: ['MR'],
      status: 'draft',
    });
    expect(await fetchPatientDocuments('scan', identities)).toEqual([]);
  });

  it('reads Solo episodes of care and the appointments filed in them', async () => {
    await createSoloPatient({ id: 'P-REC-1', name: [{ firstName: 'Ana', lastName: 'Ruiz' }] });
    await createSoloEpisode('P-REC-1', {
      name: 'Knee follow-up',
      type: 'imaging follow-up',
      from: day(),
      status: 'ACTIVE',
    });
    const [care] = await fetchSoloCare([{ source: 'solo', kind: 'id', value: 'P-REC-1' }]);
    expect(care?.episodes.map((e) => e.name)).toEqual(['Knee follow-up']);
    expect(care?.appointments).toEqual([]);
    expect(await fetchPatientDocuments('solo', [], { soloAppointments: [] })).toEqual([]);
  });
});
