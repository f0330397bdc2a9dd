import type { DataSet } from 'dicom-parser';
import { type BurnedInTextReason, burnedInTextReason } from './burned-in';
import { type CharacterSet, characterSetOf, charsetWarnings, decodeDicomText, TEXT_VRS } from './charset';
import { normalizeDicomDate } from './dates';
import { DicomReadError } from './errors';
import {
  type DicomLayout,
  type LocatedDicom,
  locateDicom,
  type ParsedDicom,
  ParseFailure,
  parseHeader,
} from './parse';
import { isEncapsulatedSyntax } from './transfer-syntaxes';

/**
 * `readDicomHeader`: the patient / study / series / instance of one file, read from a leading slice of it
 * (64 KB first; four times more each time the header runs past the slice, up to the whole file only when
 * nothing comes after the header's groups), with every text decoded to Unicode. Parsing stops at the first
 * element after group 0028 (./parse.ts `parseHeader`), so never at or beyond the pixel data.
 */

export interface DicomHeader {
  fileName: string;
  /** Size of the whole file, in bytes. */
  fileSize: number;
  /** How many leading bytes were read to get the header. */
  bytesRead: number;
  layout: DicomLayout;
  /** Whether the file has the Part-10 meta header (raw data sets have none, hence no transfer syntax of their own). */
  isPart10: boolean;
  /** (0002,0010), or for a raw data set the encoding it was found in. */
  transferSyntaxUid: string;
  /** Encapsulated (compressed) pixel data: JPEG, JPEG-LS, JPEG 2000, RLE, MPEG… */
  encapsulated: boolean;
  /** (0008,0005) as written, values joined with `\`; '' when absent. */
  specificCharacterSet: string;
  patientName: string;
  patientId: string;
  otherPatientIds: string;
  /** `YYYYMMDD` (old `YYYY.MM.DD` dates are normalised), '' when absent or unreadable. */
  patientBirthDate: string;
  patientSex: string;
  studyInstanceUid: string;
  seriesInstanceUid: string;
  sopInstanceUid: string;
  sopClassUid: string;
  /** (0002,0002) of the meta header ('' for a raw data set). */
  mediaStorageSopClassUid: string;
  studyDate: string;
  studyTime: string;
  studyDescription: string;
  studyId: string;
  accessionNumber: string;
  referringPhysicianName: string;
  institutionName: string;
  seriesDescription: string;
  seriesNumber: string;
  instanceNumber: string;
  modality: string;
  numberOfFrames: number;
  hasPixelData: boolean;
  /** (0012,0062) is YES. */
  patientIdentityRemoved: boolean;
  /** (0028,0301) as written (YES / NO / ''). */
  burnedInAnnotation: string;
  /** The pixels (or an embedded document) may show identifying text that tag rewriting does not remove. */
  burnedInTextRisk: boolean;
  burnedInTextReason: BurnedInTextReason | null;
  /**
   * Problems worth showing, as `code` or `code:detail`: `charset-unsupported:<term>`, `charset-invalid-bytes:<set>`,
   * `charset-unknown-escape`, `charset-undeclared-latin1`, `charset-undeclared-utf8`, `charset-undeclared`,
   * `no-transfer-syntax` (a raw data set), `parser:<dicom-parser warning>`.
   */
  warnings: string[];
}

type TextField =
  | 'patientName'
  | 'patientId'
  | 'otherPatientIds'
  | 'patientSex'
  | 'studyInstanceUid'
  | 'seriesInstanceUid'
  | 'sopInstanceUid'
  | 'sopClassUid'
  | 'studyTime'
  | 'studyDescription'
  | 'studyId'
  | 'accessionNumber'
  | 'referringPhysicianName'
  | 'institutionName'
  | 'seriesDescription'
  | 'seriesNumber'
  | 'instanceNumber'
  | 'modality';

/** The tags read, in dicom-parser notation, with their VR (implicit files carry none). */
const FIELDS: Record<TextField, [tag: string, vr: string]> = {
  patientName: ['x00100010', 'PN'],
  patientId: ['x00100020', 'LO'],
  otherPatientIds: ['x00101000', 'LO'],
  patientSex: ['x00100040', 'CS'],
  studyInstanceUid: ['x0020000d', 'UI'],
  seriesInstanceUid: ['x0020000e', 'UI'],
  sopInstanceUid: ['x00080018', 'UI'],
  sopClassUid: ['x00080016', 'UI'],
  studyTime: ['x00080030', 'TM'],
  studyDescription: ['x00081030', 'LO'],
  studyId: ['x00200010', 'SH'],
  accessionNumber: ['x00080050', 'SH'],
  referringPhysicianName: ['x00080090', 'PN'],
  institutionName: ['x00080080', 'LO'],
  seriesDescription: ['x0008103e', 'LO'],
  seriesNumber: ['x00200011', 'IS'],
  instanceNumber: ['x00200013', 'IS'],
  modality: ['x00080060', 'CS'],
};

