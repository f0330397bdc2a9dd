import dayjs from 'dayjs';
import type { PostDicomCallback, PostDicomFiles } from '@/api/postdicom/library';
import { mockNow } from '../clock';
import { type Failure, faults, latencyFor, takeFailure, untilReleased } from '../faults';
import { type MockFolder, type MockOrder, type PostDicomDb, postDicomDb } from './db';

type Kind = 'GET' | 'POST';
export type Result = Record<string, unknown>;

/** Thrown inside a simulated method: becomes `{ Success: false, Message }`. */
class Refusal extends Error {}
export const refuse = (message: string): never => {
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

export const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The simulation's value for each anonymizable tag: the dcmjs keyword it rewrites. */
export const DICOM_TAGS_ENUM = Object.freeze({
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

export const isoDate = /^\d{4}-\d{2}-\d{2}$/;
export const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;
export const emailRe = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function today(): string {
  return dayjs(mockNow()).format('YYYY-MM-DD');
}

export function fileArray(files: PostDicomFiles): File[] {
  return Array.from({ length: files?.length ?? 0 }, (_, i) => files[i]).filter(
    (f): f is File => f instanceof Blob,
  );
}

export function randomUuid(): string {
  return globalThis.crypto.randomUUID();
}

export function imageCount(order: MockOrder): number {
  return order.seedImageCount + order.files.length;
}

export function orderSummary(order: MockOrder, db: PostDicomDb): Result {
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

export const normalize = (s: string) => s.replaceAll('^', ' ').toLowerCase().replace(/\s+/g, ' ').trim();

/** Streamed calls (uploads) being worked on and not yet answered; hung ones are not counted (QA, e2e). */
let callsInProgress = 0;
export const postDicomCallsInProgress = () => callsInProgress;

/** The simulation's plumbing: answering a callback (with latency and fault scenarios), and finding users, institutions, orders, folders and user groups. */
export class PostDicomSimulationCore {
  readonly DicomTagsEnum = DICOM_TAGS_ENUM;

  protected initialized = false;

  constructor(
    readonly apiKey: string,
    readonly accountKey: string,
  ) {}

  // ---- plumbing ---------------------------------------------------------------------------------------

  protected get db(): PostDicomDb {
    return postDicomDb.get();
  }

  /** One asynchronous answer, with latency and fault scenarios applied. */
  protected respond(kind: Kind, callback: PostDicomCallback, work: () => Result | Promise<Result>): void {
    const failure = takeFailure('postdicom', kind);
    const { afterProcessing } = faults.get();
    void (async () => {
      await wait(latencyFor('postdicom'));
      await untilReleased('postdicom');
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
  protected respondStream(
    callback: PostDicomCallback,
    work: (emit: (state: 'Reading' | 'Sending', progress: number) => Promise<void>) => Promise<void>,
  ): void {
    const failure = takeFailure('postdicom', 'POST');
    const { afterProcessing } = faults.get();
    const emit = async (State: 'Reading' | 'Sending', Progress: number) => {
      callback({ State, Progress });
      await wait(0);
    };
    // Counted from the call on (not from the end of the latency): a call that will answer is never missed.
    const answers = !failure || failure === 'none';
    if (answers) callsInProgress += 1;
    void (async () => {
      try {
        await wait(latencyFor('postdicom'));
        await untilReleased('postdicom');
        if (!answers) {
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
      } finally {
        if (answers) callsInProgress -= 1;
      }
    })();
  }

  protected requireInitialized(): void {
    if (!this.initialized) refuse('Call Initialize first.');
  }

  protected user(userUuid: string) {
    this.requireInitialized();
    return this.db.users.find((u) => u.UserUuid === userUuid) ?? refuse(`User not found: ${userUuid}.`);
  }

  protected institution(institutionUuid: string) {
    return (
      this.db.institutions.find((i) => i.InstitutionUuid === institutionUuid) ??
      refuse(`Institution not found: ${institutionUuid}.`)
    );
  }

  protected order(patientOrderUuid: string, institutionUuid?: string): MockOrder {
    const order =
      this.db.orders.find((o) => o.PatientOrderUuid === patientOrderUuid && !o.deleted) ??
      refuse(`Patient order not found: ${patientOrderUuid}.`);
    if (institutionUuid !== undefined && order.PatientOrderInstitutionUuid !== institutionUuid) {
      refuse(`Patient order ${patientOrderUuid} does not belong to institution ${institutionUuid}.`);
    }
    return order;
  }

  protected folder(folderUuid: string): MockFolder {
    return (
      this.db.folders.find((f) => f.FolderUuid === folderUuid) ?? refuse(`Folder not found: ${folderUuid}.`)
    );
  }

  protected userGroup(userGroupUuid: string) {
    return (
      this.db.userGroups.find((g) => g.UserGroupUuid === userGroupUuid) ??
      refuse(`User group not found: ${userGroupUuid}.`)
    );
  }

  protected checkExpireDate(expireDate: string): void {
    if (!isoDate.test(expireDate)) refuse('The expire date must be YYYY-MM-DD.');
    if (expireDate < today()) refuse('The expire date cannot be in the past.');
  }

  protected checkEmail(value: string, optional = false): void {
    if (optional && value === '') return;
    if (!emailRe.test(value)) refuse(`Invalid email address: ${value}.`);
  }

  // ---- Initialize ------------------------------------------------------------------------------------
}
