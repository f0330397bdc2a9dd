import type { DeidentifyBatch } from '@/lib/dicom/batch';
import type { DeidentifyOptions } from '@/lib/dicom/deidentify';
import { deserializeDicomError, type SerializedDicomError } from '@/lib/dicom/errors';
import type { DicomClient } from '@/lib/dicom/worker-client';
import type { IntakeFile } from '../intake/collect-files';
import { type BatchRecord, clearBatchRecord, saveBatchRecord } from '../upload/batch-record';
import { isTransientUploadError } from '../upload/send-postdicom';
import { type QueueSnapshot, UploadQueue } from '../upload/upload-queue';
import type { FileEntry, Reason } from './types';

/**
 * One batch of files on the uploads page: intake (headers read in the DICOM worker, a few files per message),
 * duplicates and earlier-sent files set aside, then the upload queue, with each file de-identified in the
 * worker just before it is sent (its bytes are read then, and only then). Framework-free; the page subscribes
 * (`subscribe` / `version`) and renders `entries`. Notifications are coalesced (at most ~10 a second).
 */

export interface DeidentifySettings {
  batch: DeidentifyBatch;
  patientName: string;
  patientId: string;
  dates: 'shift' | 'empty';
  retainPatientCharacteristics: boolean;
  retainDescriptions: boolean;
}

export interface UploadSettings {
  send: (file: File, onProgress: (fraction: number) => void) => Promise<void>;
  deidentify: DeidentifySettings | null;
  destination: BatchRecord['destination'];
}

/** De-identification refused a file: it is never sent unaltered. */
export class RefusedFile extends Error {
  constructor(readonly reason: Reason) {
    super(reason.key);
  }
}

const READ_CHUNK = 20;
const NOTIFY_MS = 100;

export function reasonOf(error: SerializedDicomError): Reason {
  const rebuilt = deserializeDicomError(error) as Error & { messageKey?: string };
  return { key: rebuilt.messageKey ?? 'dicom.errors.unreadable', params: { detail: error.detail } };
}

export function toDeidentifyOptions(settings: DeidentifySettings, fileName: string): DeidentifyOptions {
  return {
    batch: settings.batch,
    patientName: settings.patientName.trim() || undefined,
    patientId: settings.patientId.trim() || undefined,
    dates: settings.dates,
    retainPatientCharacteristics: settings.retainPatientCharacteristics,
    retainDescriptions: settings.retainDescriptions,
    fileName,
  };
}

export class UploadBatch {
  entries: FileEntry[] = [];
  version = 0;
  /** The batch of this tab before a reload, when one was not finished. */
  previous: BatchRecord | null = null;
  queue: UploadQueue | null = null;
  private settings: UploadSettings | null = null;
  private record: Omit<BatchRecord, 'sent' | 'notSent'> | null = null;
  private readonly sentSet = new Set<string>();
  private readonly notSentSet = new Set<string>();
  private previousSent = new Set<string>();
  private readonly byId = new Map<number, FileEntry>();
  private nextId = 1;
  private readonly listeners = new Set<() => void>();
  private notifyTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly bySop = new Map<string, FileEntry>();

  constructor(private readonly client: DicomClient) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getVersion = () => this.version;

  /** Coalesced: at most one notification per `NOTIFY_MS`, always one after the last change. */
  private changed(now = false): void {
    if (this.notifyTimer && !now) return;
    const fire = () => {
      this.notifyTimer = null;
      this.version += 1;
      for (const listener of this.listeners) listener();
    };
    if (now) {
      if (this.notifyTimer) clearTimeout(this.notifyTimer);
      fire();
    } else this.notifyTimer = setTimeout(fire, NOTIFY_MS);
  }

  setPrevious(record: BatchRecord | null): void {
    this.previous = record;
    this.previousSent = new Set(record?.sent ?? []);
    this.changed(true);
  }

  /** How many sent files the record in this tab's storage holds (it is written a moment after each file). */
  savedSent = 0;

