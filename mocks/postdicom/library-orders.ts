import type { PostDicomCallback } from '@/api/postdicom/library';
import { mockNow } from '../clock';
import type { MockOrder } from './db';
import {
  hhmm,
  imageCount,
  isoDate,
  normalize,
  orderSummary,
  type Result,
  randomUuid,
  refuse,
  today,
} from './library-core';
import { PostDicomSimulationFiles } from './library-files';
import { createViewPageUrl, renderViewPage } from './view-page';

/** The simulation's orders: the three searches, the four creations, properties, view links and deletion. */
export class PostDicomSimulationOrders extends PostDicomSimulationFiles {
  protected search(
    userUuid: string,
    institutionUuidList: string[],
    patientName: string,
    accessionNumber: string,
    patientId: string,
    otherPatientId: string,
    modalities: string[],
    startDate: string,
    endDate: string,
  ): Result {
    this.user(userUuid);
    for (const uuid of institutionUuidList ?? []) this.institution(uuid);
    if ((startDate && !isoDate.test(startDate)) || (endDate && !isoDate.test(endDate)))
      refuse('Dates must be YYYY-MM-DD.');
    const db = this.db;
    const name = normalize(patientName ?? '');
    const results = db.orders
      .filter((o) => !o.deleted)
      .filter(
        (o) => !institutionUuidList?.length || institutionUuidList.includes(o.PatientOrderInstitutionUuid),
      )
      .filter((o) => !name || normalize(o.PatientName).includes(name))
      .filter(
        (o) => !accessionNumber || o.AccessionNumber.toLowerCase().includes(accessionNumber.toLowerCase()),
      )
      .filter((o) => !patientId || o.PatientId.includes(patientId))
      .filter((o) => !otherPatientId || o.OtherPatientId.toLowerCase().includes(otherPatientId.toLowerCase()))
      .filter((o) => !modalities?.length || modalities.includes(o.OrderModality))
      .filter((o) => !startDate || o.OrderDate >= startDate)
      .filter((o) => !endDate || o.OrderDate <= endDate)
      .sort((a, b) => `${b.OrderDate} ${b.OrderTime}`.localeCompare(`${a.OrderDate} ${a.OrderTime}`));
    return { SearchResultList: results.map((o) => orderSummary(o, db)) };
  }

  GetPatientOrderList(
    callback: PostDicomCallback,
    userUuid: string,
    institutionUuidList: string[],
    patientName: string,
    accessionNumber: string,
    patientId: string,
    otherPatientId: string,
    modalities: string[],
  ): void {
    this.respond('GET', callback, () =>
      this.search(
        userUuid,
        institutionUuidList,
        patientName,
        accessionNumber,
        patientId,
        otherPatientId,
        modalities,
        '',
        '',
      ),
    );
  }

  GetPatientOrderListWithDateRange(
    callback: PostDicomCallback,
    userUuid: string,
    institutionUuidList: string[],
    patientName: string,
    accessionNumber: string,
    patientId: string,
    otherPatientId: string,
    modalities: string[],
    startDate: string,
    endDate: string,
  ): void {
    this.respond('GET', callback, () =>
      this.search(
        userUuid,
        institutionUuidList,
        patientName,
        accessionNumber,
        patientId,
        otherPatientId,
        modalities,
        startDate ?? '',
        endDate ?? '',
      ),
    );
  }

  GetPatientOrderListInFolder(callback: PostDicomCallback, userUuid: string, folderUuid: string): void {
    this.respond('GET', callback, () => {
      this.user(userUuid);
      const folder = this.folder(folderUuid);
      const db = this.db;
      const orders = folder.orderUuids
        .map((uuid) => db.orders.find((o) => o.PatientOrderUuid === uuid && !o.deleted))
        .filter((o): o is MockOrder => o !== undefined);
      return { SearchResultList: orders.map((o) => orderSummary(o, db)) };
    });
  }

  // ---- Create orders --------------------------------------------------------------------------------

