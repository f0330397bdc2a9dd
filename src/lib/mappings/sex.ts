import { MappingError } from './errors';

/**
 * Sex / gender between the vendors.
 * - Codes `F`, `M`, `O`: Eden (`patient_gender`) and DICOM Patient's Sex (0010,0040) / PostDICOM.
 * - Words `female`, `male`, `other`, `unknown`: Teladoc Solo; Scan.com uses `female`, `male`, `other`.
 *
 * Direction rules:
 * - F ↔ female, M ↔ male, O ↔ other.
 * - `unknown` has no code: to Eden it is a MappingError (the field is required and has no "unknown").
 *   DICOM Patient's Sex is a type 2 attribute, so DICOM writes "unknown" as the empty value: `unknown` ↔ ''
 *   only through the DICOM functions.
 * - Codes are read exactly (upper case); words exactly (lower case). Anything else is a MappingError.
 */
export const sexCodes = ['F', 'M', 'O'] as const;
export type SexCode = (typeof sexCodes)[number];
export const sexWords = ['female', 'male', 'other', 'unknown'] as const;
export type SexWord = (typeof sexWords)[number];
export type DicomSex = SexCode | '';

const codeToWordTable: Record<SexCode, Exclude<SexWord, 'unknown'>> = { F: 'female', M: 'male', O: 'other' };
const wordToCodeTable: Record<Exclude<SexWord, 'unknown'>, SexCode> = { female: 'F', male: 'M', other: 'O' };

function isSexCode(value: string): value is SexCode {
  return (sexCodes as readonly string[]).includes(value);
}
function isSexWord(value: string): value is SexWord {
  return (sexWords as readonly string[]).includes(value);
}

/** `F`/`M`/`O` → `female`/`male`/`other`. */
export function sexCodeToWord(code: string): Exclude<SexWord, 'unknown'> {
  if (!isSexCode(code)) throw new MappingError('sex', code, 'expected F, M or O');
  return codeToWordTable[code];
}

/** `female`/`male`/`other` → `F`/`M`/`O`; `unknown` has no code. */
export function sexWordToCode(word: string): SexCode {
  if (!isSexWord(word)) throw new MappingError('sex', word, 'expected female, male, other or unknown');
  if (word === 'unknown') throw new MappingError('sex', word, 'unknown has no F/M/O code');
  return wordToCodeTable[word];
}

/** DICOM Patient's Sex → word; the empty value is `unknown`. */
export function dicomSexToWord(value: string): SexWord {
  if (value === '') return 'unknown';
  return sexCodeToWord(value);
}

/** Word → DICOM Patient's Sex; `unknown` is the empty value. */
export function wordToDicomSex(word: string): DicomSex {
  if (word === 'unknown') return '';
  return sexWordToCode(word);
}
