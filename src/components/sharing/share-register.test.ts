import { describe, expect, it, vi } from 'vitest';
import { createMemoryShareRegister, type ShareEntry } from './share-register';

const entry: ShareEntry = {
  vendor: 'postdicom',
  kind: 'orders-email',
  target: { type: 'orders', ids: ['o-1'] },
  subjects: [{ patientName: 'DOE^JANE', patientId: '123456' }],
  recipients: [{ kind: 'email', label: 'referrer@example.org' }],
  expiresOn: '2026-03-17',
  permissions: { download: false, upload: false, password: 'vendor-emailed' },
  link: null,
};

describe('the in-memory share register', () => {
  it('lists what was added, newest first, with an id and the time', async () => {
    let clock = Date.parse('2026-03-10T14:00:00Z');
    const register = createMemoryShareRegister(() => new Date(clock));
    const first = await register.add(entry);
    clock += 60_000;
    const second = await register.add({ ...entry, kind: 'orders-link', link: 'https://x.example/s/1' });
    expect(register.list().map((r) => r.id)).toEqual([second.id, first.id]);
    expect(first.sharedAt).toBe('2026-03-10T14:00:00.000Z');
    expect(second.sharedAt).toBe('2026-03-10T14:01:00.000Z');
    expect(first.id).not.toBe(second.id);
  });

  it('keeps a copy: changing the entry afterwards changes nothing in the register', async () => {
    const register = createMemoryShareRegister();
    const mine = structuredClone(entry);
    await register.add(mine);
    mine.recipients[0] = { kind: 'email', label: 'someone-else@example.org' };
    expect(register.list()[0]?.recipients[0]?.label).toBe('referrer@example.org');
  });

  it('tells subscribers about every change, gives the same snapshot until then, and clears', async () => {
    const register = createMemoryShareRegister();
    const listener = vi.fn();
    const unsubscribe = register.subscribe(listener);
    const before = register.list();
    expect(register.list()).toBe(before);
    await register.add(entry);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(register.list()).not.toBe(before);
    register.clear();
    expect(register.list()).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(2);
    register.clear(); // nothing to clear: no notification
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    await register.add(entry);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('writes nothing to browser storage', async () => {
    const register = createMemoryShareRegister();
    await register.add(entry);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });
});
