import type { PostDicomCallback } from '@/api/postdicom/library';
import type { MockFolder, MockOrder } from './db';
import { orderSummary, type Result, randomUuid, refuse } from './library-core';
import { PostDicomSimulationOrderChanges } from './library-order-changes';
import { createViewPageUrl, renderViewPage } from './view-page';

/** The simulation's folders: creation (nested paths), listing, view links, deletion, orders in and out. */
export class PostDicomSimulationFolders extends PostDicomSimulationOrderChanges {
  protected createFolderPath(
    userUuid: string,
    parentFolderUuid: string,
    folderName: string,
    description: string,
  ): Result {
    this.user(userUuid);
    if (parentFolderUuid) this.folder(parentFolderUuid);
    const segments = (folderName ?? '').split('/').map((s) => s.trim());
    if (segments.length === 0 || segments.some((s) => !s)) refuse('Folder name is empty.');
    let parent = parentFolderUuid ?? '';
    let current: MockFolder | undefined;
    for (const [index, name] of segments.entries()) {
      current = this.db.folders.find(
        (f) => f.ParentFolderUuid === parent && f.FolderName.toLowerCase() === name.toLowerCase(),
      );
      if (!current) {
        current = {
          FolderUuid: randomUuid(),
          FolderName: name,
          FolderDescription: index === segments.length - 1 ? description : '',
          ParentFolderUuid: parent,
          orderUuids: [],
        };
        this.db.folders.push(current);
      }
      parent = current.FolderUuid;
    }
    return { FolderUuid: current?.FolderUuid ?? '' };
  }

  CreateFolder(
    userUuid: string,
    parentFolderUuid: string,
    folderName: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => this.createFolderPath(userUuid, parentFolderUuid, folderName, ''));
  }

  CreateFolderWithDescription(
    userUuid: string,
    parentFolderUuid: string,
    folderName: string,
    folderDescription: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () =>
      this.createFolderPath(userUuid, parentFolderUuid, folderName, folderDescription ?? ''),
    );
  }

  DeleteFolder(userUuid: string, folderUuid: string, callback: PostDicomCallback): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      this.folder(folderUuid);
      // The folder and its subfolders go; the orders stay in the account.
      const doomed = new Set([folderUuid]);
      let grew = true;
      while (grew) {
        grew = false;
        for (const f of this.db.folders) {
          if (doomed.has(f.ParentFolderUuid) && !doomed.has(f.FolderUuid)) {
            doomed.add(f.FolderUuid);
            grew = true;
          }
        }
      }
      this.db.folders = this.db.folders.filter((f) => !doomed.has(f.FolderUuid));
      return {};
    });
  }

  GetFolderList(
    userUuid: string,
    parentFolderUuid: string,
    folderName: string,
    getOrdersInFolder: boolean,
    callback: PostDicomCallback,
  ): void {
    this.respond('GET', callback, () => {
      this.user(userUuid);
      if (parentFolderUuid) this.folder(parentFolderUuid);
      const db = this.db;
      const name = (folderName ?? '').trim().toLowerCase();
      const list = db.folders
        .filter((f) => f.ParentFolderUuid === (parentFolderUuid ?? ''))
        .filter((f) => !name || f.FolderName.toLowerCase().includes(name))
        .map((f) => ({
          FolderUuid: f.FolderUuid,
          FolderName: f.FolderName,
          FolderDescription: f.FolderDescription,
          ParentFolderUuid: f.ParentFolderUuid,
          ...(getOrdersInFolder
            ? {
                OrderList: f.orderUuids
                  .map((uuid) => db.orders.find((o) => o.PatientOrderUuid === uuid && !o.deleted))
                  .filter((o): o is MockOrder => o !== undefined)
                  .map((o) => orderSummary(o, db)),
              }
            : {}),
        }));
      return { FolderList: list };
    });
  }

  // ---- View links -------------------------------------------------------------------------------------

  GetFolderViewUrl(userUuid: string, folderUuid: string, callback: PostDicomCallback): void {
    this.respond('GET', callback, () => {
      this.user(userUuid);
      const folder = this.folder(folderUuid);
      const db = this.db;
      const orders = folder.orderUuids
        .map((uuid) => db.orders.find((o) => o.PatientOrderUuid === uuid && !o.deleted))
        .filter((o): o is MockOrder => o !== undefined);
      const html = renderViewPage(
        `Folder: ${folder.FolderName}`,
        orders.length > 0
          ? orders.map((o) => ({
              Patient: o.PatientName,
              'Patient ID': o.PatientId,
              Modality: o.OrderModality,
              Study: o.StudyDescription,
              Date: o.OrderDate,
              Order: o.PatientOrderUuid,
            }))
          : [{ Folder: folder.FolderName, Description: folder.FolderDescription, Orders: 0 }],
      );
      const url = createViewPageUrl(html);
      db.viewPages.set(url, html);
      return { ViewUrl: url };
    });
  }

  AddOrderToFolder(
    userUuid: string,
    patientOrderInstitutionUuid: string,
    patientOrderUuid: string,
    folderUuidList: string[],
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      const order = this.order(patientOrderUuid, patientOrderInstitutionUuid);
      if (!folderUuidList?.length) refuse('No folder was given.');
      const folders = folderUuidList.map((uuid) => this.folder(uuid));
      for (const folder of folders) {
        if (!folder.orderUuids.includes(order.PatientOrderUuid))
          folder.orderUuids.push(order.PatientOrderUuid);
      }
      return {};
    });
  }

  RemoveOrderFromFolder(
    userUuid: string,
    folderUuid: string,
    patientOrderUuidList: string[],
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      const folder = this.folder(folderUuid);
      if (!patientOrderUuidList?.length) refuse('No patient order was given.');
      const missing = patientOrderUuidList.filter((uuid) => !folder.orderUuids.includes(uuid));
      if (missing.length > 0) refuse(`Patient order not in folder: ${missing.join(', ')}.`);
      folder.orderUuids = folder.orderUuids.filter((uuid) => !patientOrderUuidList.includes(uuid));
      return {};
    });
  }

  // ---- Order groups -----------------------------------------------------------------------------------
}
