import { resolveObjectURL } from 'node:buffer';
import { postDicomDb } from '@mocks/postdicom/db';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryWrapper } from '@/test/query-wrapper';
import { signedIn, UNKNOWN_UUID } from '../../test/postdicom.test-helpers';
import { InputError } from '../errors';
import {
  addPostDicomOrderToFolder,
  createPostDicomFolder,
  createPostDicomFolderWithDescription,
  deletePostDicomFolder,
  getPostDicomFolderList,
  getPostDicomFolderViewUrl,
  removePostDicomOrderFromFolder,
} from './folders';
import { getPostDicomPatientOrderListInFolder } from './orders';
import { useCreatePostDicomFolder, usePostDicomFolderList } from './queries';

describe('CreateFolder', () => {
  it('creates nested folders from an a/b path and reuses existing ones', async () => {
    const { userUuid } = await signedIn();
    const { FolderUuid: deepest } = await createPostDicomFolder({
      userUuid,
      folderName: 'Traumatología/2026/Marzo',
    });
    const [trauma] = await getPostDicomFolderList({ userUuid, folderName: 'Traumatología' });
    expect(trauma?.ParentFolderUuid).toBe('');
    const [year] = await getPostDicomFolderList({ userUuid, parentFolderUuid: trauma?.FolderUuid });
    expect(year?.FolderName).toBe('2026');
    const [month] = await getPostDicomFolderList({ userUuid, parentFolderUuid: year?.FolderUuid });
    expect(month).toMatchObject({ FolderName: 'Marzo', FolderUuid: deepest });

    const { FolderUuid: april } = await createPostDicomFolder({
      userUuid,
      folderName: 'Traumatología/2026/Abril',
    });
    expect(postDicomDb.get().folders.filter((f) => f.FolderName === 'Traumatología')).toHaveLength(1);
    expect(postDicomDb.get().folders.find((f) => f.FolderUuid === april)?.ParentFolderUuid).toBe(
      year?.FolderUuid,
    );
  });

  it('creates inside a parent; refuses empty path segments before calling and an unknown parent in the library', async () => {
    const { userUuid } = await signedIn();
    const parent = postDicomDb.get().folders[0]?.FolderUuid ?? '';
    const { FolderUuid } = await createPostDicomFolder({
      userUuid,
      parentFolderUuid: parent,
      folderName: 'Sub',
    });
    expect(postDicomDb.get().folders.find((f) => f.FolderUuid === FolderUuid)?.ParentFolderUuid).toBe(parent);
    for (const folderName of ['a//b', '/a', 'a/', ' ']) {
      await expect(createPostDicomFolder({ userUuid, folderName })).rejects.toBeInstanceOf(InputError);
    }
    await expect(
      createPostDicomFolder({ userUuid, parentFolderUuid: UNKNOWN_UUID, folderName: 'x' }),
    ).rejects.toMatchObject({
      endpoint: 'CreateFolder',
      vendorMessage: expect.stringContaining('Folder not found'),
    });
  });
});

describe('CreateFolderWithDescription', () => {
  it('stores the description on the deepest folder; refuses an unknown user', async () => {
    const { userUuid } = await signedIn();
    const { FolderUuid } = await createPostDicomFolderWithDescription({
      userUuid,
      folderName: 'Ateneos/Abril',
      folderDescription: 'Casos del ateneo de abril',
    });
    const folder = postDicomDb.get().folders.find((f) => f.FolderUuid === FolderUuid);
    expect(folder?.FolderDescription).toBe('Casos del ateneo de abril');
    await expect(
      createPostDicomFolderWithDescription({
        userUuid: UNKNOWN_UUID,
        folderName: 'x',
        folderDescription: 'y',
      }),
    ).rejects.toMatchObject({ endpoint: 'CreateFolderWithDescription' });
  });
});

describe('DeleteFolder', () => {
  it('deletes a folder with its subfolders; deleting it again is refused', async () => {
    const { userUuid } = await signedIn();
    const { FolderUuid: child } = await createPostDicomFolder({ userUuid, folderName: 'Borrar/Hijo' });
    const [parent] = await getPostDicomFolderList({ userUuid, folderName: 'Borrar' });
    await deletePostDicomFolder({ userUuid, folderUuid: parent?.FolderUuid ?? '' });
    expect(postDicomDb.get().folders.some((f) => f.FolderUuid === child)).toBe(false);
    await expect(
      deletePostDicomFolder({ userUuid, folderUuid: parent?.FolderUuid ?? '' }),
    ).rejects.toMatchObject({
      endpoint: 'DeleteFolder',
    });
  });
});

