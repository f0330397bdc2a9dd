/**
 * Bringing files in: a drop of files and folders (directory entries walked recursively, `readEntries` called
 * until it returns nothing, relative paths kept), a folder picker (`webkitdirectory`), plain file pickers.
 * Returns references to the files on disk: nothing is read here.
 */

export interface IntakeFile {
  file: File;
  /** Path relative to what was dropped or picked: `STUDY/SERIES1/IM0001`. */
  path: string;
}

/** Files that are never images: the CD's index, and what operating systems leave behind. */
export function shouldSkip(path: string): boolean {
  const parts = path.split('/');
  const name = (parts.at(-1) ?? '').toUpperCase();
  if (name === 'DICOMDIR' || name === 'THUMBS.DB' || name === 'DESKTOP.INI') return true;
  return parts.some((part) => part.startsWith('.') || part === '__MACOSX');
}

// The File and Directory Entries API, as browsers ship it (not in TypeScript's DOM lib under these names).
interface EntryLike {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
}
interface FileEntryLike extends EntryLike {
  file(success: (file: File) => void, failure?: (error: unknown) => void): void;
}
interface DirectoryEntryLike extends EntryLike {
  createReader(): {
    readEntries(success: (entries: EntryLike[]) => void, failure?: (error: unknown) => void): void;
  };
}

function fileOf(entry: FileEntryLike): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Every entry of a directory: `readEntries` returns them in batches (100 in Chromium) until an empty one. */
async function entriesOf(directory: DirectoryEntryLike): Promise<EntryLike[]> {
  const reader = directory.createReader();
  const all: EntryLike[] = [];
  for (;;) {
    const batch = await new Promise<EntryLike[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(entry: EntryLike, prefix: string, out: IntakeFile[]): Promise<void> {
  const path = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile) {
    out.push({ file: await fileOf(entry as FileEntryLike), path });
  } else if (entry.isDirectory) {
    for (const child of await entriesOf(entry as DirectoryEntryLike)) await walk(child, path, out);
  }
}

/** What was dropped: files and whole folders, recursively. */
export async function filesFromDataTransfer(transfer: DataTransfer): Promise<IntakeFile[]> {
  const out: IntakeFile[] = [];
  const items = Array.from(transfer.items ?? []).filter((item) => item.kind === 'file');
  // Entries must be taken synchronously, before the first await: the DataTransfer is emptied after the event.
  const entries = items.map((item) => {
    const entry = (
      item as DataTransferItem & { webkitGetAsEntry?: () => EntryLike | null }
    ).webkitGetAsEntry?.();
    return { entry, file: item.getAsFile() };
  });
  if (entries.length === 0) {
    for (const file of Array.from(transfer.files ?? [])) out.push({ file, path: file.name });
    return out.filter(({ path }) => !shouldSkip(path));
  }
  for (const { entry, file } of entries) {
    if (entry) await walk(entry, '', out);
    else if (file) out.push({ file, path: file.name });
  }
  return out.filter(({ path }) => !shouldSkip(path));
}

/** What a file input gave: a folder picker fills `webkitRelativePath`. */
export function filesFromInput(list: FileList | readonly File[]): IntakeFile[] {
  return Array.from(list)
    .map((file) => ({ file, path: file.webkitRelativePath || file.name }))
    .filter(({ path }) => !shouldSkip(path));
}
