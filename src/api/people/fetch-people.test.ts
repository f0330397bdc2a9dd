import { mockNow } from '@mocks/clock';
import { renderHook, waitFor } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { encodePatientKey, type PatientIdentity, PatientKeyError } from '@/lib/patients/patient-key';
import { freshPostDicom } from '../../test/postdicom.test-helpers';
import { createQueryWrapper } from '../../test/query-wrapper';
import { createTestReferral, startTestScanUser } from '../../test/scan.test-helpers';
import { listEdenOrders } from '../eden/orders';
import { VendorError } from '../errors';
import { listImpiloPatients } from '../impilo/patients';
import { initializePostDicom } from '../postdicom/account';
import { createPostDicomOrderWithMinimumParameters } from '../postdicom/order-create';
import { getPostDicomPatientOrderList } from '../postdicom/orders';
import { edenWalkWindows, walkEdenOrderWindows } from './eden-walk';
import { fetchPeopleByKey, fetchPeopleFromSource, postDicomSearchUser } from './fetch-people';
import { usePeopleByKey } from './queries';

const today = () => dayjs(mockNow()).format('YYYY-MM-DD');

async function anEdenOrder() {
  const page = await listEdenOrders({
    start_date: today(),
    end_date: dayjs(today()).add(20, 'day').format('YYYY-MM-DD'),
    limit: 5,
  });
  const order = page.results.find((o) => o.patient_identifier);
  if (!order?.patient_identifier) throw new Error('no seeded Eden order with a patient identifier');
  return order as typeof order & { patient_identifier: string };
}

