import type { DenaturalizedDataset, DenaturalizedElement } from 'dcmjs';
import { type DeidentifyBatch, pseudonymFor, remapUid } from './batch';
import { shiftDicomDate, shiftDicomDateTime } from './dates';
import { basicProfileAction, PATIENT_CHARACTERISTICS, type ProfileAction } from './deid-profile';
import { DeidentifyError } from './errors';
import type { DicomHeader } from './header';
import { type RewriteSource, rewriteDicom, setText, textOf, walkDataset } from './rewrite';

/**
 * De-identification in the spirit of PS3.15 Annex E, Basic Application Level Confidentiality Profile
 * (./deid-profile.ts), at every depth of nested sequences, with these choices:
 * - Patient Name and Patient ID get the user's replacements, or the batch's pseudonym of the patient ID;
 *   birth date is emptied;
 * - every private element, curve and overlay comment/data is removed, as is the icon image;
 * - UIDs are replaced consistently within the batch (./batch.ts), including any other UI element that holds
 *   a UID replaced elsewhere in the file;
 * - dates: `shift` (default) moves every DA and DT value by the batch's days and keeps times (Retain
 *   Longitudinal Temporal Information with Modified Dates Option); `empty` empties every DA and DT and
 *   applies the profile to times;
 * - options: Retain Patient Characteristics (sex, age, size, weight…), and keeping study/series/protocol
 *   descriptions (free text: the identity scan below still runs on them);
 * - Patient Identity Removed (0012,0062) YES, De-identification Method (0012,0063) and its code sequence,
 *   Longitudinal Temporal Information Modified (0028,0303);
 * - finally, the rewritten data set is scanned for every original identifying value (names, IDs, accession,
 *   study ID, institution, address, replaced UIDs) in the input's own encoding, UTF-8 and Latin-1: any hit
 *   refuses the file. Pixel data is not scanned: burned-in text is flagged instead (`burnedInTextRisk`).
 */

export interface DeidentifyOptions {
  batch: DeidentifyBatch;
  /** Replacement Patient Name (DICOM PN, e.g. `ANON^TRIAL01`); default: the pseudonym. */
  patientName?: string;
  /** Replacement Patient ID; default: the batch's pseudonym of the original ID. */
  patientId?: string;
  dates?: 'shift' | 'empty';
  retainPatientCharacteristics?: boolean;
  retainDescriptions?: boolean;
  /** For errors, when the Blob has no name. */
  fileName?: string;
}

export type DeidentifyAction = 'removed' | 'emptied' | 'replaced' | 'shifted' | 'remapped' | 'added';

export interface DeidentifyChange {
  /** `(0010,0010)`, or `(0008,1140)[0](0008,1155)` inside a sequence. */
  path: string;
  keyword: string;
  action: DeidentifyAction;
  before: string;
  after: string;
}

export interface DeidentifyReport {
  changes: DeidentifyChange[];
  inputHeader: DicomHeader;
  /** The header of the de-identified file. */
  header: DicomHeader;
}

const DESCRIPTIONS = new Set(['00081030', '0008103E', '00181030', '00400254', '00321060']);
const BIRTH = new Set(['00100030', '00100032', '00100033', '00100034', '00100035']);
/** Values whose original text must not remain anywhere (besides every person name and every replaced UID). */
const IDENTITY_TAGS = new Set([
  '00100020', // Patient ID
  '00101000', // Other Patient IDs
  '00080050', // Accession Number
  '00200010', // Study ID
  '00080080', // Institution Name
  '00080081', // Institution Address
  '00101040', // Patient Address
  '00102154', // Patient Telephone Numbers
  '00101090', // Medical Record Locator
  '00380010', // Admission ID
  '00400031', // Local Namespace Entity ID
  '00402016', // Placer Order Number
  '00402017', // Filler Order Number
]);
const CODE = (value: string, meaning: string): DenaturalizedDataset => ({
  '00080100': { vr: 'SH', Value: [value] },
  '00080102': { vr: 'SH', Value: ['DCM'] },
  '00080104': { vr: 'LO', Value: [meaning] },
});