  private saveRecord(): void {
    if (!this.record) return;
    const sent = [...this.sentSet];
    void saveBatchRecord({ ...this.record, sent, notSent: [...this.notSentSet] }).then(() => {
      this.savedSent = Math.max(this.savedSent, sent.length);
      this.changed();
    });
  }

  queueSnapshot(): QueueSnapshot | null {
    return this.queue?.snapshot() ?? null;
  }

  isSending(): boolean {
    const state = this.queue?.snapshot().state;
    return state === 'running' || state === 'pausing' || state === 'cancelling';
  }

  /** Adds files and reads their headers in the worker. */
  async addFiles(files: IntakeFile[], rejected: IntakeFile[] = []): Promise<void> {
    const added: FileEntry[] = files.map(({ file, path }) => ({
      id: this.nextId++,
      path,
      file,
      size: file.size,
      status: 'reading',
      header: null,
      reason: null,
      error: null,
      progress: 0,
      attempts: 0,
    }));
    for (const { file, path } of rejected) {
      added.push({
        id: this.nextId++,
        path,
        file,
        size: file.size,
        status: 'rejected',
        header: null,
        reason: { key: 'intake.damagedZip' },
        error: null,
        progress: 0,
        attempts: 0,
      });
    }
    this.entries = [...this.entries, ...added];
    for (const entry of added) this.byId.set(entry.id, entry);
    this.changed(true);
    const reading = added.filter((entry) => entry.status === 'reading');
    const chunks: FileEntry[][] = [];
    for (let i = 0; i < reading.length; i += READ_CHUNK) chunks.push(reading.slice(i, i + READ_CHUNK));
    const workers = 3;
    await Promise.all(
      Array.from({ length: workers }, async (_, worker) => {
        for (let i = worker; i < chunks.length; i += workers) await this.readChunk(chunks[i] as FileEntry[]);
      }),
    );
    this.changed(true);
  }

  private async readChunk(chunk: FileEntry[]): Promise<void> {
    const outcomes = await this.client.readHeaders(
      chunk.map((entry) => ({ file: entry.file, fileName: entry.path })),
    );
    outcomes.forEach((outcome, index) => {
      const entry = chunk[index] as FileEntry;
      if (!outcome.ok) {
        entry.status = 'rejected';
        entry.reason = reasonOf(outcome.error);
        return;
      }
      entry.header = outcome.header;
      const sop = outcome.header.sopInstanceUid;
      const first = this.bySop.get(sop);
      if (first && first !== entry) {
        entry.status = 'rejected';
        entry.reason = { key: 'intake.duplicate', params: { path: first.path } };
        return;
      }
      this.bySop.set(sop, entry);
      entry.status = this.previousSent.has(sop) ? 'sent-before' : 'ready';
    });
    this.changed();
  }

  /** Forgets every file (nothing is being sent). */
  clear(): void {
    if (this.isSending()) return;
    this.entries = [];
    this.bySop.clear();
    this.byId.clear();
    this.queue = null;
    this.changed(true);
  }

  /** Starts sending every readable file not sent yet. */
  start(settings: UploadSettings): void {
    this.settings = settings;
    const sendable = this.entries.filter((entry) => entry.status === 'ready' || entry.status === 'cancelled');
    for (const uid of [...this.previousSent, ...this.sentUids()]) this.sentSet.add(uid);
    for (const entry of sendable) if (entry.header) this.notSentSet.add(entry.header.sopInstanceUid);
    this.record = {
      version: 1,
      deidentify: settings.deidentify ? { ...settings.deidentify } : null,
      destination: settings.destination,
    };
    this.saveRecord();
    this.queue = new UploadQueue(
      (id, onProgress) => this.sendOne(id, onProgress),
      {
        onStart: (id) => this.update(id, { status: 'sending', progress: 0, error: null, reason: null }),
        onProgress: (id, fraction) => this.update(id, { progress: fraction }),
        onSent: (id) => this.sent(id),
        onFailed: (id, error, willRetry) => this.failed(id, error, willRetry),
        onCancelled: (id) => this.update(id, { status: 'cancelled', progress: 0 }),
        onChange: () => {
          this.finishIfComplete();
          this.changed();
        },
      },
      { maxConcurrency: 4, retries: 2, isTransient: isTransientUploadError },
    );
    for (const entry of sendable) entry.status = 'queued';
    this.queue.enqueue(sendable.map((entry) => ({ id: entry.id, size: entry.size })));
    this.changed(true);
  }

