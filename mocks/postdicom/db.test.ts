import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { POSTDICOM_MODALITIES } from '@/api/postdicom/common';
import { setMockNow } from '../clock';
import { faults } from '../faults';
import { heldBy } from '../population';
import { resetStores } from '../store';
import { postDicomDb, SEEDED_ORDER_COUNT, toDicomName } from './db';
import { SimulatedPostDicomCloudApi } from './library';
import { escapeHtml, renderViewPage } from './view-page';

describe('seeded PostDICOM account', () => {
  it('has 2 institutions, 5 users, 3 user groups, a flag dictionary, 3 DICOM nodes and a folder tree', () => {
    const db = postDicomDb.get();
    expect(db.institutions).toHaveLength(2);
    expect(db.users).toHaveLength(5);
    expect(db.userGroups).toHaveLength(3);
    expect(db.flagGroups.flatMap((g) => g.FlagList).length).toBeGreaterThanOrEqual(4);
    expect(db.dicomNodes).toHaveLength(3);
    expect(db.folders.some((f) => f.ParentFolderUuid !== '')).toBe(true);
  });

  it('has at least 300 orders: DICOM names, DICOM modalities, dates around mockNow()', () => {
    setMockNow(new Date(2026, 4, 20, 12)); // noon of 20 May in the zone the tests run in
    resetStores();
    const all = postDicomDb.get().orders;
    // The seeded orders first, then the shared population's (mocks/population.ts).
    const population = heldBy('postdicom').reduce((sum, { record }) => sum + record.count, 0);
    expect(all).toHaveLength(SEEDED_ORDER_COUNT + population);
    const orders = all.slice(0, SEEDED_ORDER_COUNT);
    expect(orders.length).toBeGreaterThanOrEqual(300);
    for (const o of orders) {
      expect(o.PatientName).toMatch(/^[A-Z' -]+\^[A-Z' -]+(\^[A-Z' -]+)?$/);
      expect(POSTDICOM_MODALITIES).toContain(o.OrderModality);
    }
    const modalities = new Set(orders.map((o) => o.OrderModality));
    for (const m of ['CT', 'MR', 'US', 'CR', 'DX', 'MG']) expect(modalities).toContain(m);
    const days = orders.map((o) => dayjs(o.OrderDate).diff(dayjs('2026-05-20'), 'day'));
    expect(Math.min(...days)).toBeGreaterThanOrEqual(-121);
    expect(Math.max(...days)).toBeLessThanOrEqual(30);
    expect(days.some((d) => d > 0)).toBe(true);
    expect(days.some((d) => d < 0)).toBe(true);
    setMockNow(null);
  });

  it('re-seeds identically after a reset', () => {
    const first = postDicomDb
      .get()
      .orders.slice(0, 5)
      .map((o) => [o.PatientOrderUuid, o.PatientName]);
    postDicomDb.get().orders.length = 0;
    resetStores();
    expect(
      postDicomDb
        .get()
        .orders.slice(0, 5)
        .map((o) => [o.PatientOrderUuid, o.PatientName]),
    ).toEqual(first);
  });

  it('writes names as LAST^FIRST^MIDDLE without accents', () => {
    expect(toDicomName('Núñez García', 'José', 'María')).toBe('NUNEZ GARCIA^JOSE^MARIA');
    expect(toDicomName('Pérez', 'Ana')).toBe('PEREZ^ANA');
  });
});

describe('view pages', () => {
  it('escape every value', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const html = renderViewPage('<b>t</b>', [{ '<k>': '<v>' }]);
    expect(html).not.toMatch(/<b>|<k>|<v>/);
  });
});

describe('simulated library callbacks and faults', () => {
  // An answer is awaited for as long as it takes (a busy machine is slow, not wrong); only the "hang"
  // case gives up after `ms`, where no answer is the expected outcome.
  const call = (fn: (cb: (r: unknown) => void) => void, ms?: number) =>
    new Promise<unknown>((resolve) => {
      const timer = ms === undefined ? undefined : setTimeout(() => resolve('no callback'), ms);
      fn((r) => {
        clearTimeout(timer);
        resolve(r);
      });
    });

  it('refuses calls before Initialize, then answers { Success: true, … }', async () => {
    const api = new SimulatedPostDicomCloudApi('k', 'a');
    const user = postDicomDb.get().users[0]?.UserUuid ?? '';
    expect(await call((cb) => api.GetDicomNodeList(user, cb))).toEqual({
      Success: false,
      Message: 'Call Initialize first.',
    });
    expect(await call((cb) => api.Initialize(cb))).toMatchObject({
      Success: true,
      Account: { UserList: expect.any(Array) },
    });
    expect(await call((cb) => api.GetDicomNodeList(user, cb))).toMatchObject({ Success: true });
  });

  it('translates network and hang scenarios into an error callback and no callback', async () => {
    const api = new SimulatedPostDicomCloudApi('k', 'a');
    faults.set({ failure: 'network', vendor: 'postdicom', remaining: 1 });
    expect(await call((cb) => api.Initialize(cb))).toMatchObject({
      Success: false,
      Message: expect.stringContaining('Network'),
    });
    faults.set({ failure: 'hang', vendor: 'postdicom', remaining: 1 });
    expect(await call((cb) => api.Initialize(cb), 100)).toBe('no callback');
    faults.set({ failure: 'server-error', vendor: 'eden' });
    expect(await call((cb) => api.Initialize(cb))).toMatchObject({ Success: true });
  });
});
