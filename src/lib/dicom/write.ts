import { TEXT_VRS } from './charset';
import { normalizeDicomDate } from './dates';
import { rewriteDicom, setText, textOf, walkDataset } from './rewrite';
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
 * Sets data-set tags of a DICOM file by dcmjs keyword (`PatientName`, `PatientID`…), as a vendor's simple
 * anonymization does (the PostDICOM simulation uses it). Built on the rewrite engine (./rewrite.ts): text
 * decoded by its character set and re-encoded, old dotted dates read, deflated files deflated again, pixel
 * data untouched. Where the file repeats a replaced value (the patient ID as Study ID, inside Other Patient
 * IDs Sequence or any nested item, inside free text), that copy is replaced too. Top-level private elements
 * are dropped (see ./rewrite.ts). Throws `DeidentifyError` when the file cannot be
 * rewritten safely.
 */
export async function rewriteDicomTags(
  input: Blob | ArrayBuffer | Uint8Array,
  values: DicomKeywordValues,
): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await toBytes(input);
  const result = await rewriteDicom(bytes, 'file', (dict, source) => {
    const { nameMap } = source.dcmjs.data.DicomMetaDictionary;
    for (const [keyword, value] of Object.entries(values)) {
      const entry = nameMap[keyword];
      if (!entry) throw new Error(`Unknown DICOM keyword: ${keyword}`);
      const tag = entry.tag.replace(/[(),]/g, '').toUpperCase();
      const previous = dict[tag] ? textOf(dict[tag]).trim() : '';
      const element = { vr: entry.vr, Value: [] as unknown[] };
      setText(element, entry.vr === 'DA' ? normalizeDicomDate(value) : value);
      dict[tag] = element;
      if (previous.length < 3) continue;
      walkDataset(dict, (_tag, other) => {
        if (other === element || !TEXT_VRS.has(other.vr)) return;
        const current = textOf(other);
        if (current.includes(previous)) setText(other, current.split(previous).join(value));
      });
    }
  });
  const out = new Uint8Array(result.length);
  let at = 0;
  for (const part of result.parts) {
    if (!(part instanceof Uint8Array)) throw new Error('in-memory input gave a Blob part');
    out.set(part, at);
    at += part.length;
  }
  return out;
}