  protected createOrder(userUuid: string, institutionUuid: string, fields: Record<string, string>): Result {
    this.user(userUuid);
    this.institution(institutionUuid);
    const get = (key: string) => (fields[key] ?? '').trim();
    if (!get('PatientName')) refuse('PatientName is required.');
    if (!get('PatientID')) refuse('PatientID is required.');
    if (!get('OrderModality')) refuse('Modality is required.');
    const orderDate = get('OrderDate');
    if (!isoDate.test(orderDate)) refuse('Order date must be YYYY-MM-DD.');
    if (get('OrderTime') && !hhmm.test(get('OrderTime'))) refuse('Order time must be HH:MM.');
    if (get('PatientsBirthDate') && !isoDate.test(get('PatientsBirthDate')))
      refuse('Birth date must be YYYY-MM-DD.');
    if (get('PatientSex') && !['M', 'F', 'O'].includes(get('PatientSex')))
      refuse('Patient sex must be M, F, O or empty.');
    if (get('OrderAccessionNumber').length > 16) refuse('Accession number must have 1-16 characters.');
    const equipment = get('ScheduledEquipmentUuid');
    if (equipment && !this.db.dicomNodes.some((n) => n.DicomNodeUuid === equipment))
      refuse('Scheduled equipment not found.');
    const known = new Set([
      'PatientName',
      'PatientID',
      'OtherPatientId',
      'PatientsBirthDate',
      'PatientSex',
      'OrderModality',
      'OrderAccessionNumber',
      'StudyDescription',
      'OrderDate',
      'OrderTime',
    ]);
    const order: MockOrder = {
      PatientOrderUuid: randomUuid(),
      PatientOrderInstitutionUuid: institutionUuid,
      PatientName: get('PatientName'),
      PatientId: get('PatientID'),
      OtherPatientId: get('OtherPatientId'),
      PatientBirthDate: get('PatientsBirthDate'),
      PatientSex: (['M', 'F', 'O'] as const).find((s) => s === get('PatientSex')) ?? '',
      OrderModality: get('OrderModality'),
      AccessionNumber: get('OrderAccessionNumber'),
      StudyDescription: get('StudyDescription'),
      OrderDate: orderDate,
      OrderTime: get('OrderTime'),
      ConnectedGroupUuid: null,
      FlagGroupId: null,
      FlagId: null,
      AssignedUserUuidList: [],
      AssignedUserGroupUuidList: [],
      extra: Object.fromEntries(
        Object.entries(fields).filter(([key, value]) => !known.has(key) && value !== ''),
      ),
      deleted: false,
      studyInstanceUid: `2.25.${mockNow().getTime()}${Math.floor(Math.random() * 1e6)}`,
      files: [],
      documents: [],
      seedImageCount: 0,
    };
    this.db.orders.push(order);
    return { PatientOrderUuid: order.PatientOrderUuid, PatientOrderInstitutionUuid: institutionUuid };
  }

