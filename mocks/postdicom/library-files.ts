import type { PostDicomAnonymizedTag, PostDicomCallback, PostDicomFiles } from '@/api/postdicom/library';
import { type DicomTags, readDicomTags } from '@/lib/dicom/tags';
import { rewriteDicomTags } from '@/lib/dicom/write';
import type { MockOrder, StoredDicomFile } from './db';
import {
  DICOM_TAGS_ENUM,
  fileArray,
  PostDicomSimulationCore,
  type Result,
  randomUuid,
  refuse,
  SIMULATED_DOCUMENT_EXTENSIONS,
  SIMULATED_MAX_DOCUMENT_BYTES,
  today,
} from './library-core';

/** The simulation's DICOM files: ReadDicomFiles and the five uploads (DICOM files, clinical documents). */
export class PostDicomSimulationFiles extends PostDicomSimulationCore {
  protected async readAll(files: File[]): Promise<{ file: File; tags: DicomTags }[]> {
    if (files.length === 0) refuse('No files were selected.');
    const read: { file: File; tags: DicomTags }[] = [];
    for (const file of files) {
      try {
        read.push({ file, tags: await readDicomTags(file, file.name) });
      } catch {
        refuse(`Only DICOM files can be read or uploaded: "${file.name}" is not a DICOM file.`);
      }
    }
    return read;
  }

  ReadDicomFiles(selectedFiles: PostDicomFiles, callback: PostDicomCallback): void {
    this.respond('GET', callback, async () => {
      this.requireInitialized();
      const read = await this.readAll(fileArray(selectedFiles));
      const studies = new Map<string, Result & { SeriesList: (Result & { FileList: Result[] })[] }>();
      for (const { file, tags } of read) {
        const key = tags.studyInstanceUid || `${tags.patientId}|${tags.studyDate}`;
        let study = studies.get(key);
        if (!study) {
          study = {
            PatientName: tags.patientName,
            PatientId: tags.patientId,
            PatientBirthDate: tags.patientBirthDate,
            PatientSex: tags.patientSex,
            StudyInstanceUid: tags.studyInstanceUid,
            StudyDate: tags.studyDate,
            StudyDescription: tags.studyDescription,
            AccessionNumber: tags.accessionNumber,
            SeriesList: [],
          };
          studies.set(key, study);
        }
        let series = study.SeriesList.find((s) => s.SeriesInstanceUid === tags.seriesInstanceUid);
        if (!series) {
          series = {
            SeriesInstanceUid: tags.seriesInstanceUid,
            Modality: tags.modality,
            SeriesDescription: tags.seriesDescription,
            SeriesNumber: tags.seriesNumber,
            FileList: [],
          };
          study.SeriesList.push(series);
        }
        series.FileList.push({
          FileName: file.name,
          SopInstanceUid: tags.sopInstanceUid,
          TransferSyntaxUid: tags.transferSyntaxUid ?? '',
          Size: file.size,
        });
      }
      return { StudyList: [...studies.values()] };
    });
  }

  protected uploadDicom(
    userUuid: string,
    institutionUuid: string,
    folderUuid: string | null,
    selectedFiles: PostDicomFiles,
    anonymizedData: PostDicomAnonymizedTag[] | null,
    callback: PostDicomCallback,
  ): void {
    this.respondStream(callback, async (emit) => {
      this.user(userUuid);
      this.institution(institutionUuid);
      const folder = folderUuid === null ? null : this.folder(folderUuid);
      const files = fileArray(selectedFiles);
      if (files.length === 0) refuse('No files were selected.');
      const read: { file: File; tags: DicomTags }[] = [];
      for (const [index, file] of files.entries()) {
        const [one] = await this.readAll([file]);
        if (one) read.push(one);
        await emit('Reading', Math.round(((index + 1) / files.length) * 100));
      }
      let stored: StoredDicomFile[];
      if (anonymizedData) {
        if (!Array.isArray(anonymizedData) || anonymizedData.length === 0)
          refuse('No anonymization data was given.');
        const keywords = Object.values(DICOM_TAGS_ENUM) as unknown[];
        const values: Record<string, string> = {};
        for (const { Tag, Value } of anonymizedData) {
          if (!keywords.includes(Tag)) refuse(`Unknown DicomTagsEnum value: ${String(Tag)}.`);
          values[String(Tag)] = String(Value);
        }
        // The vendor's rule: files without a transfer syntax cannot be anonymized.
        const without = read.filter(({ tags }) => !tags.transferSyntaxUid).map(({ file }) => file.name);
        if (without.length > 0) {
          refuse(`Anonymization is not possible for files without a transfer syntax: ${without.join(', ')}.`);
        }
        stored = [];
        for (const { file } of read) {
          const bytes = await rewriteDicomTags(file, values);
          stored.push({
            fileName: file.name,
            bytes,
            tags: await readDicomTags(bytes, file.name),
            anonymized: true,
          });
        }
      } else {
        stored = [];
        for (const { file, tags } of read) {
          stored.push({
            fileName: file.name,
            bytes: new Uint8Array(await file.arrayBuffer()),
            tags,
            anonymized: false,
          });
        }
      }
      for (const [index] of stored.entries()) {
        await emit('Sending', Math.round(((index + 1) / stored.length) * 100));
      }
      for (const file of stored) {
        const order = this.orderForUpload(file.tags, institutionUuid);
        order.files.push(file);
        if (folder && !folder.orderUuids.includes(order.PatientOrderUuid))
          folder.orderUuids.push(order.PatientOrderUuid);
      }
    });
  }