describe('GetFolderList', () => {
  it('lists root folders without orders, or with them', async () => {
    const { userUuid } = await signedIn();
    const plain = await getPostDicomFolderList({ userUuid });
    expect(plain.map((f) => f.FolderName)).toEqual(['Urgencias', 'Oncología', 'Docencia']);
    expect(plain.every((f) => f.OrderList === undefined)).toBe(true);
    const withOrders = await getPostDicomFolderList({ userUuid, getOrdersInFolder: true });
    expect(withOrders[0]?.OrderList).toHaveLength(12);
    expect(withOrders[0]?.OrderList?.[0]?.PatientName).toContain('^');
  });

  it('is refused for an unknown parent', async () => {
    const { userUuid } = await signedIn();
    await expect(getPostDicomFolderList({ userUuid, parentFolderUuid: UNKNOWN_UUID })).rejects.toMatchObject({
      endpoint: 'GetFolderList',
    });
  });
});

describe('GetFolderViewUrl', () => {
  it('gives a blob: page listing the folder and its orders; refuses an unknown folder', async () => {
    const { userUuid } = await signedIn();
    const folder = postDicomDb.get().folders[0];
    const url = await getPostDicomFolderViewUrl({ userUuid, folderUuid: folder?.FolderUuid ?? '' });
    expect(url).toMatch(/^blob:/);
    const html = (await resolveObjectURL(url)?.text()) ?? '';
    expect(html).toContain('Folder: Urgencias');
    for (const uuid of folder?.orderUuids ?? []) expect(html).toContain(uuid);
    await expect(getPostDicomFolderViewUrl({ userUuid, folderUuid: UNKNOWN_UUID })).rejects.toMatchObject({
      endpoint: 'GetFolderViewUrl',
    });
  });
});

describe('AddOrderToFolder / RemoveOrderFromFolder', () => {
  it('adds an order to several folders and removes it from one', async () => {
    const { userUuid } = await signedIn();
    const db = postDicomDb.get();
    const order = db.orders[200];
    const [a, b] = [db.folders[2], db.folders[3]];
    await addPostDicomOrderToFolder({
      userUuid,
      patientOrderInstitutionUuid: order?.PatientOrderInstitutionUuid ?? '',
      patientOrderUuid: order?.PatientOrderUuid ?? '',
      folderUuidList: [a?.FolderUuid ?? '', b?.FolderUuid ?? ''],
    });
    expect(a?.orderUuids).toContain(order?.PatientOrderUuid);
    expect(b?.orderUuids).toContain(order?.PatientOrderUuid);
    await removePostDicomOrderFromFolder({
      userUuid,
      folderUuid: a?.FolderUuid ?? '',
      patientOrderUuidList: [order?.PatientOrderUuid ?? ''],
    });
    const inA = await getPostDicomPatientOrderListInFolder({ userUuid, folderUuid: a?.FolderUuid ?? '' });
    expect(inA.map((o) => o.PatientOrderUuid)).not.toContain(order?.PatientOrderUuid);
    expect(b?.orderUuids).toContain(order?.PatientOrderUuid);
  });

  it('refuses an empty folder list before calling, an unknown folder and an order not in the folder', async () => {
    const { userUuid } = await signedIn();
    const db = postDicomDb.get();
    const order = db.orders[201];
    const ref = {
      userUuid,
      patientOrderInstitutionUuid: order?.PatientOrderInstitutionUuid ?? '',
      patientOrderUuid: order?.PatientOrderUuid ?? '',
    };
    await expect(addPostDicomOrderToFolder({ ...ref, folderUuidList: [] })).rejects.toBeInstanceOf(
      InputError,
    );
    await expect(addPostDicomOrderToFolder({ ...ref, folderUuidList: [UNKNOWN_UUID] })).rejects.toMatchObject(
      {
        endpoint: 'AddOrderToFolder',
      },
    );
    await expect(
      removePostDicomOrderFromFolder({
        userUuid,
        folderUuid: db.folders[2]?.FolderUuid ?? '',
        patientOrderUuidList: [ref.patientOrderUuid],
      }),
    ).rejects.toMatchObject({
      endpoint: 'RemoveOrderFromFolder',
      vendorMessage: expect.stringContaining('not in folder'),
    });
  });
});

describe('hooks', () => {
  it('useCreatePostDicomFolder invalidates usePostDicomFolderList', async () => {
    const { userUuid } = await signedIn();
    const { wrapper } = createQueryWrapper();
    const { result } = renderHook(
      () => ({ list: usePostDicomFolderList({ userUuid }), create: useCreatePostDicomFolder() }),
      {
        wrapper,
      },
    );
    await waitFor(() => expect(result.current.list.data).toHaveLength(3));
    await act(async () => {
      await result.current.create.mutateAsync({ userUuid, folderName: 'Nueva' });
    });
    await waitFor(() => expect(result.current.list.data?.map((f) => f.FolderName)).toContain('Nueva'));
  });
});
