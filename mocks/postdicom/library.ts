import dayjs from 'dayjs';
import type {
  PostDicomAnonymizedTag,
  PostDicomCallback,
  PostDicomCloudApi,
  PostDicomFiles,
} from '@/api/postdicom/library';
import { type DicomTags, readDicomTags } from '@/lib/dicom/tags';
import { rewriteDicomTags } from '@/lib/dicom/write';
import { mockNow } from '../clock';
import { type Failure, faults, latencyMs, takeFailure } from '../faults';
import { type MockFolder, type MockOrder, type PostDicomDb, postDicomDb, type StoredDicomFile } from './db';
import { createViewPageUrl, renderViewPage } from './view-page';

/**
 * The simulated `postDicomCloudApi`: same constructor, method names, positional parameters and callback
 * conventions as the vendor's library, backed by the seeded store in ./db.ts. Installed in place of the
 * vendor's script by ./install.ts, so that the production adapter (src/api/postdicom) is the code under test.
 *
 * Conventions (the vendor's where documented, ours where not, see docs/coverage/postdicom.md):
 * - every callback is asynchronous; success is `{ Success: true, Message: '', …result }`;
 * - failure is `{ Success: false, Message }`;
 * - uploads call back `{ State: 'Reading' | 'Sending', Progress }` many times, then
 *   `{ State: 'File Upload Completed', Progress: 100, Success: true }`;
 * - fault scenarios (mocks/faults.ts) apply: reads count as GET, everything else as POST.
 */

type Kind = 'GET' | 'POST';
type Result = Record<string, unknown>;

/** Thrown inside a simulated method: becomes `{ Success: false, Message }`. */
class Refusal extends Error {}
const refuse = (message: string): never => {
  throw new Refusal(message);
};

