import type { DeidentifyChange, DeidentifyOptions } from './deidentify';
import { type SerializedDicomError, serializeDicomError } from './errors';
import { type DicomHeader, readDicomHeader } from './header';

/**
 * What the DICOM worker does (./dicom.worker.ts exposes it with Comlink; ./worker-client.ts calls it). Results
 * are plain data: typed errors are sent as `SerializedDicomError` and rebuilt on the page. The rewriter
 * (and dcmjs with it) is imported only on the first de-identification.
 */

export type HeaderOutcome =
  | { ok: true; header: DicomHeader }
  | { ok: false; fileName: string; error: SerializedDicomError };

export type DeidentifyOutcome =
  | { ok: true; blob: Blob; header: DicomHeader; inputHeader: DicomHeader; changes: DeidentifyChange[] }
  | { ok: false; fileName: string; error: SerializedDicomError };

export interface HeaderRequest {
  file: Blob;
  fileName: string;
}

const nameOf = (file: Blob, fallback?: string) =>
  fallback ?? (typeof File !== 'undefined' && file instanceof File ? file.name : 'file');

export const dicomWorkerApi = {
  /** Reads the headers of several files (one message for many small reads). */
  async readHeaders(requests: HeaderRequest[]): Promise<HeaderOutcome[]> {
    const outcomes: HeaderOutcome[] = [];
    for (const { file, fileName } of requests) {
      try {
        outcomes.push({ ok: true, header: await readDicomHeader(file, { fileName }) });
      } catch (error) {
        outcomes.push({ ok: false, fileName, error: serializeDicomError(error, fileName) });
      }
    }
    return outcomes;
  },

  /** De-identifies one file; `withChanges` keeps the list of changes (the preview), otherwise it is dropped. */
  async deidentify(file: Blob, options: DeidentifyOptions, withChanges = false): Promise<DeidentifyOutcome> {
    const fileName = nameOf(file, options.fileName);
    try {
      const { deidentifyDicomWithReport } = await import('./deidentify');
      const result = await deidentifyDicomWithReport(file, { ...options, fileName });
      return {
        ok: true,
        blob: result.blob,
        header: result.header,
        inputHeader: result.inputHeader,
        changes: withChanges ? result.changes : [],
      };
    } catch (error) {
      return { ok: false, fileName, error: serializeDicomError(error, fileName) };
    }
  },
};

export type DicomWorkerApi = typeof dicomWorkerApi;