function dummyValue(vr: string): unknown[] {
  switch (vr) {
    case 'PN':
      return ['ANONYMOUS'];
    case 'AE':
    case 'CS':
    case 'SH':
    case 'LO':
    case 'ST':
    case 'LT':
    case 'UT':
    case 'UC':
      return ['ANONYMIZED'];
    case 'AS':
      return ['000Y'];
    case 'DA':
      return ['19000101'];
    case 'DT':
      return ['19000101000000'];
    case 'TM':
      return ['000000'];
    case 'IS':
    case 'DS':
      return ['0'];
    case 'US':
    case 'SS':
    case 'UL':
    case 'SL':
    case 'FL':
    case 'FD':
      return [0];
    default:
      return [];
  }
}

const isPrivateTag = (tag: string) => Number.parseInt(tag.slice(0, 4), 16) % 2 === 1;
const isCurveOrOverlayText = (tag: string) =>
  tag.startsWith('50') || (tag.startsWith('60') && (tag.endsWith('3000') || tag.endsWith('4000')));

const keywords = new Map<string, string>();
function keywordOf(source: RewriteSource, tag: string): string {
  let keyword = keywords.get(tag);
  if (keyword === undefined) {
    const entry = source.dcmjs.data.DicomMetaDictionary.dictionary[`(${tag.slice(0, 4)},${tag.slice(4)})`];
    keyword = entry?.name ?? (isPrivateTag(tag) ? 'Private' : tag);
    keywords.set(tag, keyword);
  }
  return keyword;
}