describe('people by key', () => {
  it('reads a Solo patient by id and by SPID', async () => {
    const byId = await fetchPeopleFromSource('solo', [{ source: 'solo', kind: 'id', value: 'EXT-100001' }]);
    const bySpid = await fetchPeopleFromSource('solo', [{ source: 'solo', kind: 'spid', value: '100001' }]);
    expect(byId.people).toHaveLength(1);
    expect(bySpid.people[0]?.givenNames).toBe(byId.people[0]?.givenNames);
    expect(byId.people[0]?.identifiers).toContainEqual({ source: 'solo', kind: 'id', value: 'EXT-100001' });
    expect(bySpid.people[0]?.identifiers).toContainEqual({ source: 'solo', kind: 'spid', value: '100001' });
  });

  it('reads an Impilo patient by id, or by MRN when the key has no id', async () => {
    const [patient] = (await listImpiloPatients({ size: 1 })).content;
    if (!patient?.externalIdentifier) throw new Error('no seeded Impilo patient');
    const byId = await fetchPeopleFromSource('impilo', [{ source: 'impilo', kind: 'id', value: patient.id }]);
    const byMrn = await fetchPeopleFromSource('impilo', [
      { source: 'impilo', kind: 'mrn', value: patient.externalIdentifier },
    ]);
    expect(byId.people.map((p) => p.recordId)).toEqual([patient.id]);
    expect(byMrn.people.map((p) => p.recordId)).toEqual([patient.id]);
  });

  it('reads Eden by order id, or walks back month by month by MRN', async () => {
    const order = await anEdenOrder();
    const byOrder = await fetchPeopleFromSource('eden', [{ source: 'eden', kind: 'order', value: order.id }]);
    expect(byOrder.people[0]?.recordId).toBe(order.id);
    const byMrn = await fetchPeopleFromSource('eden', [
      { source: 'eden', kind: 'mrn', value: order.patient_identifier },
    ]);
    expect(byMrn.people.map((p) => p.recordId)).toContain(order.id);
  });

  it('reads PostDICOM by exact Patient ID, or by order uuid', async () => {
    freshPostDicom();
    const userUuid = await postDicomSearchUser();
    const [institution] = (await initializePostDicom()).InstitutionList;
    const patientId = 'T-PEOPLE-1';
    for (const orderDate of ['2026-01-10', '2026-02-10'])
      await createPostDicomOrderWithMinimumParameters({
        userUuid,
        institutionUuid: institution?.InstitutionUuid ?? '',
        patientName: 'GARCIA LOPEZ^JOSE',
        patientId,
        modality: 'CT',
        orderDate,
      });
    // The search matches part of an id: an order of another patient whose id contains this one is left out.
    await createPostDicomOrderWithMinimumParameters({
      userUuid,
      institutionUuid: institution?.InstitutionUuid ?? '',
      patientName: 'RUIZ^ANA',
      patientId: `${patientId}0`,
      modality: 'CT',
      orderDate: '2026-01-11',
    });
    const [order] = (await getPostDicomPatientOrderList({ userUuid, patientId })).filter(
      (o) => o.PatientId === patientId,
    );
    if (!order) throw new Error('the order was not created');
    const byId = await fetchPeopleFromSource('postdicom', [
      { source: 'postdicom', kind: 'patient-id', value: order.PatientId },
    ]);
    expect(
      byId.people.every((p) =>
        p.identifiers.some((i) => i.kind === 'patient-id' && i.value === order.PatientId),
      ),
    ).toBe(true);
    expect(byId.people.map((p) => p.recordId)).toContain(order.PatientOrderUuid);
    expect(byId.people).toHaveLength(2);
    expect(byId.people[0]?.activity.date).toBe('2026-02-10'); // newest first
    const byOrder = await fetchPeopleFromSource('postdicom', [
      { source: 'postdicom', kind: 'order', value: order.PatientOrderUuid },
    ]);
    expect(byOrder.people.map((p) => p.recordId)).toEqual([order.PatientOrderUuid]);
  });

  it('reads a Scan.com referral of the current user', async () => {
    await startTestScanUser();
    const referral = await createTestReferral();
    const result = await fetchPeopleFromSource('scan', [
      { source: 'scan', kind: 'referral', value: String(referral.id) },
    ]);
    expect(result.people[0]).toMatchObject({
      givenNames: 'John',
      firstSurname: 'Doe',
      birthDate: '1999-01-30',
    });
  });

  it('asks every vendor of the key, each failing alone', async () => {
    freshPostDicom();
    const order = await anEdenOrder();
    const identities: PatientIdentity[] = [
      { source: 'solo', kind: 'id', value: 'NOBODY-HERE' },
      { source: 'eden', kind: 'order', value: order.id },
    ];
    const results = await fetchPeopleByKey(encodePatientKey(identities));
    expect(results.map((r) => [r.source, r.status])).toEqual([
      ['eden', 'ok'],
      ['solo', 'error'],
    ]);
    const solo = results.find((r) => r.source === 'solo');
    expect(solo?.status === 'error' && solo.error).toBeInstanceOf(VendorError);
    await expect(fetchPeopleByKey('not a key')).rejects.toBeInstanceOf(PatientKeyError);
  });

  it('usePeopleByKey runs one query per vendor and reports a bad key', async () => {
    const order = await anEdenOrder();
    const key = encodePatientKey([
      { source: 'solo', kind: 'spid', value: '100002' },
      { source: 'eden', kind: 'order', value: order.id },
    ]);
    const { wrapper } = createQueryWrapper();
    const { result } = renderHook(() => usePeopleByKey(key), { wrapper });
    expect(result.current.sources.map((s) => s.source)).toEqual(['eden', 'solo']);
    await waitFor(() => expect(result.current.isPending).toBe(false));
    expect(result.current.people).toHaveLength(2);
    const bad = renderHook(() => usePeopleByKey('solo.name:Ana'), { wrapper });
    expect(bad.result.current).toMatchObject({ identities: null, sources: [], people: [] });
  });
});

describe('Eden month walk', () => {
  it('covers the coming month and 12 months back in windows Eden accepts', () => {
    const windows = edenWalkWindows('2026-11-21');
    expect(windows).toHaveLength(13);
    expect(windows[0]).toEqual({ start_date: '2026-11-21', end_date: '2026-12-22' });
    expect(windows[1]).toEqual({ start_date: '2026-10-20', end_date: '2026-11-20' });
    for (const w of windows) expect(dayjs(w.end_date).diff(w.start_date, 'day')).toBe(31);
  });

  it('stops as soon as the search is cancelled', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const walk = async () => {
      for await (const { index } of walkEdenOrderWindows('MRN-NOT-THERE', {
        today: today(),
        signal: controller.signal,
      })) {
        seen.push(index);
        if (index === 1) controller.abort();
      }
    };
    await expect(walk()).rejects.toThrow();
    expect(seen).toEqual([0, 1]);
  });
});
