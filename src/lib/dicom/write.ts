import { IMPLICIT_VR_LITTLE_ENDIAN, toBytes } from './tags';

/**
 * Writing DICOM with dcmjs, loaded lazily (`await import('dcmjs')`) so that it only reaches the pages that
 * must rewrite a file (anonymization in the simulated library, test fixtures).
 */

/** dcmjs naturalized keywords (`PatientName`, `PatientID`, `StudyInstanceUID`…) → values. */
export type DicomKeywordValues = Record<string, string>;

const SECONDARY_CAPTURE = '1.2.840.10008.5.1.4.1.1.7';

export interface CreateDicomOptions {
  /** The transfer syntax of the Part-10 file; `null` writes a raw data set with no meta header (and no transfer syntax). */
  transferSyntaxUid?: string | null;
}

/** A small valid DICOM file (no pixel data) with the given tags: for fixtures and demos. */
export async function createDicomFile(
  values: DicomKeywordValues,
  options: CreateDicomOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const { data } = (await import('dcmjs')).default;
  const transferSyntax =
    options.transferSyntaxUid === undefined ? IMPLICIT_VR_LITTLE_ENDIAN : options.transferSyntaxUid;
  const sopInstanceUid = values.SOPInstanceUID ?? data.DicomMetaDictionary.uid();
  const sopClassUid = values.SOPClassUID ?? SECONDARY_CAPTURE;
  const meta = data.DicomMetaDictionary.denaturalizeDataset({
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: sopClassUid,
    MediaStorageSOPInstanceUID: sopInstanceUid,
    TransferSyntaxUID: transferSyntax ?? IMPLICIT_VR_LITTLE_ENDIAN,
    ImplementationClassUID: '1.2.826.0.1.3680043.10.1',
  });
  const dict = new data.DicomDict(meta);
  dict.dict = data.DicomMetaDictionary.denaturalizeDataset({
    SOPClassUID: sopClassUid,
    SOPInstanceUID: sopInstanceUid,
    StudyInstanceUID: data.DicomMetaDictionary.uid(),
    SeriesInstanceUID: data.DicomMetaDictionary.uid(),
    ...values,
  });
  const part10 = new Uint8Array(dict.write());
  if (transferSyntax !== null) return part10;
  // Raw data set: drop the preamble, the prefix and the meta group, whose length is (0002,0000).
  const view = new DataView(part10.buffer, part10.byteOffset, part10.byteLength);
  const groupLength = view.getUint32(132 + 8, true);
  return part10.slice(132 + 12 + groupLength);
}

/**
 * Rewrites data-set tags of a Part-10 file (e.g. anonymization). Throws when dcmjs cannot read the file,
 * which is the case of a raw data set without a transfer syntax.
 */
export async function rewriteDicomTags(
  input: Blob | ArrayBuffer | Uint8Array,
  values: DicomKeywordValues,
): Promise<Uint8Array<ArrayBuffer>> {
  const { data } = (await import('dcmjs')).default;
  const bytes = await toBytes(input);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const dict = data.DicomMessage.readFile(buffer);
  const natural = data.DicomMetaDictionary.naturalizeDataset(dict.dict);
  dict.dict = data.DicomMetaDictionary.denaturalizeDataset({ ...natural, ...values });
  return new Uint8Array(dict.write());
}