function display(element: DenaturalizedElement): string {
  if (element.vr === 'SQ') return `${element.Value?.length ?? 0} item(s)`;
  if (['OB', 'OW', 'UN', 'OF', 'OD', 'OL', 'OV'].includes(element.vr)) return '(binary)';
  const text = textOf(element);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

const utf8 = new TextEncoder();
const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

/** The byte forms to scan for: UTF-8, Latin-1 and the file's own bytes, each distinct one once (ASCII: one). */
function encodings(text: string, original: Uint8Array | undefined): Uint8Array[] {
  const out: Uint8Array[] = [utf8.encode(text)];
  let ascii = true;
  let latin1 = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) ascii = false;
    if (code > 0xff) latin1 = false;
  }
  if (!ascii && latin1) out.push(Uint8Array.from(text, (char) => char.charCodeAt(0)));
  if (original && !out.some((bytes) => sameBytes(bytes, original))) out.push(original);
  return out;
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  const first = needle[0];
  outer: for (
    let i = haystack.indexOf(first as number);
    i >= 0 && i <= haystack.length - needle.length;
    i = haystack.indexOf(first as number, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The text pieces of an identifying value worth scanning for: the value, and each name component. */
function pieces(text: string, vr: string): string[] {
  const parts = new Set<string>([text]);
  if (vr === 'PN') for (const part of text.split(/[=^\\]/)) parts.add(part);
  else for (const part of text.split('\\')) parts.add(part);
  return [...parts].map((part) => part.trim()).filter((part) => part.length >= 3);
}

/** The de-identified file as a Blob (its pixel data a slice of the input file: never held in memory). */
export interface DeidentifyResult extends DeidentifyReport {
  blob: Blob;
}

/** The de-identified file in memory. */
export interface DeidentifyBytesResult extends DeidentifyReport {
  bytes: Uint8Array<ArrayBuffer>;
}

async function deidentify(
  input: Uint8Array | Blob,
  options: DeidentifyOptions,
): Promise<DeidentifyReport & { parts: (Uint8Array | Blob)[]; length: number }> {
  const fileName = options.fileName ?? 'file';
  const dates = options.dates ?? 'shift';
  const changes: DeidentifyChange[] = [];
  /** Original identifying values: text and bytes as they were, for the final scan. */
  const identifying: { text: string; bytes: Uint8Array[] }[] = [];
  const replacements = [options.patientName ?? '', options.patientId ?? ''].filter(Boolean);

  const transform = async (dict: DenaturalizedDataset, source: RewriteSource) => {
    const originalId = textOf(dict['00100020'] ?? { vr: 'LO' }).trim();
    const pseudonym = await pseudonymFor(options.batch, originalId || source.header.sopInstanceUid);
    const newName = options.patientName?.trim() || pseudonym;
    const newId = options.patientId?.trim() || pseudonym;

    // Pass 1: the UIDs the profile replaces, so that any other element holding one is replaced too.
    const replacedUids = new Set<string>();
    walkDataset(dict, (tag, element) => {
      if (element.vr === 'UI' && basicProfileAction(tag) === 'U') {
        for (const value of element.Value ?? [])
          if (value) replacedUids.add(String(value).replace(/\0/g, ''));
      }
    });

    const note = (path: string, tag: string, action: DeidentifyAction, before: string, after: string) =>
      changes.push({ path, keyword: keywordOf(source, tag), action, before, after });
    const remember = (element: DenaturalizedElement, tag: string) => {
      const text = textOf(element).trim();
      if (!text) return;
      if (element.vr === 'PN' || IDENTITY_TAGS.has(tag)) {
        for (const piece of pieces(text, element.vr)) {
          if (replacements.some((replacement) => replacement.includes(piece))) continue;
          identifying.push({
            text: piece,
            bytes: encodings(piece, piece === text ? source.originalBytes(element) : undefined),
          });
        }
      }
    };
    const pending: Promise<void>[] = [];
    for (const tag of source.droppedTags) {
      note(
        `(${tag.slice(0, 4)},${tag.slice(4)})`,
        tag,
        'removed',
        isPrivateTag(tag) ? '(private)' : '(group length)',
        '',
      );
    }

    walkDataset(dict, (tag, element, parent, path) => {
      // What the element held, shown in the preview: worked out only for the elements that change.
      let shown: string | undefined;
      const before = () => {
        shown ??= display(element);
        return shown;
      };
      const remove = () => {
        remember(element, tag);
        delete parent[tag];
        note(path, tag, 'removed', before(), '');
      };
      const empty = () => {
        const was = before();
        remember(element, tag);
        element.Value = [];
        delete element._rawValue;
        note(path, tag, 'emptied', was, '');
      };
      const replaceText = (text: string) => {
        const was = before();
        remember(element, tag);
        setText(element, text);
        note(path, tag, 'replaced', was, text);
      };

      if (isPrivateTag(tag) || isCurveOrOverlayText(tag) || tag === '00880200') return remove();
      if (tag === '00100010') return replaceText(newName);
      if (tag === '00100020') return replaceText(newId);
      if (BIRTH.has(tag)) return element.Value?.length ? empty() : undefined;
      if (options.retainPatientCharacteristics && PATIENT_CHARACTERISTICS.has(tag)) return;
      if (options.retainDescriptions && DESCRIPTIONS.has(tag)) return;

      const action: ProfileAction | undefined = basicProfileAction(tag);
      if (element.vr === 'DA' || element.vr === 'DT') {
        if (dates === 'empty') return action === 'X' ? remove() : element.Value?.length ? empty() : undefined;
        const shift = element.vr === 'DA' ? shiftDicomDate : shiftDicomDateTime;
        const was = before();
        const values = (element.Value ?? []).map((value) =>
          shift(String(value ?? ''), options.batch.dateShiftDays),
        );
        element.Value = values;
        delete element._rawValue;
        if (values.join('\\') !== was) note(path, tag, 'shifted', was, values.join('\\'));
        return;
      }
      if (element.vr === 'TM' && dates === 'shift') return;

      const remapValues = () => {
        const was = before();
        const values = (element.Value ?? []).map((value) => String(value ?? '').replace(/\0/g, ''));
        pending.push(
          Promise.all(values.map((uid) => (uid ? remapUid(options.batch, uid) : ''))).then((mapped) => {
            for (const uid of values)
              if (uid.length >= 10) identifying.push({ text: uid, bytes: encodings(uid, undefined) });
            element.Value = mapped;
            delete element._rawValue;
            note(path, tag, 'remapped', was, mapped.join('\\'));
          }),
        );
      };
      switch (action) {
        case 'X':
          return remove();
        case 'Z':
          return element.Value?.length ? empty() : undefined;
        case 'D': {
          if (element.vr === 'UI') return remapValues();
          const was = before();
          remember(element, tag);
          element.Value = dummyValue(element.vr);
          delete element._rawValue;
          return note(path, tag, 'replaced', was, display(element));
        }
        case 'U':
          return element.vr === 'UI' ? remapValues() : undefined;
        default:
          if (element.vr === 'UI' && (element.Value ?? []).some((value) => replacedUids.has(String(value)))) {
            return remapValues();
          }
      }
    });
    await Promise.all(pending);

    const add = (tag: string, element: DenaturalizedElement) => {
      const existed = dict[tag] !== undefined;
      dict[tag] = element;
      if (!existed) note(`(${tag.slice(0, 4)},${tag.slice(4)})`, tag, 'added', '', display(element));
    };
    if (!dict['00100010']) add('00100010', { vr: 'PN', Value: [newName] });
    if (!dict['00100020']) add('00100020', { vr: 'LO', Value: [newId] });
    add('00120062', { vr: 'CS', Value: ['YES'] });
    const methods = ['Basic Application Confidentiality Profile'];
    const codes = [CODE('113100', 'Basic Application Confidentiality Profile')];
    if (dates === 'shift') {
      methods.push('Dates shifted');
      codes.push(CODE('113107', 'Retain Longitudinal Temporal Information Modified Dates Option'));
    }
    if (options.retainPatientCharacteristics) {
      methods.push('Patient characteristics kept');
      codes.push(CODE('113108', 'Retain Patient Characteristics Option'));
    }
    add('00120063', { vr: 'LO', Value: methods });
    add('00120064', { vr: 'SQ', Value: codes });
    add('00280303', { vr: 'CS', Value: [dates === 'shift' ? 'MODIFIED' : 'REMOVED'] });
  };

  const result = await rewriteDicom(input, fileName, transform);
  for (const { text, bytes } of identifying) {
    if (bytes.some((needle) => contains(result.dataSetBytes, needle))) {
      throw new DeidentifyError(fileName, 'identifier-remains', `${text.length} characters`);
    }
  }
  return {
    parts: result.parts,
    length: result.length,
    changes,
    inputHeader: result.inputHeader,
    header: result.header,
  };
}

/** De-identifies one file held in memory. Throws `DeidentifyError` when it cannot be done safely. */
export async function deidentifyDicomBytes(
  input: Uint8Array,
  options: DeidentifyOptions,
): Promise<DeidentifyBytesResult> {
  const { parts, length, ...report } = await deidentify(input, options);
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    if (!(part instanceof Uint8Array)) throw new Error('in-memory input gave a Blob part');
    bytes.set(part, at);
    at += part.length;
  }
  return { ...report, bytes };
}

function nameOf(file: Blob, options: DeidentifyOptions): string {
  return options.fileName ?? (typeof File !== 'undefined' && file instanceof File ? file.name : 'file');
}

/**
 * De-identifies one file, with the list of changes (the before/after preview). A large file is read only
 * up to its pixel data. Throws `DeidentifyError` when it cannot be done safely.
 */
export async function deidentifyDicomWithReport(
  file: Blob,
  options: DeidentifyOptions,
): Promise<DeidentifyResult> {
  const {
    parts,
    length: _length,
    ...report
  } = await deidentify(file, { ...options, fileName: nameOf(file, options) });
  return { ...report, blob: new Blob(parts as BlobPart[], { type: 'application/dicom' }) };
}

/** The de-identified copy of one file, as `application/dicom`. */
export async function deidentifyDicom(file: Blob, options: DeidentifyOptions): Promise<Blob> {
  return (await deidentifyDicomWithReport(file, options)).blob;
}