  /** Everything was sent: nothing is left to resume after a reload, the record is forgotten. */
  private finishIfComplete(): void {
    if (!this.record || this.queue?.snapshot().state !== 'done') return;
    const counts = this.counts();
    if (counts.failed + counts.cancelled + counts.queued + counts.sending > 0) return;
    this.record = null;
    void clearBatchRecord();
  }

  pause(): void {
    this.queue?.pause();
    this.changed(true);
  }
  resume(): void {
    this.queue?.resume();
    this.changed(true);
  }
  cancel(): void {
    this.queue?.cancel();
    this.changed(true);
  }

  /** Sends again only the files that failed (and those cancelled). */
  retryFailed(): void {
    if (!this.queue) return;
    const again = this.entries.filter((entry) => entry.status === 'failed' || entry.status === 'cancelled');
    for (const entry of again)
      Object.assign(entry, { status: 'queued', error: null, reason: null, progress: 0 });
    this.queue.enqueue(again.map((entry) => ({ id: entry.id, size: entry.size })));
    this.changed(true);
  }

  /** The batch is finished with: the record of this tab is forgotten. */
  async forget(): Promise<void> {
    this.setPrevious(null);
    this.record = null;
    this.sentSet.clear();
    this.notSentSet.clear();
    await clearBatchRecord();
    this.changed(true);
  }

  counts(): Record<FileEntry['status'], number> {
    const counts = {
      reading: 0,
      ready: 0,
      rejected: 0,
      'sent-before': 0,
      queued: 0,
      sending: 0,
      sent: 0,
      failed: 0,
      cancelled: 0,
    };
    for (const entry of this.entries) counts[entry.status] += 1;
    return counts;
  }

  private sentUids(): string[] {
    return this.entries
      .filter((entry) => entry.status === 'sent' || entry.status === 'sent-before')
      .map((entry) => entry.header?.sopInstanceUid ?? '')
      .filter(Boolean);
  }

  private entry(id: number): FileEntry | undefined {
    return this.byId.get(id);
  }

  private update(id: number, patch: Partial<FileEntry>): void {
    const entry = this.entry(id);
    if (entry) Object.assign(entry, patch);
    this.changed();
  }

  private async sendOne(id: number, onProgress: (fraction: number) => void): Promise<void> {
    const entry = this.entry(id);
    const settings = this.settings;
    if (!entry || !settings) throw new Error('unknown file');
    entry.attempts += 1;
    let file = entry.file;
    if (settings.deidentify) {
      const outcome = await this.client.deidentify(
        entry.file,
        toDeidentifyOptions(settings.deidentify, entry.path),
      );
      if (!outcome.ok) throw new RefusedFile(reasonOf(outcome.error));
      file = new File([outcome.blob], entry.file.name || 'image.dcm', { type: 'application/dicom' });
    }
    await settings.send(file, onProgress);
  }

  private sent(id: number): void {
    const entry = this.entry(id);
    if (!entry) return;
    entry.status = 'sent';
    entry.progress = 1;
    const sop = entry.header?.sopInstanceUid;
    if (sop) {
      this.sentSet.add(sop);
      this.notSentSet.delete(sop);
      this.saveRecord();
    }
    this.changed();
  }

  private failed(id: number, error: unknown, willRetry: boolean): void {
    const entry = this.entry(id);
    if (!entry) return;
    if (willRetry) {
      Object.assign(entry, { status: 'queued', progress: 0 });
    } else {
      entry.status = 'failed';
      entry.progress = 0;
      entry.reason = error instanceof RefusedFile ? error.reason : null;
      entry.error = error instanceof RefusedFile ? null : error;
    }
    this.changed();
  }
}
