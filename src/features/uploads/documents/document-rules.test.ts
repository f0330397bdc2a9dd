import { describe, expect, it } from 'vitest';
import { documentProblems } from './document-rules';

const keys = (...args: Parameters<typeof documentProblems>) => documentProblems(...args).map((p) => p.key);
const MB = 1024 * 1024;

describe('documentProblems', () => {
  it('PostDICOM: the five types by content, the extension agreeing with it', () => {
    expect(keys('postdicom', { name: 'a.pdf', size: 10, type: 'pdf' })).toEqual([]);
    expect(keys('postdicom', { name: 'a.JPG', size: 10, type: 'jpeg' })).toEqual([]);
    expect(keys('postdicom', { name: 'clip.mp4', size: 10, type: 'mp4' })).toEqual([]);
    expect(keys('postdicom', { name: 'scan.jpg', size: 10, type: 'pdf' })).toEqual([
      'documents.problem.extensionMismatch',
    ]);
    expect(keys('postdicom', { name: 'notes.txt', size: 10, type: null })).toEqual([
      'documents.problem.unknownType',
    ]);
    expect(keys('postdicom', { name: 'a.pdf', size: 0, type: 'pdf' })).toEqual(['documents.problem.empty']);
  });

  it('Solo: PDF, PNG or JPEG, at most 5 MB, with a name', () => {
    expect(keys('solo', { name: 'r.pdf', size: 5 * MB, type: 'pdf' })).toEqual([]);
    expect(keys('solo', { name: 'r.pdf', size: 5 * MB + 1, type: 'pdf' })).toEqual([
      'documents.problem.tooLarge',
    ]);
    expect(keys('solo', { name: 'x.bmp', size: 10, type: 'bmp' })).toEqual(['documents.problem.notAllowed']);
    expect(keys('solo', { name: ' ', size: 10, type: 'png' })).toEqual(['documents.problem.noName']);
    expect(keys('solo', { name: 'letter.pdf', size: 10, type: 'png' })).toEqual([
      'documents.problem.extensionMismatch',
    ]);
  });

  it('Scan.com: any type, at most 25 MB', () => {
    expect(keys('scan', { name: 'notes.txt', size: 25 * MB, type: null })).toEqual([]);
    expect(keys('scan', { name: 'big.bin', size: 25 * MB + 1, type: null })).toEqual([
      'documents.problem.tooLarge',
    ]);
    expect(documentProblems('scan', { name: 'big.bin', size: 26 * MB, type: null })[0]?.params).toEqual({
      limit: '25 MB',
    });
  });
});
