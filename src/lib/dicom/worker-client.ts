import { type Remote, wrap } from 'comlink';
import type { DeidentifyOptions } from './deidentify';
import type { DeidentifyOutcome, DicomWorkerApi, HeaderOutcome, HeaderRequest } from './worker-api';

/**
 * The page's side of the DICOM worker: a small pool of module workers (Comlink), so reading thousands of
 * headers and rewriting files never blocks the page. Where workers are unavailable (jsdom tests) the same
 * API runs in the page, loaded on demand. This module imports no DICOM code itself: only types.
 */

export interface DicomClient {
  readHeaders(requests: HeaderRequest[]): Promise<HeaderOutcome[]>;
  deidentify(file: Blob, options: DeidentifyOptions, withChanges?: boolean): Promise<DeidentifyOutcome>;
  /** Ends the workers. */
  dispose(): void;
}

interface Slot {
  worker: Worker;
  remote: Remote<DicomWorkerApi>;
  busy: number;
}

function defaultSize(): number {
  const cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2;
  return Math.max(1, Math.min(4, cores - 1));
}

/** A pool of `size` workers (default: cores − 1, at most 4). */
export function createDicomClient(options: { size?: number } = {}): DicomClient {
  if (typeof Worker === 'undefined') return inlineClient();
  const size = options.size ?? defaultSize();
  const slots: Slot[] = [];
  const slot = (): Slot => {
    // Workers start lazily: the first call pays, the page load does not.
    if (slots.length < size && slots.every((s) => s.busy > 0)) {
      const worker = new Worker(new URL('./dicom.worker.ts', import.meta.url), {
        type: 'module',
        name: 'dicom',
      });
      slots.push({ worker, remote: wrap<DicomWorkerApi>(worker), busy: 0 });
    }
    return slots.reduce((best, s) => (s.busy < best.busy ? s : best), slots[0] as Slot);
  };
  const run = async <T>(call: (remote: Remote<DicomWorkerApi>) => Promise<T>): Promise<T> => {
    const chosen = slot();
    chosen.busy += 1;
    try {
      return await call(chosen.remote);
    } finally {
      chosen.busy -= 1;
    }
  };
  return {
    readHeaders: (requests) => run<HeaderOutcome[]>((remote) => remote.readHeaders(requests)),
    deidentify: (file, deidentifyOptions, withChanges = false) =>
      run<DeidentifyOutcome>(
        (remote) => remote.deidentify(file, deidentifyOptions, withChanges) as Promise<DeidentifyOutcome>,
      ),
    dispose: () => {
      for (const s of slots) s.worker.terminate();
      slots.length = 0;
    },
  };
}

function inlineClient(): DicomClient {
  const api = () => import('./worker-api').then((module) => module.dicomWorkerApi);
  return {
    readHeaders: async (requests) => (await api()).readHeaders(requests),
    deidentify: async (file, options, withChanges) => (await api()).deidentify(file, options, withChanges),
    dispose: () => {},
  };
}
