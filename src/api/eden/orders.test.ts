import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setMockNow } from '../../../mocks/clock';
import { faults } from '../../../mocks/faults';
import { fullEdenOrder } from '../../test/eden.test-helpers';
import { createQueryWrapper } from '../../test/query-wrapper';
import { ContractError, NetworkError, VendorError } from '../errors';
import { isEdenDuplicateFolioError } from './errors';
import { listEdenFacilities } from './facilities';
import { createEdenOrderOnce } from './order-create-once';
import { cancelEdenOrder, createEdenOrder, getEdenOrder, listEdenOrders, updateEdenOrder } from './orders';
import { useCreateEdenOrder, useEdenOrders } from './queries';

beforeEach(() => setMockNow('2026-11-21T12:00:00Z'));

describe('Eden orders against the mock back end', () => {
  it('round-trips an order with every field, sent with the aliases', async () => {
    const input = fullEdenOrder();
    const aliased: Record<string, unknown> = { ...input };
    for (const [alias, canonical] of [
      ['accession_number', 'folio'],
      ['requested_procedure_description', 'description'],
      ['patient_id', 'patient_identifier'],
      ['patient_sex', 'patient_gender'],
      ['patient_birthdate', 'patient_birth_date'],
    ] as const) {
      aliased[alias] = aliased[canonical];
      delete aliased[canonical];
    }
    const created = await createEdenOrder(aliased);
    expect(created.status).toBe('NEW');
    expect(created.facility.identifier).toBe('FACILITY_01');
    expect(created.room?.ae_title).toBe('F1_MR2');
    const { facility_identifier: _f, room_identifier: _r, ...rest } = input;
    expect(created).toMatchObject(rest);
    expect(await getEdenOrder(created.id)).toEqual(created);
  });

  it('rejects an unknown facility and room with field errors', async () => {
    const error = await createEdenOrder(fullEdenOrder({ facility_identifier: 'FACILITY_99' })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).status).toBe(400);
    expect((error as VendorError).fieldErrors.facility_identifier?.[0]).toContain('FACILITY_99');
    const room = (await createEdenOrder(fullEdenOrder({ room_identifier: 'NOPE' })).catch(
      (e: unknown) => e,
    )) as VendorError;
    expect(Object.keys(room.fieldErrors)).toEqual(['room_identifier']);
  });

  it('rejects a duplicate folio, and createEdenOrderOnce treats the same data as success', async () => {
    const first = await createEdenOrder(fullEdenOrder());
    const duplicate = await createEdenOrder(fullEdenOrder()).catch((e: unknown) => e);
    expect(isEdenDuplicateFolioError(duplicate)).toBe(true);
    const replay = await createEdenOrderOnce(fullEdenOrder());
    expect(replay).toEqual({ order: first, replayed: true });
    const other = await createEdenOrderOnce(fullEdenOrder({ patient_name: 'Someone Else' })).catch(
      (e: unknown) => e,
    );
    expect(isEdenDuplicateFolioError(other)).toBe(true);
  });

  it('creates exactly one order when the first answer is lost after the back end processed it', async () => {
    faults.set({ failure: 'network', afterProcessing: true, remaining: 1, methods: 'writes' });
    await expect(createEdenOrderOnce(fullEdenOrder())).rejects.toBeInstanceOf(NetworkError);
    const retry = await createEdenOrderOnce(fullEdenOrder());
    expect(retry.replayed).toBe(true);
    const page = await listEdenOrders({
      start_date: '2026-12-01',
      end_date: '2026-12-01',
      patient_identifier: 'MRN-0099001',
    });
    expect(page.results.filter((o) => o.folio === 'ACC-TEST-0001')).toHaveLength(1);
  });

  it('turns a malformed answer into a contract error naming the endpoint', async () => {
    faults.set({ failure: 'malformed-json', remaining: 1 });
    const error = (await getEdenOrder('x').catch((e: unknown) => e)) as ContractError;
    expect(error).toBeInstanceOf(ContractError);
    expect(error.endpoint).toBe('GET /orders/{id}/');
  });

  it('updates an order with a partial body and maps field errors', async () => {
    const created = await createEdenOrder(fullEdenOrder());
    const updated = await updateEdenOrder(created.id, { patient_sex: 'O', appointment_time: '10:00:00' });
    expect(updated.patient_gender).toBe('O');
    expect(updated.appointment_time).toBe('10:00:00');
    expect(updated.patient_name).toBe('María José');
    const missing = (await updateEdenOrder('no-such-id', {}).catch((e: unknown) => e)) as VendorError;
    expect(missing.status).toBe(404);
    expect(missing.vendorMessage).toBe('Not found.');
  });

  it('cancels with a reason; the order stays in history and cannot be cancelled twice', async () => {
    const created = await createEdenOrder(fullEdenOrder());
    const cancelled = await cancelEdenOrder(created.id, 'room-not-available');
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.cancel_reason).toBe('room-not-available');
    expect((await getEdenOrder(created.id)).status).toBe('CANCELLED');
    const again = (await cancelEdenOrder(created.id, 'other').catch((e: unknown) => e)) as VendorError;
    expect(again.status).toBe(400);
    expect(again.vendorMessage).toMatch(/already cancelled/);
  });

  it('lists the seeded orders in a window with filters and pagination', async () => {
    const window = { start_date: '2026-11-01', end_date: '2026-11-30' };
    const first = await listEdenOrders(window);
    expect(first.results).toHaveLength(10);
    expect(first.count).toBeGreaterThan(50);
    expect(first.previous).toBeNull();
    const second = await listEdenOrders({ ...window, offset: 10 });
    expect(second.results[0]?.id).not.toBe(first.results[0]?.id);
    const ct = await listEdenOrders({ ...window, modality: ['CT'], limit: 100 });
    expect(ct.results.every((o) => o.modality === 'CT')).toBe(true);
    const statuses = await listEdenOrders({ ...window, status: ['NEW'], limit: 100 });
    expect(statuses.results.every((o) => o.status === 'NEW')).toBe(true);
    const someone = first.results[0]?.patient_identifier ?? '';
    const byPatient = await listEdenOrders({ ...window, patient_identifier: someone });
    expect(byPatient.results.every((o) => o.patient_identifier === someone)).toBe(true);
    const facilities = await listEdenFacilities();
    const north = facilities.find((f) => f.identifier === 'FACILITY_02');
    const byFacility = await listEdenOrders({ ...window, facility: north?.id, limit: 100 });
    expect(byFacility.results.every((o) => o.facility.identifier === 'FACILITY_02')).toBe(true);
  });

  it('seeds at least 200 orders over the previous and the next month, at two facilities with rooms', async () => {
    const before = await listEdenOrders({ start_date: '2026-10-21', end_date: '2026-11-20', limit: 1 });
    const after = await listEdenOrders({ start_date: '2026-11-21', end_date: '2026-12-21', limit: 1 });
    expect(before.count + after.count).toBeGreaterThanOrEqual(200);
    const facilities = await listEdenFacilities();
    expect(facilities.map((f) => f.identifier)).toEqual(['FACILITY_01', 'FACILITY_02']);
    expect(facilities.every((f) => f.rooms.length > 0)).toBe(true);
  });

  it('the mock enforces the one-month window and the required date itself', async () => {
    const response = await fetch(
      'http://localhost/api/eden/orders/?start_date=2026-01-01&end_date=2026-03-01',
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ detail: 'The date window must not exceed one month.' });
    const none = await fetch('http://localhost/api/eden/orders/');
    expect(await none.json()).toEqual({ start_date: ['start_date or end_date is required.'] });
  });

  it('the mock rejects each documented limit with a field error even when the client is bypassed', async () => {
    const response = await fetch('http://localhost/api/eden/orders/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(
        fullEdenOrder({
          folio: 'x'.repeat(81),
          patient_gender: 'X',
          appointment_time: '25:00',
          modality: 'MRI',
        }),
      ),
    });
    expect(response.status).toBe(400);
    expect(Object.keys(await response.json()).sort()).toEqual([
      'appointment_time',
      'folio',
      'modality',
      'patient_gender',
    ]);
  });
});

describe('Eden hooks', () => {
  it('useEdenOrders lists and useCreateEdenOrder creates once', async () => {
    const { wrapper } = createQueryWrapper();
    const list = renderHook(() => useEdenOrders({ start_date: '2026-11-01', end_date: '2026-11-30' }), {
      wrapper,
    });
    await waitFor(() => expect(list.result.current.isSuccess).toBe(true));
    expect(list.result.current.data?.results).toHaveLength(10);
    const create = renderHook(() => useCreateEdenOrder(), { wrapper });
    const result = await create.result.current.mutateAsync({ input: fullEdenOrder() });
    expect(result.replayed).toBe(false);
  });
});