const INITIAL_SLICE = 64 * 1024;
const GROWTH = 4;
const DICOMDIR_SOP_CLASS = '1.2.840.10008.1.3.10';
const UID = /^[0-9]+(\.[0-9]+)*$/;
const IDENTIFYING = ['x00080016', 'x00080018', 'x0020000d'];

const DEFAULT_CHARSET = characterSetOf('');

function isPadding(byte: number): boolean {
  return byte === 0x20 || byte === 0x00;
}

/** Reads a text element: decoded per Specific Character Set for text VRs, ASCII otherwise; padding removed. */
export function readText(
  dataSet: DataSet,
  tag: string,
  vr: string,
  charset: CharacterSet,
  problems: Set<string>,
): string {
  const element = dataSet.elements[tag];
  if (!element?.length) return '';
  const array = dataSet.byteArray;
  let start = element.dataOffset;
  let end = start + element.length;
  if (end > array.length) return '';
  while (end > start && isPadding(array[end - 1] as number)) end--;
  while (start < end && isPadding(array[start] as number)) start++;
  const bytes = array.subarray(start, end);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte >= 0x80 || byte === 0x1b) {
      if (TEXT_VRS.has(vr)) return decodeDicomText(bytes, charset, vr, problems).trim();
      return Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : '\uFFFD')).join('');
    }
  }
  return String.fromCharCode.apply(null, bytes as unknown as number[]);
}

/** The header fields of a parsed data set (shared by `readDicomHeader` and the whole-file readers). */
export function headerFromDataSet(
  parsed: ParsedDicom,
  file: { fileName: string; fileSize: number; bytesRead: number },
): DicomHeader {
  const { dataSet } = parsed;
  const problems = new Set<string>();
  const charset = characterSetOf(readText(dataSet, 'x00080005', 'CS', DEFAULT_CHARSET, problems));
  const fields = {} as Record<TextField, string>;
  for (const key in FIELDS) {
    const [tag, vr] = FIELDS[key as TextField];
    fields[key as TextField] = readText(dataSet, tag, vr, charset, problems);
  }
  const date = (tag: string) => normalizeDicomDate(readText(dataSet, tag, 'DA', charset, problems));
  const pixel = dataSet.elements.x7fe00010;
  // A header parse stops before the pixel data: Rows and Columns (Image Pixel module) say there is some.
  const hasPixelData =
    pixel !== undefined ||
    dataSet.elements.x7fe00008 !== undefined ||
    dataSet.elements.x7fe00009 !== undefined ||
    (dataSet.elements.x00280010 !== undefined && dataSet.elements.x00280011 !== undefined);
  const burnedInAnnotation = readText(dataSet, 'x00280301', 'CS', charset, problems).toUpperCase();
  const reason = burnedInTextReason({
    burnedInAnnotation,
    modality: fields.modality,
    sopClassUid: fields.sopClassUid,
    hasPixelData,
  });
  const warnings: string[] =
    problems.size > 0 || charset.unsupported.length > 0 ? [...charsetWarnings(charset, problems)] : [];
  if (parsed.meta === null) warnings.push('no-transfer-syntax');
  for (const warning of dataSet.warnings ?? []) warnings.push(`parser:${warning}`);
  const frames = Number.parseInt(readText(dataSet, 'x00280008', 'IS', charset, problems), 10);
  return {
    fileName: file.fileName,
    fileSize: file.fileSize,
    bytesRead: file.bytesRead,
    layout: parsed.layout,
    isPart10: parsed.meta !== null,
    transferSyntaxUid: parsed.transferSyntaxUid,
    encapsulated:
      isEncapsulatedSyntax(parsed.transferSyntaxUid) ||
      (pixel !== undefined && (pixel as { hadUndefinedLength?: boolean }).hadUndefinedLength === true),
    specificCharacterSet: charset.raw,
    ...fields,
    mediaStorageSopClassUid: parsed.meta ? readText(parsed.meta, 'x00020002', 'UI', charset, problems) : '',
    patientBirthDate: date('x00100030'),
    studyDate: date('x00080020'),
    numberOfFrames: Number.isFinite(frames) && frames > 0 ? frames : hasPixelData ? 1 : 0,
    hasPixelData,
    patientIdentityRemoved: readText(dataSet, 'x00120062', 'CS', charset, problems).toUpperCase() === 'YES',
    burnedInAnnotation,
    burnedInTextRisk: reason !== null,
    burnedInTextReason: reason,
    warnings,
  };
}

