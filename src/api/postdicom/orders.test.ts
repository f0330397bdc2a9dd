import { resolveObjectURL } from 'node:buffer';
import { faults } from '@mocks/faults';
import { postDicomDb, SEEDED_ORDER_COUNT } from '@mocks/postdicom/db';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryWrapper } from '@/test/query-wrapper';
import { signedIn, UNKNOWN_UUID } from '../../test/postdicom.test-helpers';
import { ContractError, InputError, VendorError } from '../errors';
import { createPostDicomOrderWithMinimumParameters } from './order-create';
import {
  deletePostDicomOrder,
  getPostDicomPatientOrderList,
  getPostDicomPatientOrderListInFolder,
  getPostDicomPatientOrderListWithDateRange,
  getPostDicomPatientOrderProperties,
  getPostDicomViewUrl,
} from './orders';
import { postDicomKeys, useDeletePostDicomOrder, usePostDicomPatientOrderList } from './queries';

async function readBlobUrl(url: string): Promise<string> {
  const blob = resolveObjectURL(url);
  if (!blob) throw new Error(`No blob behind ${url}`);
  return blob.text();
}

describe('GetPatientOrderList', () => {
  it('returns every seeded order without filters, and filters by modality, name and institution', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const all = await getPostDicomPatientOrderList({ userUuid });
    expect(all.length).toBeGreaterThanOrEqual(SEEDED_ORDER_COUNT);
    expect(all.every((o) => /^[A-Z' -]+\^[A-Z' -]+/.test(o.PatientName))).toBe(true);

    const mrOrUs = await getPostDicomPatientOrderList({ userUuid, modalities: ['MR', 'US'] });
    expect(mrOrUs.length).toBeGreaterThan(0);
    expect(mrOrUs.every((o) => ['MR', 'US'].includes(o.OrderModality))).toBe(true);

    const sample = all[10];
    const byName = await getPostDicomPatientOrderList({
      userUuid,
      patientName: sample?.PatientName.split('^')[0] ?? '',
    });
    expect(byName.map((o) => o.PatientOrderUuid)).toContain(sample?.PatientOrderUuid);

    const central = await getPostDicomPatientOrderList({ userUuid, institutionUuidList: [institutionUuid] });
    expect(central.every((o) => o.PatientOrderInstitutionUuid === institutionUuid)).toBe(true);
    expect(central.length).toBeLessThan(all.length);
  });

  it('refuses an unknown modality before calling, and an unknown user in the library', async () => {
    const { userUuid } = await signedIn();
    await expect(
      getPostDicomPatientOrderList({ userUuid, modalities: ['MRI' as 'MR'] }),
    ).rejects.toBeInstanceOf(InputError);
    await expect(getPostDicomPatientOrderList({ userUuid: UNKNOWN_UUID })).rejects.toBeInstanceOf(
      VendorError,
    );
  });

  it('a result that breaks the contract names the method and the field', async () => {
    const { userUuid } = await signedIn();
    const broken = postDicomDb.get().orders[3];
    if (broken) broken.OrderModality = 'MRI';
    const error = await getPostDicomPatientOrderList({ userUuid }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect(error).toMatchObject({ endpoint: 'GetPatientOrderList' });
    expect((error as ContractError).fieldPath).toMatch(/^SearchResultList\[\d+\]\.OrderModality$/);
  });
});

describe('GetPatientOrderListWithDateRange', () => {
  it('keeps orders inside the range (inclusive)', async () => {
    const { userUuid } = await signedIn();
    const all = await getPostDicomPatientOrderList({ userUuid });
    const dates = all.map((o) => o.OrderDate).sort();
    const startDate = dates[50] ?? '';
    const endDate = dates[120] ?? '';
    const inRange = await getPostDicomPatientOrderListWithDateRange({ userUuid, startDate, endDate });
    expect(inRange.length).toBeGreaterThanOrEqual(71);
    expect(inRange.every((o) => o.OrderDate >= startDate && o.OrderDate <= endDate)).toBe(true);
  });

  it('refuses a start after the end and a malformed date before calling', async () => {
    const { userUuid } = await signedIn();
    await expect(
      getPostDicomPatientOrderListWithDateRange({ userUuid, startDate: '2026-02-01', endDate: '2026-01-01' }),
    ).rejects.toMatchObject({ issues: [{ path: 'endDate' }] });
    await expect(
      getPostDicomPatientOrderListWithDateRange({ userUuid, startDate: '01/02/2026' }),
    ).rejects.toBeInstanceOf(InputError);
  });
});

describe('GetPatientOrderListInFolder', () => {
  it('lists the orders of a folder, and refuses an unknown folder', async () => {
    const { userUuid } = await signedIn();
    const folder = postDicomDb.get().folders[0];
    const orders = await getPostDicomPatientOrderListInFolder({
      userUuid,
      folderUuid: folder?.FolderUuid ?? '',
    });
    expect(orders.map((o) => o.PatientOrderUuid)).toEqual(folder?.orderUuids);
    await expect(
      getPostDicomPatientOrderListInFolder({ userUuid, folderUuid: UNKNOWN_UUID }),
    ).rejects.toMatchObject({
      endpoint: 'GetPatientOrderListInFolder',
    });
  });
});

