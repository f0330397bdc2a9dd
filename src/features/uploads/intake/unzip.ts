import { Unzip, UnzipInflate } from 'fflate';
import { type IntakeFile, shouldSkip } from './collect-files';

/**
 * A `.zip` of a study, opened with fflate's streaming unzip: the archive is read chunk by chunk from disk and
 * each entry becomes a File (its bytes handed to the browser's Blob store as they come), never one buffer
 * holding the archive.
 */

/** Whether a file is a zip archive, by its first bytes (`PK\x03\x04`), not its name. */
export async function isZip(file: Blob): Promise<boolean> {
  if (file.size < 4) return false;
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** The files inside a zip archive, with paths under the archive's name. Throws when the archive is damaged. */
export async function filesFromZip(archive: IntakeFile): Promise<IntakeFile[]> {
  const out: IntakeFile[] = [];
  const base = archive.path.replace(/\.zip$/i, '');
  const pending: Promise<void>[] = [];
  let failure: unknown = null;
  const unzip = new Unzip((entry) => {
    if (entry.name.endsWith('/')) return;
    const parts: BlobPart[] = [];
    pending.push(
      new Promise<void>((resolve) => {
        entry.ondata = (error, chunk, final) => {
          if (error) {
            failure = error;
            resolve();
            return;
          }
          parts.push(new Blob([chunk as BlobPart]));
          if (final) {
            const name = entry.name.split('/').pop() ?? entry.name;
            out.push({ file: new File(parts, name), path: `${base}/${entry.name}` });
            resolve();
          }
        };
      }),
    );
    entry.start();
  });
  unzip.register(UnzipInflate);
  const reader = archive.file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    unzip.push(value);
  }
  unzip.push(new Uint8Array(0), true);
  await Promise.all(pending);
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  return out.filter(({ path }) => !shouldSkip(path));
}

/** Replaces every zip archive in a selection by its contents. */
export async function expandZips(
  files: IntakeFile[],
): Promise<{ files: IntakeFile[]; damaged: IntakeFile[] }> {
  const result: IntakeFile[] = [];
  const damaged: IntakeFile[] = [];
  for (const entry of files) {
    if (!(await isZip(entry.file))) {
      result.push(entry);
      continue;
    }
    try {
      result.push(...(await filesFromZip(entry)));
    } catch {
      damaged.push(entry);
    }
  }
  return { files: result, damaged };
}