  /** The order a received file joins: same study (StudyInstanceUID) in that institution, or a new order. */
  protected orderForUpload(tags: DicomTags, institutionUuid: string): MockOrder {
    const db = this.db;
    const existing = db.orders.find(
      (o) =>
        !o.deleted &&
        o.studyInstanceUid === tags.studyInstanceUid &&
        o.PatientOrderInstitutionUuid === institutionUuid,
    );
    if (existing) return existing;
    const date = /^\d{8}$/.test(tags.studyDate)
      ? `${tags.studyDate.slice(0, 4)}-${tags.studyDate.slice(4, 6)}-${tags.studyDate.slice(6)}`
      : today();
    const birth = /^\d{8}$/.test(tags.patientBirthDate)
      ? `${tags.patientBirthDate.slice(0, 4)}-${tags.patientBirthDate.slice(4, 6)}-${tags.patientBirthDate.slice(6)}`
      : '';
    const order: MockOrder = {
      PatientOrderUuid: randomUuid(),
      PatientOrderInstitutionUuid: institutionUuid,
      PatientName: tags.patientName,
      PatientId: tags.patientId,
      OtherPatientId: tags.otherPatientIds,
      PatientBirthDate: birth,
      PatientSex: (['M', 'F', 'O'] as const).find((s) => s === tags.patientSex) ?? '',
      OrderModality: tags.modality || 'OT',
      AccessionNumber: tags.accessionNumber,
      StudyDescription: tags.studyDescription,
      OrderDate: date,
      OrderTime: '',
      ConnectedGroupUuid: null,
      FlagGroupId: null,
      FlagId: null,
      AssignedUserUuidList: [],
      AssignedUserGroupUuidList: [],
      extra: {},
      deleted: false,
      studyInstanceUid: tags.studyInstanceUid,
      files: [],
      documents: [],
      seedImageCount: 0,
    };
    db.orders.push(order);
    return order;
  }

  UploadDicomFiles(
    userUuid: string,
    institutionUuid: string,
    selectedFiles: PostDicomFiles,
    callback: PostDicomCallback,
  ): void {
    this.uploadDicom(userUuid, institutionUuid, null, selectedFiles, null, callback);
  }

  UploadDicomFilesIntoFolder(
    userUuid: string,
    institutionUuid: string,
    folderUuid: string,
    selectedFiles: PostDicomFiles,
    callback: PostDicomCallback,
  ): void {
    this.uploadDicom(userUuid, institutionUuid, folderUuid, selectedFiles, null, callback);
  }

  UploadDicomFilesWithAnonymization(
    userUuid: string,
    institutionUuid: string,
    selectedFiles: PostDicomFiles,
    anonymizedData: PostDicomAnonymizedTag[],
    callback: PostDicomCallback,
  ): void {
    this.uploadDicom(userUuid, institutionUuid, null, selectedFiles, anonymizedData ?? [], callback);
  }

  UploadDicomFilesIntoFolderWithAnonymization(
    userUuid: string,
    institutionUuid: string,
    folderUuid: string,
    selectedFiles: PostDicomFiles,
    anonymizedData: PostDicomAnonymizedTag[],
    callback: PostDicomCallback,
  ): void {
    this.uploadDicom(userUuid, institutionUuid, folderUuid, selectedFiles, anonymizedData ?? [], callback);
  }

  UploadDocumentFiles(
    userUuid: string,
    institutionUuid: string,
    patientOrderUuid: string,
    selectedFiles: PostDicomFiles,
    callback: PostDicomCallback,
  ): void {
    this.respondStream(callback, async (emit) => {
      this.user(userUuid);
      this.institution(institutionUuid);
      const order = this.order(patientOrderUuid);
      const files = fileArray(selectedFiles);
      if (files.length === 0) refuse('No files were selected.');
      for (const [index, file] of files.entries()) {
        const extension = file.name.includes('.') ? (file.name.split('.').pop() ?? '').toLowerCase() : '';
        if (!SIMULATED_DOCUMENT_EXTENSIONS.includes(extension)) {
          refuse(`Only PDF, JPEG, JPG, PNG, BMP and MP4 files can be uploaded: "${file.name}".`);
        }
        if (file.size === 0 || file.size > SIMULATED_MAX_DOCUMENT_BYTES)
          refuse(`File size not allowed: "${file.name}".`);
        await emit('Reading', Math.round(((index + 1) / files.length) * 100));
      }
      const documents = [];
      for (const [index, file] of files.entries()) {
        documents.push({
          fileName: file.name,
          type: file.type,
          size: file.size,
          bytes: new Uint8Array(await file.arrayBuffer()),
        });
        await emit('Sending', Math.round(((index + 1) / files.length) * 100));
      }
      order.documents.push(...documents);
    });
  }

  // ---- Search ---------------------------------------------------------------------------------------
}
