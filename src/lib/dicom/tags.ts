import { DicomReadError } from './errors';
import { type DicomHeader, readDicomHeader, readDicomHeaderFromBytes } from './header';
import { EXPLICIT_VR_LITTLE_ENDIAN, IMPLICIT_VR_LITTLE_ENDIAN } from './transfer-syntaxes';

/**
 * The short form of a header that the PostDICOM simulation stores (mocks/postdicom): kept for it, built on
 * `readDicomHeader`, so it gets the same character-set decoding, header-only reads and error reasons.
 */

export { DicomReadError, EXPLICIT_VR_LITTLE_ENDIAN, IMPLICIT_VR_LITTLE_ENDIAN };

export type DicomInput = Blob | ArrayBuffer | Uint8Array;

export interface DicomTags {
  /** (0002,0010) from the Part-10 meta header; null for a raw data set (no meta header, no transfer syntax). */
  transferSyntaxUid: string | null;
  /** Whether the file has the Part-10 meta header. */
  isPart10: boolean;
  patientName: string;
  patientId: string;
  otherPatientIds: string;
  patientBirthDate: string;
  patientSex: string;
  studyInstanceUid: string;
  studyDate: string;
  studyTime: string;
  studyDescription: string;
  accessionNumber: string;
  referringPhysicianName: string;
  institutionName: string;
  modality: string;
  seriesInstanceUid: string;
  seriesNumber: string;
  seriesDescription: string;
  sopInstanceUid: string;
  sopClassUid: string;
}

/** `ArrayBuffer.isView`, not `instanceof`: arrays from another realm (jsdom, a worker) are not this realm's. */
export async function toBytes(input: DicomInput): Promise<Uint8Array> {
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer || Object.prototype.toString.call(input) === '[object ArrayBuffer]')
    return new Uint8Array(input as ArrayBuffer);
  return new Uint8Array(await (input as Blob).arrayBuffer());
}

/** Whether the bytes start with the 128-byte preamble and the "DICM" prefix. */
export function hasPart10Prefix(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 132 &&
    bytes[128] === 0x44 &&
    bytes[129] === 0x49 &&
    bytes[130] === 0x43 &&
    bytes[131] === 0x4d
  );
}

export function tagsFromHeader(header: DicomHeader): DicomTags {
  return {
    transferSyntaxUid: header.isPart10 ? header.transferSyntaxUid : null,
    isPart10: header.isPart10,
    patientName: header.patientName,
    patientId: header.patientId,
    otherPatientIds: header.otherPatientIds,
    patientBirthDate: header.patientBirthDate,
    patientSex: header.patientSex,
    studyInstanceUid: header.studyInstanceUid,
    studyDate: header.studyDate,
    studyTime: header.studyTime,
    studyDescription: header.studyDescription,
    accessionNumber: header.accessionNumber,
    referringPhysicianName: header.referringPhysicianName,
    institutionName: header.institutionName,
    modality: header.modality,
    seriesInstanceUid: header.seriesInstanceUid,
    seriesNumber: header.seriesNumber,
    seriesDescription: header.seriesDescription,
    sopInstanceUid: header.sopInstanceUid,
    sopClassUid: header.sopClassUid,
  };
}

/** Reads the patient / study / series / instance tags of one DICOM file. Throws `DicomReadError`. */
export async function readDicomTags(input: DicomInput, fileName?: string): Promise<DicomTags> {
  if (!ArrayBuffer.isView(input) && typeof (input as Blob).slice === 'function' && 'size' in input)
    return tagsFromHeader(await readDicomHeader(input as Blob, { fileName }));
  return tagsFromHeader(readDicomHeaderFromBytes(await toBytes(input), fileName ?? 'file'));
}

/** Whether the bytes are DICOM that can be sent. */
export async function isDicom(input: DicomInput): Promise<boolean> {
  try {
    await readDicomTags(input);
    return true;
  } catch {
    return false;
  }
}

/** `LAST^FIRST^MIDDLE` → parts (DICOM PN, alphabetic component group only). */
export function splitPersonName(value: string): { last: string; first: string; middle: string } {
  const [alphabetic = ''] = value.split('=');
  const [last = '', first = '', middle = ''] = alphabetic.split('^');
  return { last: last.trim(), first: first.trim(), middle: middle.trim() };
}

/** `YYYYMMDD` (DICOM DA) → `YYYY-MM-DD`; '' when not a date. */
export function dicomDateToIso(value: string): string {
  const match = /^(\d{4})\.?(\d{2})\.?(\d{2})$/.exec(value.trim());
  return match ? `${match[1]}-${match[2]}-${match[3]}` : '';
}
