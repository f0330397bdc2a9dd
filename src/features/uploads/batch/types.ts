import type { DicomHeader } from '@/lib/dicom/header';

/**
 * One file of the batch, from intake to upload. The `file` is a reference to the file on disk (or in the
 * browser's Blob store for a zip's entries): its bytes are read only when a step needs them.
 */
export type FileStatus =
  | 'reading' // its header is being read
  | 'ready' // readable DICOM, waiting to be sent
  | 'rejected' // not sendable (not DICOM, duplicate…): never sent
  | 'sent-before' // sent before a reload of this tab: skipped
  | 'queued'
  | 'sending'
  | 'sent'
  | 'failed' // may be retried
  | 'cancelled';

/** A reason to show, as a translation key of the uploads namespace and its parameters. */
export interface Reason {
  key: string;
  params?: Record<string, string | number>;
}

export interface FileEntry {
  id: number;
  path: string;
  file: File;
  size: number;
  status: FileStatus;
  header: DicomHeader | null;
  /** Why it was rejected or failed (a library refusal), as a translation key. */
  reason: Reason | null;
  /** The error of a failed send (a vendor error, said by `describeError`). */
  error: unknown;
  /** 0–1 while sending. */
  progress: number;
  attempts: number;
}

export const SENDABLE: ReadonlySet<FileStatus> = new Set(['ready', 'queued', 'failed', 'cancelled']);
