import { describe, expect, it } from 'vitest';
import { MappingError } from './errors';
import { dicomSexToWord, sexCodes, sexCodeToWord, sexWords, sexWordToCode, wordToDicomSex } from './sex';

describe('sex mapping', () => {
  it.each([
    ['F', 'female'],
    ['M', 'male'],
    ['O', 'other'],
  ])('%s ↔ %s', (code, word) => {
    expect(sexCodeToWord(code)).toBe(word);
    expect(sexWordToCode(word)).toBe(code);
  });

  it('round-trips every code and every word that has a code', () => {
    for (const code of sexCodes) expect(sexWordToCode(sexCodeToWord(code))).toBe(code);
    for (const word of sexWords.filter((w) => w !== 'unknown'))
      expect(sexCodeToWord(sexWordToCode(word))).toBe(word);
  });

  it('unknown has no F/M/O code', () => expect(() => sexWordToCode('unknown')).toThrow(MappingError));

  it('DICOM writes unknown as the empty value, both ways; every word round-trips', () => {
    expect(wordToDicomSex('unknown')).toBe('');
    expect(dicomSexToWord('')).toBe('unknown');
    for (const word of sexWords) expect(dicomSexToWord(wordToDicomSex(word))).toBe(word);
    for (const code of [...sexCodes, ''] as const) expect(wordToDicomSex(dicomSexToWord(code))).toBe(code);
  });

  it.each(['f', 'X', 'U', 'female ', 'Female', 'MALE', '', 'unknown'])('refuses %j as a code', (value) =>
    expect(() => sexCodeToWord(value)).toThrow(MappingError),
  );

  it.each(['F', 'Female', 'woman', '', 'other '])('refuses %j as a word', (value) =>
    expect(() => sexWordToCode(value)).toThrow(MappingError),
  );

  it.each(['U', 'f', ' '])('refuses %j as DICOM', (value) =>
    expect(() => dicomSexToWord(value)).toThrow(MappingError),
  );
});
