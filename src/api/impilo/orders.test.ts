import { setMockNow } from '@mocks/clock';
import { impiloStore } from '@mocks/impilo/store';
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createQueryWrapper } from '../../test/query-wrapper';
import { InputError, VendorError } from '../errors';
import { impiloEndpoints } from './endpoints';
import { createImpiloOrder, getImpiloOrder, listImpiloOrders } from './orders';
import { useCreateImpiloOrder, useImpiloOrder, useImpiloOrders } from './queries';

afterEach(() => setMockNow(null));

function ids() {
  const state = impiloStore.get();
  return {
    patient: state.patients[0]?.id ?? '',
    site: state.sites[0]?.id ?? '',
    item: state.items[0]?.id ?? '',
    kit: state.kits[0]?.id ?? '',
  };
}

async function rawCreate(body: unknown) {
  const response = await fetch(new URL(`/api/impilo${impiloEndpoints.createOrder.path()}`, location.href), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { errors: { field: string }[] } };
}

describe('Impilo orders', () => {
  it('creates a patient order with items, external ids and notes', async () => {
    const { patient, item } = ids();
    const order = await createImpiloOrder({
      patient: { id: patient },
      orderItems: [{ id: item, quantity: 2 }],
      externalOrderIds: ['RIS-123', 'ACC-9'],
      orderNotes: 'Leave with reception',
    });
    expect(order).toMatchObject({
      patient: { id: patient },
      site: null,
      orderItems: [{ id: item, quantity: 2 }],
      externalOrderIds: ['RIS-123', 'ACC-9'],
      orderNotes: 'Leave with reception',
      currentStatus: 'RECEIVED',
      trackingNumbers: [],
    });
    expect(order.orderEvents.map((e) => e.status)).toEqual(['RECEIVED']);
    expect(await getImpiloOrder(order.id)).toEqual(order);
  });

  it('creates a site order with a kit only', async () => {
    const { site, kit } = ids();
    const order = await createImpiloOrder({ site: { id: site }, orderKits: [{ id: kit }] });
    expect(order).toMatchObject({ site: { id: site }, patient: null, orderKits: [{ id: kit }] });
  });

  it('needs exactly one of patient or site (client and mock)', async () => {
    const { patient, site, item } = ids();
    await expect(
      createImpiloOrder({ patient: { id: patient }, site: { id: site }, orderItems: [{ id: item }] }),
    ).rejects.toBeInstanceOf(InputError);
    await expect(createImpiloOrder({ orderItems: [{ id: item }] })).rejects.toBeInstanceOf(InputError);
    const both = await rawCreate({
      patient: { id: patient },
      site: { id: site },
      orderItems: [{ id: item }],
    });
    expect(both.status).toBe(400);
    expect(both.body.errors.map((e) => e.field)).toContain('patient');
    const neither = await rawCreate({ orderItems: [{ id: item }] });
    expect(neither.status).toBe(400);
  });

  it('needs at least one item or kit (client and mock)', async () => {
    const { patient } = ids();
    await expect(createImpiloOrder({ patient: { id: patient } })).rejects.toBeInstanceOf(InputError);
    await expect(
      createImpiloOrder({ patient: { id: patient }, orderItems: [], orderKits: [] }),
    ).rejects.toBeInstanceOf(InputError);
    const none = await rawCreate({ patient: { id: patient }, orderItems: [], orderKits: [] });
    expect(none.status).toBe(400);
    expect(none.body.errors.map((e) => e.field)).toContain('orderItems');
  });

  it('answers field errors for an unknown patient or item', async () => {
    const error = await createImpiloOrder({
      patient: { id: 'ghost' },
      orderItems: [{ id: 'ghost-item' }],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).status).toBe(400);
    expect(Object.keys((error as VendorError).fieldErrors).sort()).toEqual([
      'orderItems[0].id',
      'patient.id',
    ]);
  });

  it('moves along over time: events and tracking numbers appear as it ships', async () => {
    const start = new Date('2026-03-02T10:00:00.000Z');
    setMockNow(start);
    const { patient, item, kit } = ids();
    const order = await createImpiloOrder({
      patient: { id: patient },
      orderItems: [{ id: item }],
      orderKits: [{ id: kit }, { id: kit, quantity: 2 }],
    });
    const at = async (hours: number) => {
      setMockNow(start.getTime() + hours * 3_600_000);
      return getImpiloOrder(order.id);
    };
    expect((await at(1)).currentStatus).toBe('RECEIVED');
    expect((await at(3)).currentStatus).toBe('PROCESSING');
    const shipped = await at(25);
    expect(shipped.currentStatus).toBe('SHIPPED');
    expect(shipped.orderEvents.map((e) => e.status)).toEqual(['RECEIVED', 'PROCESSING', 'SHIPPED']);
    expect(shipped.orderEvents[2]?.timestamp).toBe('2026-03-03T10:00:00.000Z');
    expect(shipped.trackingNumbers).toHaveLength(2);
    const delivered = await at(80);
    expect(delivered.currentStatus).toBe('DELIVERED');
    expect(delivered.trackingNumbers).toEqual(shipped.trackingNumbers);
  });

  it('lists orders newest first, paginated, with seeded orders in every status', async () => {
    const first = await listImpiloOrders({ size: 10 });
    expect(first).toMatchObject({ page: 0, size: 10, total: 30, first: true, last: false });
    const all = await listImpiloOrders({ size: 250 });
    const statuses = new Set(all.content.map((o) => o.currentStatus));
    for (const status of ['RECEIVED', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED'])
      expect(statuses).toContain(status);
    await expect(listImpiloOrders({ size: 251 })).rejects.toBeInstanceOf(InputError);
  });

  it('answers 404 for an unknown order', async () => {
    await expect(getImpiloOrder('missing')).rejects.toMatchObject({ status: 404 });
  });

  it('hooks: creating an order refreshes the list', async () => {
    const { wrapper } = createQueryWrapper();
    const list = renderHook(() => useImpiloOrders({ size: 5 }), { wrapper });
    await waitFor(() => expect(list.result.current.data?.total).toBe(30));
    const { site, item } = ids();
    const create = renderHook(() => useCreateImpiloOrder(), { wrapper });
    const order = await create.result.current.mutateAsync({ site: { id: site }, orderItems: [{ id: item }] });
    await waitFor(() => expect(list.result.current.data?.total).toBe(31));
    const one = renderHook(() => useImpiloOrder(order.id), { wrapper });
    await waitFor(() => expect(one.result.current.data?.id).toBe(order.id));
  });
});
