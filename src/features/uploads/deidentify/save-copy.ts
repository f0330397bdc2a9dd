import { Zip, ZipPassThrough } from 'fflate';
import type { DicomClient } from '@/lib/dicom/worker-client';
import type { FileEntry } from '../batch/types';
import { type DeidentifySettings, toDeidentifyOptions } from '../batch/upload-batch';

/**
 * "Save a de-identified copy": one file, or a series as a .zip (fflate streaming, stored without
 * compression: image data hardly compresses). Each file is de-identified in the worker just before it is
 * added, so the series is never held whole; a file that cannot be de-identified is left out, never copied
 * unaltered. Names inside the copy are neutral (`IM00001.dcm`): folder names on a CD often hold the patient's.
 */

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function saveDeidentifiedCopy(
  client: DicomClient,
  entries: FileEntry[],
  settings: DeidentifySettings,
  onProgress: (done: number) => void,
): Promise<{ refused: number }> {
  if (entries.length === 1) {
    const entry = entries[0] as FileEntry;
    const outcome = await client.deidentify(entry.file, toDeidentifyOptions(settings, entry.path));
    onProgress(1);
    if (!outcome.ok) return { refused: 1 };
    downloadBlob(outcome.blob, 'deidentified.dcm');
    return { refused: 0 };
  }
  const parts: Blob[] = [];
  let finished: () => void = () => {};
  const ended = new Promise<void>((resolve) => {
    finished = resolve;
  });
  const zip = new Zip((error, chunk, final) => {
    if (!error) parts.push(new Blob([chunk as BlobPart]));
    if (final || error) finished();
  });
  let refused = 0;
  let index = 0;
  for (const entry of entries) {
    const outcome = await client.deidentify(entry.file, toDeidentifyOptions(settings, entry.path));
    index += 1;
    onProgress(index);
    if (!outcome.ok) {
      refused += 1;
      continue;
    }
    const member = new ZipPassThrough(`IM${String(index).padStart(5, '0')}.dcm`);
    zip.add(member);
    const reader = outcome.blob.stream().getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      member.push(value);
    }
    member.push(new Uint8Array(0), true);
  }
  zip.end();
  await ended;
  downloadBlob(new Blob(parts, { type: 'application/zip' }), 'deidentified-series.zip');
  return { refused };
}
