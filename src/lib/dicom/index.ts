/**
 * The DICOM library: framework-free, used by the uploads page (through the worker, ./worker-client.ts) and by
 * the PostDICOM simulation. dcmjs is only imported by the rewriters, lazily.
 */
export { createDeidentifyBatch, type DeidentifyBatch, pseudonymFor, remapUid } from './batch';
export { BURNED_IN_TEXT_MODALITIES, type BurnedInTextReason, burnedInTextReason } from './burned-in';
export { type CharacterSet, characterSetOf, decodeDicomText } from './charset';
export { normalizeDicomDate, shiftDicomDate, shiftDicomDateTime } from './dates';
export {
  type DeidentifyAction,
  type DeidentifyBytesResult,
  type DeidentifyChange,
  type DeidentifyOptions,
  type DeidentifyReport,
  type DeidentifyResult,
  deidentifyDicom,
  deidentifyDicomBytes,
  deidentifyDicomWithReport,
} from './deidentify';
export {
  DeidentifyError,
  type DeidentifyErrorCode,
  DicomReadError,
  type DicomReadErrorCode,
  deserializeDicomError,
  parserReason,
  type SerializedDicomError,
  serializeDicomError,
} from './errors';
export {
  type DicomHeader,
  type ReadHeaderOptions,
  readDicomHeader,
  readDicomHeaderFromBytes,
} from './header';
export type { DicomLayout } from './parse';
export { type DicomTags, dicomDateToIso, readDicomTags, splitPersonName } from './tags';
export {
  DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN,
  EXPLICIT_VR_BIG_ENDIAN,
  EXPLICIT_VR_LITTLE_ENDIAN,
  IMPLICIT_VR_LITTLE_ENDIAN,
  isEncapsulatedSyntax,
  isRewritableSyntax,
  transferSyntaxName,
} from './transfer-syntaxes';
export { createDicomFile, type DicomKeywordValues, rewriteDicomTags } from './write';