/** Refuses what cannot be sent: a DICOMDIR, or a file with no SOP Instance UID (nothing identifies it). */
function checkSendable(header: DicomHeader, located: LocatedDicom): DicomHeader {
  if (header.sopClassUid === DICOMDIR_SOP_CLASS || header.mediaStorageSopClassUid === DICOMDIR_SOP_CLASS)
    throw new DicomReadError(header.fileName, 'dicomdir');
  const hasUid = UID.test(header.sopInstanceUid) || UID.test(header.studyInstanceUid);
  if (!hasUid && located.rawTransferSyntax) {
    // Any bytes "parse" as an implicit data set of garbage; without one identifying UID it is not DICOM.
    throw new DicomReadError(header.fileName, 'not-dicom', 'no DICM prefix and no identifying UID');
  }
  if (!UID.test(header.sopInstanceUid)) throw new DicomReadError(header.fileName, 'missing-identifiers');
  return header;
}

/** Parses the header of complete bytes (a whole file in memory). */
export function readDicomHeaderFromBytes(bytes: Uint8Array, fileName = 'file'): DicomHeader {
  if (bytes.length === 0) throw new DicomReadError(fileName, 'empty-file');
  const located = locateDicom(bytes);
  if (!located) throw new DicomReadError(fileName, 'not-dicom', 'no DICM prefix and no data set');
  try {
    const parsed = parseHeader(located, true);
    const header = headerFromDataSet(parsed, { fileName, fileSize: bytes.length, bytesRead: bytes.length });
    return checkSendable(header, located);
  } catch (error) {
    if (error instanceof DicomReadError) throw error;
    const reason = error instanceof ParseFailure ? error.reason : String(error);
    throw new DicomReadError(fileName, located.rawTransferSyntax ? 'not-dicom' : 'unreadable', reason, {
      cause: error,
    });
  }
}

export interface ReadHeaderOptions {
  /** Used in errors when the Blob is not a File. */
  fileName?: string;
  /** First slice size (default 64 KB). */
  initialBytes?: number;
}

function nameOf(file: Blob, fallback?: string): string {
  if (fallback) return fallback;
  return typeof File !== 'undefined' && file instanceof File ? file.name : 'file';
}

async function readSlice(file: Blob, size: number, fileName: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.slice(0, size).arrayBuffer());
  } catch (error) {
    throw new DicomReadError(fileName, 'read-failed', error instanceof Error ? error.message : '', {
      cause: error,
    });
  }
}

/**
 * Reads the header of one DICOM file, stopping before the pixel data. Throws `DicomReadError` (with a `code`
 * and dicom-parser's reason in `detail`) when the file is not DICOM, cannot be read, or cannot be sent.
 */
export async function readDicomHeader(file: Blob, options: ReadHeaderOptions = {}): Promise<DicomHeader> {
  const fileName = nameOf(file, options.fileName);
  if (file.size === 0) throw new DicomReadError(fileName, 'empty-file');
  let size = Math.min(options.initialBytes ?? INITIAL_SLICE, file.size);
  for (;;) {
    const bytes = await readSlice(file, size, fileName);
    const whole = size >= file.size;
    const located = locateDicom(bytes, file.size);
    if (!located) throw new DicomReadError(fileName, 'not-dicom', 'no DICM prefix and no data set');
    let parsed: ParsedDicom | null = null;
    let failure: unknown = null;
    try {
      parsed = parseHeader(located, whole);
    } catch (error) {
      failure = error;
    }
    if (parsed && (parsed.complete || whole)) {
      const header = headerFromDataSet(parsed, { fileName, fileSize: file.size, bytesRead: size });
      return checkSendable(header, located);
    }
    const seen = parsed?.dataSet ?? (failure instanceof ParseFailure ? failure.partial : null);
    if (located.rawTransferSyntax && !IDENTIFYING.some((tag) => seen?.elements[tag])) {
      // A raw data set starts with group 0008: garbage that merely looks like a first element stops here,
      // without reading the rest of a large non-DICOM file.
      throw new DicomReadError(fileName, 'not-dicom', 'no DICM prefix and no identifying UID');
    }
    if (whole) {
      const reason = failure instanceof ParseFailure ? failure.reason : String(failure);
      throw new DicomReadError(fileName, located.rawTransferSyntax ? 'not-dicom' : 'unreadable', reason, {
        cause: failure,
      });
    }
    // The header runs past the slice (a long private header, a waveform, a big sequence): read more.
    size = Math.min(file.size, size * GROWTH);
  }
}
