import { describe, expect, it } from 'vitest';
import { filesFromDataTransfer, filesFromInput, shouldSkip } from './collect-files';

/** A directory entry whose reader hands out `batch` entries at a time, like Chromium's (100). */
function directory(name: string, children: unknown[], batch = 2) {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader() {
      let at = 0;
      return {
        readEntries(success: (entries: unknown[]) => void) {
          const slice = children.slice(at, at + batch);
          at += batch;
          setTimeout(() => success(slice), 0);
        },
      };
    },
  };
}
const fileEntry = (name: string) => ({
  isFile: true,
  isDirectory: false,
  name,
  file: (success: (file: File) => void) => success(new File([name], name)),
});

describe('intake', () => {
  it('skips DICOMDIR and what operating systems leave behind', () => {
    expect(shouldSkip('CD/DICOMDIR')).toBe(true);
    expect(shouldSkip('CD/.DS_Store')).toBe(true);
    expect(shouldSkip('__MACOSX/CD/IM1')).toBe(true);
    expect(shouldSkip('CD/Thumbs.db')).toBe(true);
    expect(shouldSkip('CD/DICOM/IM00001')).toBe(false);
  });

  it('walks dropped folders recursively, reading entries until none are left, keeping relative paths', async () => {
    const tree = directory('CD', [
      fileEntry('DICOMDIR'),
      directory('DICOM', [
        fileEntry('IM1'),
        fileEntry('IM2'),
        fileEntry('IM3'),
        directory('S2', [fileEntry('IM4')]),
      ]),
      fileEntry('README.TXT'),
    ]);
    const transfer = {
      items: [{ kind: 'file', webkitGetAsEntry: () => tree, getAsFile: () => null }],
      files: [],
    } as unknown as DataTransfer;
    const files = await filesFromDataTransfer(transfer);
    expect(files.map((f) => f.path).sort()).toEqual([
      'CD/DICOM/IM1',
      'CD/DICOM/IM2',
      'CD/DICOM/IM3',
      'CD/DICOM/S2/IM4',
      'CD/README.TXT',
    ]);
  });

  it('keeps the folder picker’s relative paths', () => {
    const file = new File(['x'], 'IM1');
    Object.defineProperty(file, 'webkitRelativePath', { value: 'CD/DICOM/IM1' });
    expect(filesFromInput([file, new File(['y'], 'DICOMDIR')])).toEqual([{ file, path: 'CD/DICOM/IM1' }]);
  });
});