/** What a fault scenario makes the library call back with. 'hang' never calls back. */
function failureResult(failure: Exclude<Failure, 'none' | 'hang'>): unknown {
  switch (failure) {
    case 'network':
      return {
        Success: false,
        Message: 'Network error: the PostDICOM server could not be reached (mock fault scenario).',
      };
    case 'server-error':
      return { Success: false, Message: 'Internal server error (mock fault scenario).' };
    case 'rate-limit':
      return { Success: false, Message: 'Too many requests (mock fault scenario).' };
    case 'malformed-json':
      // What the library hands over when it could not parse the server's answer: a broken object.
      return { Success: 'true', Message: '{"Account": {"UserList": [', truncated: true };
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The simulation's value for each anonymizable tag: the dcmjs keyword it rewrites. */
const DICOM_TAGS_ENUM = Object.freeze({
  PatientName: 'PatientName',
  PatientId: 'PatientID',
  PatientBirthDate: 'PatientBirthDate',
  PatientSex: 'PatientSex',
  OtherPatientIds: 'OtherPatientIDs',
  AccessionNumber: 'AccessionNumber',
  InstitutionName: 'InstitutionName',
  ReferringPhysicianName: 'ReferringPhysicianName',
  StudyDescription: 'StudyDescription',
});

/** Same rule as the vendor's page; the size limit is an UNCONFIRMED assumption shared with the adapter. */
export const SIMULATED_DOCUMENT_EXTENSIONS = ['pdf', 'jpeg', 'jpg', 'png', 'bmp', 'mp4'];
export const SIMULATED_MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;
const emailRe = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function today(): string {
  return dayjs(mockNow()).format('YYYY-MM-DD');
}

function fileArray(files: PostDicomFiles): File[] {
  return Array.from({ length: files?.length ?? 0 }, (_, i) => files[i]).filter(
    (f): f is File => f instanceof Blob,
  );
}

function randomUuid(): string {
  return globalThis.crypto.randomUUID();
}

function imageCount(order: MockOrder): number {
  return order.seedImageCount + order.files.length;
}

function orderSummary(order: MockOrder, db: PostDicomDb): Result {
  return {
    PatientOrderUuid: order.PatientOrderUuid,
    PatientOrderInstitutionUuid: order.PatientOrderInstitutionUuid,
    PatientName: order.PatientName,
    PatientId: order.PatientId,
    OtherPatientId: order.OtherPatientId,
    PatientBirthDate: order.PatientBirthDate,
    PatientSex: order.PatientSex,
    OrderModality: order.OrderModality,
    AccessionNumber: order.AccessionNumber,
    StudyDescription: order.StudyDescription,
    OrderDate: order.OrderDate,
    OrderTime: order.OrderTime,
    InstitutionName:
      db.institutions.find((i) => i.InstitutionUuid === order.PatientOrderInstitutionUuid)?.InstitutionName ??
      '',
    ConnectedGroupUuid: order.ConnectedGroupUuid,
    ImageCount: imageCount(order),
    FlagGroupId: order.FlagGroupId,
    FlagId: order.FlagId,
  };
}

const normalize = (s: string) => s.replaceAll('^', ' ').toLowerCase().replace(/\s+/g, ' ').trim();

export class SimulatedPostDicomCloudApi implements PostDicomCloudApi {
  readonly DicomTagsEnum = DICOM_TAGS_ENUM;
  private initialized = false;

  constructor(
    readonly apiKey: string,
    readonly accountKey: string,
  ) {}

  // ---- plumbing ---------------------------------------------------------------------------------------

  private get db(): PostDicomDb {
    return postDicomDb.get();
  }

  /** One asynchronous answer, with latency and fault scenarios applied. */
  private respond(kind: Kind, callback: PostDicomCallback, work: () => Result | Promise<Result>): void {
    const failure = takeFailure('postdicom', kind);
    const { afterProcessing } = faults.get();
    void (async () => {
      await wait(latencyMs());
      if (failure && failure !== 'none') {
        if (afterProcessing)
          await Promise.resolve()
            .then(work)
            .catch(() => undefined);
        if (failure !== 'hang') callback(failureResult(failure));
        return;
      }
      try {
        callback({ Success: true, Message: '', ...(await work()) });
      } catch (error) {
        callback({ Success: false, Message: error instanceof Error ? error.message : String(error) });
      }
    })();
  }

  /** A multi-event answer (uploads). `work` emits progress; its end sends the completion event. */
  private respondStream(
    callback: PostDicomCallback,
    work: (emit: (state: 'Reading' | 'Sending', progress: number) => Promise<void>) => Promise<void>,
  ): void {
    const failure = takeFailure('postdicom', 'POST');
    const { afterProcessing } = faults.get();
    const emit = async (State: 'Reading' | 'Sending', Progress: number) => {
      callback({ State, Progress });
      await wait(0);
    };
    void (async () => {
      await wait(latencyMs());
      if (failure && failure !== 'none') {
        if (afterProcessing) await work(async () => undefined).catch(() => undefined);
        if (failure !== 'hang') callback(failureResult(failure));
        return;
      }
      try {
        await work(emit);
        callback({ State: 'File Upload Completed', Progress: 100, Success: true, Message: '' });
      } catch (error) {
        callback({ Success: false, Message: error instanceof Error ? error.message : String(error) });
      }
    })();
  }

  private requireInitialized(): void {
    if (!this.initialized) refuse('Call Initialize first.');
  }
  private user(userUuid: string) {
    this.requireInitialized();
    return this.db.users.find((u) => u.UserUuid === userUuid) ?? refuse(`User not found: ${userUuid}.`);
  }
  private institution(institutionUuid: string) {
    return (
      this.db.institutions.find((i) => i.InstitutionUuid === institutionUuid) ??
      refuse(`Institution not found: ${institutionUuid}.`)
    );
  }
  private order(patientOrderUuid: string, institutionUuid?: string): MockOrder {
    const order =
      this.db.orders.find((o) => o.PatientOrderUuid === patientOrderUuid && !o.deleted) ??
      refuse(`Patient order not found: ${patientOrderUuid}.`);
    if (institutionUuid !== undefined && order.PatientOrderInstitutionUuid !== institutionUuid) {
      refuse(`Patient order ${patientOrderUuid} does not belong to institution ${institutionUuid}.`);
    }
    return order;
  }
  private folder(folderUuid: string): MockFolder {
    return (
      this.db.folders.find((f) => f.FolderUuid === folderUuid) ?? refuse(`Folder not found: ${folderUuid}.`)
    );
  }
  private userGroup(userGroupUuid: string) {
    return (
      this.db.userGroups.find((g) => g.UserGroupUuid === userGroupUuid) ??
      refuse(`User group not found: ${userGroupUuid}.`)
    );
  }
  private checkExpireDate(expireDate: string): void {
    if (!isoDate.test(expireDate)) refuse('The expire date must be YYYY-MM-DD.');
    if (expireDate < today()) refuse('The expire date cannot be in the past.');
  }
  private checkEmail(value: string, optional = false): void {
    if (optional && value === '') return;
    if (!emailRe.test(value)) refuse(`Invalid email address: ${value}.`);
  }

  // ---- Initialize ------------------------------------------------------------------------------------

  Initialize(callback: PostDicomCallback): void {
    this.respond('GET', callback, () => {
      if (!this.apiKey || !this.accountKey) refuse('ApiKey and AccountKey are required.');
      this.initialized = true;
      const db = this.db;
      return {
        Account: {
          ...db.account,
          UserList: db.users.map((u) => ({ ...u })),
          InstitutionList: db.institutions.map((i) => ({ ...i })),
        },
      };
    });
  }

  // ---- DICOM files ------------------------------------------------------------------------------------

  private async readAll(files: File[]): Promise<{ file: File; tags: DicomTags }[]> {
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

  private uploadDicom(
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
  private orderForUpload(tags: DicomTags, institutionUuid: string): MockOrder {
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

  private search(
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

  private createOrder(userUuid: string, institutionUuid: string, fields: Record<string, string>): Result {
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
      studyInstanceUid: `2.25.${Date.now()}${Math.floor(Math.random() * 1e6)}`,
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

  private createFolderPath(
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
  GetDicomNodeList(userUuid: string, callback: PostDicomCallback): void {
    this.respond('GET', callback, () => {
      this.user(userUuid);
      return { DicomNodeList: this.db.dicomNodes.map((n) => ({ ...n })) };
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

  private groupOrders(institutionUuid: string, uuids: string[]): MockOrder[] {
    this.institution(institutionUuid);
    if (!uuids?.length) refuse('No patient order was given.');
    return uuids.map((uuid) => this.order(uuid, institutionUuid));
  }
  CreateOrderGroup(
    userUuid: string,
    patientOrderInstitutionUuid: string,
    patientOrderUuidList: string[],
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      const orders = this.groupOrders(patientOrderInstitutionUuid, patientOrderUuidList);
      const group = randomUuid();
      for (const o of orders) o.ConnectedGroupUuid = group;
      return { ConnectedGroupUuid: group };
    });
  }
  AddOrdersToOrderGroup(
    userUuid: string,
    patientOrderInstitutionUuid: string,
    connectedGroupUuid: string,
    patientOrderUuidList: string[],
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      if (!this.db.orders.some((o) => !o.deleted && o.ConnectedGroupUuid === connectedGroupUuid)) {
        refuse(`Order group not found: ${connectedGroupUuid}.`);
      }
      for (const o of this.groupOrders(patientOrderInstitutionUuid, patientOrderUuidList)) {
        o.ConnectedGroupUuid = connectedGroupUuid;
      }
      return {};
    });
  }
  RemoveOrdersFromGroup(
    userUuid: string,
    patientOrderInstitutionUuid: string,
    patientOrderUuidList: string[],
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      const orders = this.groupOrders(patientOrderInstitutionUuid, patientOrderUuidList);
      const notGrouped = orders.filter((o) => o.ConnectedGroupUuid === null).map((o) => o.PatientOrderUuid);
      if (notGrouped.length > 0) refuse(`Patient order is not in a group: ${notGrouped.join(', ')}.`);
      for (const o of orders) o.ConnectedGroupUuid = null;
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

  AssignPatientOrderToUser(
    userUuid: string,
    patientOrderUuid: string,
    assignedUserUuid: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      const order = this.order(patientOrderUuid);
      this.user(assignedUserUuid);
      if (!order.AssignedUserUuidList.includes(assignedUserUuid))
        order.AssignedUserUuidList.push(assignedUserUuid);
      return {};
    });
  }
  UnassignPatientOrderFromUser(
    userUuid: string,
    patientOrderUuid: string,
    unassignedUserUuid: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      const order = this.order(patientOrderUuid);
      if (!order.AssignedUserUuidList.includes(unassignedUserUuid))
        refuse('The patient order is not assigned to this user.');
      order.AssignedUserUuidList = order.AssignedUserUuidList.filter((u) => u !== unassignedUserUuid);
      return {};
    });
  }
  AssignPatientOrderToUserGroup(
    userUuid: string,
    patientOrderUuid: string,
    assignedUserGroupUuid: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      const order = this.order(patientOrderUuid);
      this.userGroup(assignedUserGroupUuid);
      if (!order.AssignedUserGroupUuidList.includes(assignedUserGroupUuid)) {
        order.AssignedUserGroupUuidList.push(assignedUserGroupUuid);
      }
      return {};
    });
  }
  UnassignPatientOrderFromUserGroup(
    userUuid: string,
    patientOrderUuid: string,
    unassignedUserGroupUuid: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      const order = this.order(patientOrderUuid);
      if (!order.AssignedUserGroupUuidList.includes(unassignedUserGroupUuid)) {
        refuse('The patient order is not assigned to this user group.');
      }
      order.AssignedUserGroupUuidList = order.AssignedUserGroupUuidList.filter(
        (g) => g !== unassignedUserGroupUuid,
      );
      return {};
    });
  }
  AssignPatientOrderToLocation(
    userUuid: string,
    patientOrderUuid: string,
    institutionUuid: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      const order = this.order(patientOrderUuid);
      this.institution(institutionUuid);
      order.PatientOrderInstitutionUuid = institutionUuid;
      return {};
    });
  }

  // ---- Flags ------------------------------------------------------------------------------------------

  SetFlagToPatientOrder(
    userUuid: string,
    patientOrderUuid: string,
    flagGroupId: string,
    flagId: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      const order = this.order(patientOrderUuid);
      const group =
        this.db.flagGroups.find((g) => g.FlagGroupId === flagGroupId) ??
        refuse(`Flag group not found: ${flagGroupId}.`);
      if (!group.FlagList.some((f) => f.FlagId === flagId))
        refuse(`Flag ${flagId} is not in flag group ${flagGroupId}.`);
      order.FlagGroupId = flagGroupId;
      order.FlagId = flagId;
      return {};
    });
  }
  GetAccountFlagDictionary(userUuid: string, callback: PostDicomCallback): void {
    this.respond('GET', callback, () => {
      this.user(userUuid);
      return {
        FlagGroupList: this.db.flagGroups.map((g) => ({ ...g, FlagList: g.FlagList.map((f) => ({ ...f })) })),
      };
    });
  }

  // ---- Sharing ----------------------------------------------------------------------------------------

  private share(
    method: string,
    targetUuids: string[],
    recipients: string[],
    expireDate: string,
    userCanDownloadStudies: boolean,
    withUrl: boolean,
  ): Result {
    const ShareUuid = randomUuid();
    const url = withUrl ? `https://mock.postdicom.invalid/share/${ShareUuid}` : null;
    this.db.shares.push({
      ShareUuid,
      method,
      targetUuids,
      recipients,
      expireDate,
      userCanDownloadStudies,
      url,
    });
    return url ? { ShareUrl: url } : {};
  }
  private shareOrders(
    method: string,
    userUuid: string,
    orderUuidList: string[],
    emails: string[],
    userCanDownloadStudies: boolean,
    expireDate: string,
    withUrl: boolean,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      if (!orderUuidList?.length) refuse('No patient order was given.');
      for (const uuid of orderUuidList) this.order(uuid);
      if (expireDate) this.checkExpireDate(expireDate);
      return this.share(method, orderUuidList, emails, expireDate, Boolean(userCanDownloadStudies), withUrl);
    });
  }

  SharePatientOrder(
    userUuid: string,
    orderUuidList: string[],
    email: string,
    emailForSendingSharePassword: string,
    userCanDownloadStudies: boolean,
    callback: PostDicomCallback,
  ): void {
    this.checkEmailsThen(callback, email, emailForSendingSharePassword, () =>
      this.shareOrders(
        'SharePatientOrder',
        userUuid,
        orderUuidList,
        [email, emailForSendingSharePassword].filter(Boolean),
        userCanDownloadStudies,
        '',
        false,
        callback,
      ),
    );
  }
  SharePatientOrderWithExpireDate(
    userUuid: string,
    orderUuidList: string[],
    email: string,
    emailForSendingSharePassword: string,
    userCanDownloadStudies: boolean,
    expireDate: string,
    callback: PostDicomCallback,
  ): void {
    this.checkEmailsThen(callback, email, emailForSendingSharePassword, () => {
      if (!expireDate) {
        this.respond('POST', callback, () => refuse('The expire date is required.'));
        return;
      }
      this.shareOrders(
        'SharePatientOrderWithExpireDate',
        userUuid,
        orderUuidList,
        [email, emailForSendingSharePassword].filter(Boolean),
        userCanDownloadStudies,
        expireDate,
        false,
        callback,
      );
    });
  }
  CreateQuickShareLink(
    userUuid: string,
    orderUuidList: string[],
    userCanDownloadStudies: boolean,
    callback: PostDicomCallback,
  ): void {
    this.shareOrders(
      'CreateQuickShareLink',
      userUuid,
      orderUuidList,
      [],
      userCanDownloadStudies,
      '',
      true,
      callback,
    );
  }
  CreateQuickShareLinkWithExpireDate(
    userUuid: string,
    orderUuidList: string[],
    userCanDownloadStudies: boolean,
    expireDate: string,
    callback: PostDicomCallback,
  ): void {
    if (!expireDate) {
      this.respond('POST', callback, () => refuse('The expire date is required.'));
      return;
    }
    this.shareOrders(
      'CreateQuickShareLinkWithExpireDate',
      userUuid,
      orderUuidList,
      [],
      userCanDownloadStudies,
      expireDate,
      true,
      callback,
    );
  }

  /** Email checks happen inside the answer, like every other refusal. */
  private checkEmailsThen(
    callback: PostDicomCallback,
    email: string,
    passwordEmail: string,
    then: () => void,
  ): void {
    if (!emailRe.test(email ?? '') || (passwordEmail && !emailRe.test(passwordEmail))) {
      this.respond('POST', callback, () => {
        this.checkEmail(email ?? '');
        this.checkEmail(passwordEmail ?? '', true);
        return {};
      });
      return;
    }
    then();
  }

  private shareFolder(
    method: string,
    userUuid: string,
    folderUuid: string,
    recipients: string[],
    sharePassword: string,
    shareTitle: string,
    expireDate: string,
    userCanDownloadStudies: boolean,
    withUrl: boolean,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      this.folder(folderUuid);
      if (recipients.length > 0) {
        this.checkEmail(recipients[0] ?? '');
        this.checkEmail(recipients[1] ?? '', true);
      }
      if (!sharePassword) refuse('The share password is required.');
      if (!shareTitle) refuse('The share title is required.');
      this.checkExpireDate(expireDate ?? '');
      return this.share(
        method,
        [folderUuid],
        recipients.filter(Boolean),
        expireDate,
        Boolean(userCanDownloadStudies),
        withUrl,
      );
    });
  }

  ShareFolderWithEmail(
    userUuid: string,
    folderUuid: string,
    emailAddress: string,
    emailAddressForSendingSharePassword: string,
    sharePassword: string,
    shareTitle: string,
    _shareDescription: string,
    expireDate: string,
    userCanDownloadStudies: boolean,
    callback: PostDicomCallback,
  ): void {
    this.shareFolder(
      'ShareFolderWithEmail',
      userUuid,
      folderUuid,
      [emailAddress, emailAddressForSendingSharePassword],
      sharePassword,
      shareTitle,
      expireDate,
      userCanDownloadStudies,
      false,
      callback,
    );
  }
  ShareFolderWithURL(
    userUuid: string,
    folderUuid: string,
    sharePassword: string,
    shareTitle: string,
    _shareDescription: string,
    expireDate: string,
    userCanDownloadStudies: boolean,
    callback: PostDicomCallback,
  ): void {
    this.shareFolder(
      'ShareFolderWithURL',
      userUuid,
      folderUuid,
      [],
      sharePassword,
      shareTitle,
      expireDate,
      userCanDownloadStudies,
      true,
      callback,
    );
  }
  ShareFolderToUploadWithEmail(
    userUuid: string,
    folderUuid: string,
    emailAddress: string,
    emailAddressForSendingSharePassword: string,
    sharePassword: string,
    shareTitle: string,
    _shareDescription: string,
    expireDate: string,
    userCanDownloadStudies: boolean,
    callback: PostDicomCallback,
  ): void {
    this.shareFolder(
      'ShareFolderToUploadWithEmail',
      userUuid,
      folderUuid,
      [emailAddress, emailAddressForSendingSharePassword],
      sharePassword,
      shareTitle,
      expireDate,
      userCanDownloadStudies,
      false,
      callback,
    );
  }
  ShareFolderToUploadWithUrl(
    userUuid: string,
    folderUuid: string,
    sharePassword: string,
    shareTitle: string,
    _shareDescription: string,
    expireDate: string,
    userCanDownloadStudies: boolean,
    callback: PostDicomCallback,
  ): void {
    this.shareFolder(
      'ShareFolderToUploadWithUrl',
      userUuid,
      folderUuid,
      [],
      sharePassword,
      shareTitle,
      expireDate,
      userCanDownloadStudies,
      true,
      callback,
    );
  }
  ShareFolderWithAccountUser(
    userUuid: string,
    folderUuid: string,
    sharedUserUuidList: string[],
    expireDate: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      this.folder(folderUuid);
      if (!sharedUserUuidList?.length) refuse('No user was given.');
      for (const uuid of sharedUserUuidList) this.user(uuid);
      this.checkExpireDate(expireDate ?? '');
      return this.share(
        'ShareFolderWithAccountUser',
        [folderUuid],
        sharedUserUuidList,
        expireDate,
        false,
        false,
      );
    });
  }
  ShareFolderWithAccountUserGroup(
    userUuid: string,
    folderUuid: string,
    sharedUserGroupUuidList: string[],
    expireDate: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      this.folder(folderUuid);
      if (!sharedUserGroupUuidList?.length) refuse('No user group was given.');
      for (const uuid of sharedUserGroupUuidList) this.userGroup(uuid);
      this.checkExpireDate(expireDate ?? '');
      return this.share(
        'ShareFolderWithAccountUserGroup',
        [folderUuid],
        sharedUserGroupUuidList,
        expireDate,
        false,
        false,
      );
    });
  }

  GetUserGroupList(userUuid: string, callback: PostDicomCallback): void {
    this.respond('GET', callback, () => {
      this.user(userUuid);
      return { UserGroupList: this.db.userGroups.map((g) => ({ ...g, UserUuidList: [...g.UserUuidList] })) };
    });
  }
}
