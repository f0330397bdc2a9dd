import { type DataSet, parseDicom } from 'dicom-parser';

/**
 * Framework-free helpers to read the header of a DICOM file with dicom-parser (never a home-made parser).
 * Works on a File / Blob, an ArrayBuffer or a Uint8Array.
 */

/** Implicit VR Little Endian: the encoding of a raw data set that carries no transfer syntax. */
export const IMPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2';
export const EXPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2.1';

export type DicomInput = Blob | ArrayBuffer | Uint8Array;

export interface DicomTags {
  /** (0002,0010) from the Part-10 meta header; null for a raw data set (no "DICM" preamble, no meta header). */
  transferSyntaxUid: string | null;
  /** Whether the file has the Part-10 preamble and "DICM" prefix. */
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

/** The data-set tags read into `DicomTags`, in dicom-parser's `xGGGGEEEE` notation. */
export const DICOM_TAGS = {
  patientName: 'x00100010',
  patientId: 'x00100020',
  otherPatientIds: 'x00101000',
  patientBirthDate: 'x00100030',
  patientSex: 'x00100040',
  studyInstanceUid: 'x0020000d',
  studyDate: 'x00080020',
  studyTime: 'x00080030',
  studyDescription: 'x00081030',
  accessionNumber: 'x00080050',
  referringPhysicianName: 'x00080090',
  institutionName: 'x00080080',
  modality: 'x00080060',
  seriesInstanceUid: 'x0020000e',
  seriesNumber: 'x00200011',
  seriesDescription: 'x0008103e',
  sopInstanceUid: 'x00080018',
  sopClassUid: 'x00080016',
} as const satisfies Record<Exclude<keyof DicomTags, 'transferSyntaxUid' | 'isPart10'>, string>;

/** The file could not be read as DICOM (not DICOM, truncated…). */
export class DicomReadError extends Error {
  constructor(
    readonly fileName: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${fileName}: ${message}`, options);
    this.name = 'DicomReadError';
  }
}

export async function toBytes(input: DicomInput): Promise<Uint8Array> {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  return new Uint8Array(await input.arrayBuffer());
}

/** Whether the bytes start with the 128-byte preamble and the "DICM" prefix. */
export function hasPart10Prefix(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 132 &&
    bytes[128] === 0x44 && // D
    bytes[129] === 0x49 && // I
    bytes[130] === 0x43 && // C
    bytes[131] === 0x4d // M
  );
}

function text(dataSet: DataSet, tag: string): string {
  return dataSet.string(tag)?.trim() ?? '';
}

function nameOf(input: DicomInput, fallback: string): string {
  return typeof File !== 'undefined' && input instanceof File ? input.name : fallback;
}

/** Parses the whole data set. Throws `DicomReadError` when the bytes are not DICOM. */
export function parseDicomBytes(
  bytes: Uint8Array,
  fileName = 'file',
): { dataSet: DataSet; isPart10: boolean } {
  const isPart10 = hasPart10Prefix(bytes);
  try {
    // A raw data set has no meta header: dicom-parser then needs the encoding, implicit VR LE by convention.
    const dataSet = isPart10
      ? parseDicom(bytes)
      : parseDicom(bytes, { TransferSyntaxUID: IMPLICIT_VR_LITTLE_ENDIAN });
    return { dataSet, isPart10 };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DicomReadError(fileName, `not a readable DICOM file (${reason})`, { cause: error });
  }
}

/** Reads the patient / study / series / instance tags of one DICOM file. */
export async function readDicomTags(input: DicomInput, fileName?: string): Promise<DicomTags> {
  const name = fileName ?? nameOf(input, 'file');
  const bytes = await toBytes(input);
  const { dataSet, isPart10 } = parseDicomBytes(bytes, name);
  const tags = Object.fromEntries(
    Object.entries(DICOM_TAGS).map(([key, tag]) => [key, text(dataSet, tag)]),
  ) as Omit<DicomTags, 'transferSyntaxUid' | 'isPart10'>;
  if (!isPart10 && !tags.sopInstanceUid && !tags.studyInstanceUid && !tags.patientId && !tags.modality) {
    // Any bytes "parse" as an implicit data set of garbage; without one identifying tag, it is not DICOM.
    throw new DicomReadError(name, 'not a DICOM file (no DICM prefix and no identifying tags)');
  }
  const transferSyntaxUid = isPart10 ? text(dataSet, 'x00020010') || null : null;
  return { ...tags, transferSyntaxUid, isPart10 };
}

/** Whether the bytes look like DICOM at all (Part-10 prefix, or a raw data set dicom-parser can read). */
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
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value.trim());
  return match ? `${match[1]}-${match[2]}-${match[3]}` : '';
}
