import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryWrapper } from '../../test/query-wrapper';
import { InputError } from '../errors';
import { listImpiloItems, listImpiloKits } from './catalogue';
import { useImpiloItems, useImpiloKits, useImpiloSite, useImpiloSites } from './queries';
import { getImpiloSite, listImpiloSites } from './sites';

describe('Impilo sites (assumed endpoints)', () => {
  it('lists sites as a page and gets one', async () => {
    const sites = await listImpiloSites();
    expect(sites).toMatchObject({ total: 5, first: true, last: true });
    const first = sites.content[0];
    expect(await getImpiloSite(first?.id ?? '')).toEqual(first);
  });

  it('answers 404 for an unknown site and refuses size above 250', async () => {
    await expect(getImpiloSite('missing')).rejects.toMatchObject({ status: 404 });
    await expect(listImpiloSites({ size: 1000 })).rejects.toBeInstanceOf(InputError);
  });

  it('hooks', async () => {
    const { wrapper } = createQueryWrapper();
    const list = renderHook(() => useImpiloSites({ size: 2 }), { wrapper });
    await waitFor(() => expect(list.result.current.data?.content).toHaveLength(2));
    const id = list.result.current.data?.content[0]?.id;
    const one = renderHook(() => useImpiloSite(id), { wrapper });
    await waitFor(() => expect(one.result.current.data?.id).toBe(id));
  });
});

describe('Impilo catalogue (assumed endpoints)', () => {
  it('lists items and kits; kits name their items', async () => {
    const items = await listImpiloItems({ size: 250 });
    expect(items.total).toBe(8);
    const kits = await listImpiloKits();
    expect(kits.content.length).toBe(3);
    const itemIds = new Set(items.content.map((i) => i.id));
    for (const kit of kits.content) expect(kit.items.every((line) => itemIds.has(line.id))).toBe(true);
  });

  it('refuses a negative page', async () => {
    await expect(listImpiloItems({ page: -1 })).rejects.toBeInstanceOf(InputError);
  });

  it('hooks', async () => {
    const { wrapper } = createQueryWrapper();
    const items = renderHook(() => useImpiloItems(), { wrapper });
    const kits = renderHook(() => useImpiloKits(), { wrapper });
    await waitFor(() => expect(items.result.current.data?.total).toBe(8));
    await waitFor(() => expect(kits.result.current.data?.total).toBe(3));
  });
});
