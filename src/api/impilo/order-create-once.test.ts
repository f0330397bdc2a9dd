import { faults } from '@mocks/faults';
import { impiloStore } from '@mocks/impilo/store';
import { describe, expect, it } from 'vitest';
import { NetworkError, VendorError } from '../errors';
import { createImpiloOrderOnce, findImpiloOrderByExternalId } from './order-create-once';

const withKey = (key: string) => impiloStore.get().orders.filter((o) => o.externalOrderIds.includes(key));

function input(key: string) {
  const state = impiloStore.get();
  return {
    patient: { id: state.patients[0]?.id ?? '' },
    orderKits: [{ id: state.kits[0]?.id ?? '', quantity: 2 }],
    externalOrderIds: [key, 'HOSP-77'],
  };
}

describe('createImpiloOrderOnce', () => {
  it('a retry after the answer was lost finds the order by its external id and sends nothing', async () => {
    faults.set({
      failure: 'server-error',
      vendor: 'impilo',
      methods: 'writes',
      afterProcessing: true,
      remaining: 1,
    });
    await expect(createImpiloOrderOnce(input('IMP-ONCE-1'))).rejects.toBeInstanceOf(VendorError);
    expect(withKey('IMP-ONCE-1')).toHaveLength(1);
    const retry = await createImpiloOrderOnce(input('IMP-ONCE-1'));
    expect(retry.replayed).toBe(true);
    expect(retry.order.id).toBe(withKey('IMP-ONCE-1')[0]?.id);
    expect(withKey('IMP-ONCE-1')).toHaveLength(1);
  });

  it('creates after a network failure that never reached Impilo, and finds orders beyond the first page', async () => {
    faults.set({ failure: 'network', vendor: 'impilo', methods: 'writes', remaining: 1 });
    await expect(createImpiloOrderOnce(input('IMP-ONCE-2'))).rejects.toBeInstanceOf(NetworkError);
    expect(withKey('IMP-ONCE-2')).toHaveLength(0);
    const first = await createImpiloOrderOnce(input('IMP-ONCE-2'));
    expect(first.replayed).toBe(false);
    // Push it past the first page of 250.
    const state = impiloStore.get();
    const filler = state.orders[0];
    if (!filler) throw new Error('seeded orders expected');
    for (let i = 0; i < 300; i++) state.orders.push({ ...filler, id: `filler-${i}`, externalOrderIds: [] });
    expect((await findImpiloOrderByExternalId('IMP-ONCE-2'))?.id).toBe(first.order.id);
  });

  it('an order without an external id is just sent', async () => {
    const state = impiloStore.get();
    const before = state.orders.length;
    const result = await createImpiloOrderOnce({
      site: { id: state.sites[0]?.id ?? '' },
      orderItems: [{ id: state.items[0]?.id ?? '' }],
    });
    expect(result.replayed).toBe(false);
    expect(impiloStore.get().orders).toHaveLength(before + 1);
  });
});
