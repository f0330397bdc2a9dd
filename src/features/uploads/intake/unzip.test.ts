import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { expandZips, isZip } from './unzip';

describe('zip intake', () => {
  it('replaces a zip (told by its bytes, whatever its name) by its files, streamed', async () => {
    const archive = zipSync({
      'STUDY/IM1': new Uint8Array([1, 2, 3]),
      'STUDY/SUB/IM2': new Uint8Array(200_000).fill(7),
      'STUDY/DICOMDIR': new Uint8Array([9]),
    });
    const zip = new File([archive], 'download');
    expect(await isZip(zip)).toBe(true);
    const { files, damaged } = await expandZips([
      { file: zip, path: 'download' },
      { file: new File(['x'], 'IM9'), path: 'IM9' },
    ]);
    expect(damaged).toEqual([]);
    expect(files.map((f) => f.path).sort()).toEqual(['IM9', 'download/STUDY/IM1', 'download/STUDY/SUB/IM2']);
    const big = files.find((f) => f.path.endsWith('IM2'));
    expect(big?.file.size).toBe(200_000);
    expect(new Uint8Array(await (big as { file: File }).file.arrayBuffer())[199_999]).toBe(7);
  });

  it('sets a damaged archive aside', async () => {
    // Incompressible bytes, cut in the middle of the entry.
    let seed = 12345;
    const noise = Uint8Array.from({ length: 5000 }, () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed >> 16;
    });
    const archive = zipSync({ 'A/IM1': noise });
    const broken = new File([archive.slice(0, 1000)], 'broken.zip');
    const { files, damaged } = await expandZips([{ file: broken, path: 'broken.zip' }]);
    expect(files).toEqual([]);
    expect(damaged.map((d) => d.path)).toEqual(['broken.zip']);
  });
});
