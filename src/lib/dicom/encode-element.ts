import type { DenaturalizedDataset, DenaturalizedElement } from 'dcmjs';
import {
  EXPLICIT_VR_BIG_ENDIAN,
  EXPLICIT_VR_LITTLE_ENDIAN,
  IMPLICIT_VR_LITTLE_ENDIAN,
} from './transfer-syntaxes';

/** Text VRs with a 2-byte length in explicit VR, and those with a 4-byte length (after 2 reserved bytes). */
const SHORT_LENGTH_VRS: ReadonlySet<string> = new Set([
  'AE',
  'AS',
  'CS',
  'DA',
  'DT',
  'LO',
  'LT',
  'PN',
  'SH',
  'ST',
  'TM',
  'UI',
]);
const LONG_LENGTH_VRS: ReadonlySet<string> = new Set(['UC', 'UR', 'UT']);
const utf8 = new TextEncoder();

/**
 * One top-level text element, encoded as dcmjs writes it (UTF-8, values joined by `\`, padded to an even
 * length with NUL for UI and a space otherwise), without dcmjs's several write streams per element: most of
 * what a de-identification changes is of this kind (UIDs, dates, names). `text` is the element's value as
 * one string (`textOf`). Returns null for what is left to dcmjs: numbers, binary values, sequences, a value
 * too long for its length field.
 */
export function encodeTextElement(
  tag: string,
  element: DenaturalizedElement,
  text: string,
  syntax: string,
): Uint8Array | null {
  const { vr } = element;
  const long = LONG_LENGTH_VRS.has(vr);
  if (!long && !SHORT_LENGTH_VRS.has(vr)) return null;
  for (const value of element.Value ?? []) {
    if (typeof value === 'string') continue;
    if (vr === 'PN' && value && typeof value === 'object') continue;
    return null;
  }
  const encoded = utf8.encode(text);
  const length = encoded.length + (encoded.length % 2);
  const implicit = syntax === IMPLICIT_VR_LITTLE_ENDIAN;
  if (!implicit && !long && length > 0xfffe) return null;
  const headerLength = implicit ? 8 : long ? 12 : 8;
  const out = new Uint8Array(headerLength + length);
  const view = new DataView(out.buffer);
  const littleEndian = syntax !== EXPLICIT_VR_BIG_ENDIAN;
  view.setUint16(0, Number.parseInt(tag.slice(0, 4), 16), littleEndian);
  view.setUint16(2, Number.parseInt(tag.slice(4, 8), 16), littleEndian);
  if (implicit) view.setUint32(4, length, true);
  else {
    out[4] = vr.charCodeAt(0);
    out[5] = vr.charCodeAt(1);
    if (long) view.setUint32(8, length, littleEndian);
    else view.setUint16(6, length, littleEndian);
  }
  out.set(encoded, headerLength);
  if (length > encoded.length) out[headerLength + encoded.length] = vr === 'UI' ? 0 : 0x20;
  return out;
}

/**
 * A sequence whose items hold only text elements and sequences of the same kind, encoded as dcmjs writes it
 * (undefined lengths: each item ends with an item delimiter, the sequence with a sequence delimiter; elements
 * in tag order). `textOf` gives an element's value as one string. Returns null when any element inside is
 * left to dcmjs.
 */
export function encodeSequence(
  tag: string,
  element: DenaturalizedElement,
  textOf: (element: DenaturalizedElement) => string,
  syntax: string,
): Uint8Array | null {
  if (element.vr !== 'SQ') return null;
  const parts: Uint8Array[] = [];
  const implicit = syntax === IMPLICIT_VR_LITTLE_ENDIAN;
  const littleEndian = syntax !== EXPLICIT_VR_BIG_ENDIAN;
  const marker = (group: number, elementNumber: number, length: number) => {
    const out = new Uint8Array(8);
    const view = new DataView(out.buffer);
    view.setUint16(0, group, littleEndian);
    view.setUint16(2, elementNumber, littleEndian);
    view.setUint32(4, length, littleEndian);
    return out;
  };
  const header = new Uint8Array(implicit ? 8 : 12);
  const view = new DataView(header.buffer);
  view.setUint16(0, Number.parseInt(tag.slice(0, 4), 16), littleEndian);
  view.setUint16(2, Number.parseInt(tag.slice(4, 8), 16), littleEndian);
  if (implicit) view.setUint32(4, 0xffffffff, littleEndian);
  else {
    header[4] = 0x53; // S
    header[5] = 0x51; // Q
    view.setUint32(8, 0xffffffff, littleEndian);
  }
  parts.push(header);
  for (const item of element.Value ?? []) {
    if (!item || typeof item !== 'object') return null;
    parts.push(marker(0xfffe, 0xe000, 0xffffffff));
    const dataset = item as DenaturalizedDataset;
    for (const child of Object.keys(dataset).sort()) {
      const value = dataset[child] as DenaturalizedElement;
      const bytes =
        value.vr === 'SQ'
          ? encodeSequence(child, value, textOf, syntax)
          : encodeTextElement(child, value, textOf(value), syntax);
      if (!bytes) return null;
      parts.push(bytes);
    }
    parts.push(marker(0xfffe, 0xe00d, 0));
  }
  parts.push(marker(0xfffe, 0xe0dd, 0));
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Preamble, `DICM` and the file meta group (version, SOP class and instance, transfer syntax, implementation
 * class UID and version name), as dcmjs's `DicomDict.write` writes them with no data set.
 */
export function encodeMetaHeader(meta: {
  sopClassUid: string;
  sopInstanceUid: string;
  transferSyntaxUid: string;
  implementationClassUid: string;
  implementationVersionName: string;
}): Uint8Array {
  const text = (tag: string, vr: string, value: string) =>
    encodeTextElement(tag, { vr, Value: [value] }, value, EXPLICIT_VR_LITTLE_ENDIAN) as Uint8Array;
  // (0002,0001) OB 00 01: tag, VR, 2 reserved bytes, 4-byte length, the two bytes.
  const version = new Uint8Array([0x02, 0, 0x01, 0, 0x4f, 0x42, 0, 0, 2, 0, 0, 0, 0, 1]);
  const elements = [
    version,
    text('00020002', 'UI', meta.sopClassUid),
    text('00020003', 'UI', meta.sopInstanceUid),
    text('00020010', 'UI', meta.transferSyntaxUid),
    text('00020012', 'UI', meta.implementationClassUid),
    text('00020013', 'SH', meta.implementationVersionName),
  ];
  const groupLength = elements.reduce((sum, element) => sum + element.length, 0);
  const out = new Uint8Array(128 + 4 + 12 + groupLength);
  out.set([0x44, 0x49, 0x43, 0x4d], 128); // DICM
  // (0002,0000) UL, 4 bytes: the group's length.
  out.set([0x02, 0, 0, 0, 0x55, 0x4c, 4, 0], 132);
  new DataView(out.buffer).setUint32(140, groupLength, true);
  let at = 144;
  for (const element of elements) {
    out.set(element, at);
    at += element.length;
  }
  return out;
}