describe('GetPatientOrderProperties', () => {
  it('returns the order with its assignments and folders; refuses the wrong institution', async () => {
    const { userUuid, otherInstitutionUuid } = await signedIn();
    const order = postDicomDb.get().orders[0];
    const ref = {
      userUuid,
      patientOrderInstitutionUuid: order?.PatientOrderInstitutionUuid ?? '',
      patientOrderUuid: order?.PatientOrderUuid ?? '',
    };
    const properties = await getPostDicomPatientOrderProperties(ref);
    expect(properties).toMatchObject({ PatientOrderUuid: order?.PatientOrderUuid, AssignedUserUuidList: [] });
    expect(properties.FolderUuidList?.length).toBeGreaterThan(0);
    const wrong =
      ref.patientOrderInstitutionUuid === otherInstitutionUuid ? UNKNOWN_UUID : otherInstitutionUuid;
    await expect(
      getPostDicomPatientOrderProperties({ ...ref, patientOrderInstitutionUuid: wrong }),
    ).rejects.toBeInstanceOf(VendorError);
  });
});

describe('DeleteOrder', () => {
  it('moves the order to the recycle bin: it leaves the searches; deleting again is refused', async () => {
    const { userUuid } = await signedIn();
    const order = postDicomDb.get().orders[7];
    const ref = {
      userUuid,
      patientOrderInstitutionUuid: order?.PatientOrderInstitutionUuid ?? '',
      patientOrderUuid: order?.PatientOrderUuid ?? '',
    };
    await deletePostDicomOrder(ref);
    expect(order?.deleted).toBe(true);
    expect(postDicomDb.get().orders).toContain(order); // still in the account (recycle bin)
    const all = await getPostDicomPatientOrderList({ userUuid });
    expect(all.map((o) => o.PatientOrderUuid)).not.toContain(order?.PatientOrderUuid);
    await expect(deletePostDicomOrder(ref)).rejects.toMatchObject({
      endpoint: 'DeleteOrder',
      vendorMessage: expect.stringContaining('not found'),
    });
  });
});

describe('GetViewUrl', () => {
  it('gives a blob: URL of a page listing the order, with every value escaped', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const created = await createPostDicomOrderWithMinimumParameters({
      userUuid,
      institutionUuid,
      patientName: "O'BRIEN^<script>alert(1)</script>",
      patientId: 'V-1',
      modality: 'CT',
      studyDescription: 'Tórax & abdomen',
      orderDate: '2026-01-10',
    });
    const url = await getPostDicomViewUrl({ userUuid, patientOrderUuid: created.PatientOrderUuid });
    expect(url).toMatch(/^blob:/);
    const html = await readBlobUrl(url);
    expect(html).toContain('O&#39;BRIEN^&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Tórax &amp; abdomen');
    expect(html).not.toContain('<script>');
    expect(html).toContain(created.PatientOrderUuid);
  });

  it('is refused for an unknown order', async () => {
    const { userUuid } = await signedIn();
    await expect(getPostDicomViewUrl({ userUuid, patientOrderUuid: UNKNOWN_UUID })).rejects.toMatchObject({
      endpoint: 'GetViewUrl',
    });
  });
});

describe('hooks', () => {
  it('usePostDicomPatientOrderList loads; useDeletePostDicomOrder invalidates it and never retries', async () => {
    const { userUuid } = await signedIn();
    const { queryClient, wrapper } = createQueryWrapper();
    const filters = { userUuid, modalities: ['MG' as const] };
    const { result } = renderHook(
      () => ({ list: usePostDicomPatientOrderList(filters), remove: useDeletePostDicomOrder() }),
      {
        wrapper,
      },
    );
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    const first = result.current.list.data?.[0];
    expect(first).toBeDefined();

    faults.set({ failure: 'server-error', vendor: 'postdicom', methods: 'writes', remaining: 2 });
    const ref = {
      userUuid,
      patientOrderInstitutionUuid: first?.PatientOrderInstitutionUuid ?? '',
      patientOrderUuid: first?.PatientOrderUuid ?? '',
    };
    let failure: unknown;
    await act(async () => {
      failure = await result.current.remove.mutateAsync(ref).catch((e: unknown) => e);
    });
    expect(failure).toBeInstanceOf(VendorError);
    // One attempt only: one of the two planned failures is left.
    expect(faults.get().remaining).toBe(1);
    faults.reset();

    await act(async () => {
      await result.current.remove.mutateAsync(ref);
    });
    await waitFor(() =>
      expect(result.current.list.data?.map((o) => o.PatientOrderUuid)).not.toContain(first?.PatientOrderUuid),
    );
    expect(queryClient.getQueryState(postDicomKeys.orderList(filters))?.dataUpdateCount).toBe(2);
  });
});