  CreateOrderWithMinimumParameters(
    userUuid: string,
    institutionUuid: string,
    patientName: string,
    patientId: string,
    modality: string,
    studyDescription: string,
    orderDate: string,
    orderTime: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () =>
      this.createOrder(userUuid, institutionUuid, {
        PatientName: patientName,
        PatientID: patientId,
        OrderModality: modality,
        StudyDescription: studyDescription,
        OrderDate: orderDate,
        OrderTime: orderTime,
      }),
    );
  }

  CreateOrderWithFullParameters(
    userUuid: string,
    institutionUuid: string,
    patientName: string,
    patientId: string,
    patientOtherId: string,
    patientBirthdate: string,
    modality: string,
    studyDescription: string,
    accessionNumber: string,
    complaints: string,
    orderDate: string,
    orderTime: string,
    procedureId: string,
    procedureDescription: string,
    scheduledEquipmentUuid: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      if (!isoDate.test(patientBirthdate ?? '')) refuse('Patient birth date must be YYYY-MM-DD.');
      return this.createOrder(userUuid, institutionUuid, {
        PatientName: patientName,
        PatientID: patientId,
        OtherPatientId: patientOtherId,
        PatientsBirthDate: patientBirthdate,
        OrderModality: modality,
        StudyDescription: studyDescription,
        OrderAccessionNumber: accessionNumber,
        PatientComplaints: complaints,
        OrderDate: orderDate,
        OrderTime: orderTime,
        RequestedProcedureId: procedureId,
        RequestingProcedureDescription: procedureDescription,
        ScheduledEquipmentUuid: scheduledEquipmentUuid,
      });
    });
  }

  CreateOrderWithFullParameters2(
    userUuid: string,
    institutionUuid: string,
    patientName: string,
    patientId: string,
    patientOtherId: string,
    patientSex: string,
    patientBirthdate: string,
    modality: string,
    studyDescription: string,
    accessionNumber: string,
    complaints: string,
    orderDate: string,
    orderTime: string,
    procedureId: string,
    procedureDescription: string,
    scheduledEquipmentUuid: string,
    referringPhysiciansName: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      if (!isoDate.test(patientBirthdate ?? '')) refuse('Patient birth date must be YYYY-MM-DD.');
      return this.createOrder(userUuid, institutionUuid, {
        PatientName: patientName,
        PatientID: patientId,
        OtherPatientId: patientOtherId,
        PatientSex: patientSex,
        PatientsBirthDate: patientBirthdate,
        OrderModality: modality,
        StudyDescription: studyDescription,
        OrderAccessionNumber: accessionNumber,
        PatientComplaints: complaints,
        OrderDate: orderDate,
        OrderTime: orderTime,
        RequestedProcedureId: procedureId,
        RequestingProcedureDescription: procedureDescription,
        ScheduledEquipmentUuid: scheduledEquipmentUuid,
        ReferringPhysiciansName: referringPhysiciansName,
      });
    });
  }

  CreateOrderWithJSON(
    userUuid: string,
    institutionUuid: string,
    jsonParameters: Record<string, string>,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      if (typeof jsonParameters !== 'object' || jsonParameters === null)
        refuse('jsonParameters must be an object.');
      const { PerformedDatetime = '', ...rest } = jsonParameters;
      if (PerformedDatetime && !/^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d$/.test(PerformedDatetime)) {
        refuse('PerformedDatetime must be YYYY-MM-DD HH:MM.');
      }
      if (rest.OrderAccessionNumber !== undefined && rest.OrderAccessionNumber.length < 1) {
        refuse('Accession number must have 1-16 characters.');
      }
      return this.createOrder(userUuid, institutionUuid, {
        ...rest,
        OrderDate: PerformedDatetime ? PerformedDatetime.slice(0, 10) : today(),
        OrderTime: PerformedDatetime ? PerformedDatetime.slice(11) : '',
      });
    });
  }

  // ---- Folders ----------------------------------------------------------------------------------------

  GetViewUrl(userUuid: string, patientOrderUuid: string, callback: PostDicomCallback): void {
    this.respond('GET', callback, () => {
      this.user(userUuid);
      const o = this.order(patientOrderUuid);
      const html = renderViewPage(`Order: ${o.PatientName}`, [
        {
          Patient: o.PatientName,
          'Patient ID': o.PatientId,
          'Birth date': o.PatientBirthDate,
          Modality: o.OrderModality,
          Study: o.StudyDescription,
          Accession: o.AccessionNumber,
          Date: `${o.OrderDate} ${o.OrderTime}`.trim(),
          Images: imageCount(o),
          Order: o.PatientOrderUuid,
        },
      ]);
      const url = createViewPageUrl(html);
      this.db.viewPages.set(url, html);
      return { ViewUrl: url };
    });
  }

  // ---- Orders -----------------------------------------------------------------------------------------

  DeleteOrder(
    userUuid: string,
    patientOrderInstitutionUuid: string,
    patientOrderUuid: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      this.order(patientOrderUuid, patientOrderInstitutionUuid).deleted = true; // to the recycle bin
      return {};
    });
  }

  GetPatientOrderProperties(
    userUuid: string,
    patientOrderInstitutionUuid: string,
    patientOrderUuid: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('GET', callback, () => {
      this.user(userUuid);
      const o = this.order(patientOrderUuid, patientOrderInstitutionUuid);
      const db = this.db;
      return {
        PatientOrderProperties: {
          ...orderSummary(o, db),
          ...o.extra,
          AssignedUserUuidList: [...o.AssignedUserUuidList],
          AssignedUserGroupUuidList: [...o.AssignedUserGroupUuidList],
          FolderUuidList: db.folders
            .filter((f) => f.orderUuids.includes(o.PatientOrderUuid))
            .map((f) => f.FolderUuid),
          DocumentList: o.documents.map((d) => ({ FileName: d.fileName, Size: d.size })),
        },
      };
    });
  }

  // ---- Assignments ------------------------------------------------------------------------------------
}
