import dicomParser, { type DataSet, type Element } from 'dicom-parser';
import { Inflate, inflateSync } from 'fflate';
import { parserReason } from './errors';
import {
  DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN as DEFLATED,
  EXPLICIT_VR_BIG_ENDIAN,
  EXPLICIT_VR_LITTLE_ENDIAN,
  IMPLICIT_VR_LITTLE_ENDIAN,
} from './transfer-syntaxes';

/**
 * Finding the data set in a file's bytes and parsing it with dicom-parser (never a home-made parser):
 * - Part 10 with its 128-byte preamble and `DICM`;
 * - `DICM` at offset 0 (no preamble), or a meta group with neither preamble nor `DICM`;
 * - a raw data set with no meta header, in implicit VR little endian, explicit VR little endian or
 *   explicit VR big endian, told apart by its first element;
 * - deflated data sets, inflated with fflate (also a truncated slice, for header-only reads).
 * dicom-parser is a UMD bundle: only its default export exists in Node's ESM loader (the benchmark), so it is
 * imported as a whole.
 */

export type DicomLayout =
  | 'part10'
  | 'part10-no-preamble'
  | 'meta-no-prefix'
  | 'raw-implicit-le'
  | 'raw-explicit-le'
  | 'raw-explicit-be';

export interface LocatedDicom {
  /** What dicom-parser is given: the file's bytes, with a preamble (and `DICM`) put in front where missing. */
  bytes: Uint8Array;
  layout: DicomLayout;
  /** For a raw data set: the encoding its first element shows. */
  rawTransferSyntax: string | null;
}

const VRS = new Set(
  'AE AS AT CS DA DS DT FL FD IS LO LT OB OD OF OL OV OW PN SH SL SQ SS ST SV TM UC UI UL UN UR US UT UV'.split(
    ' ',
  ),
);

function isPrefix(bytes: Uint8Array, at: number): boolean {
  return bytes[at] === 0x44 && bytes[at + 1] === 0x49 && bytes[at + 2] === 0x43 && bytes[at + 3] === 0x4d;
}

function withPreamble(bytes: Uint8Array, prefix: boolean): Uint8Array {
  const head = prefix ? 132 : 128;
  const out = new Uint8Array(head + bytes.length);
  if (prefix) out.set([0x44, 0x49, 0x43, 0x4d], 128);
  out.set(bytes, head);
  return out;
}

const vrAt = (bytes: Uint8Array, at: number) =>
  String.fromCharCode(bytes[at] ?? 0) + String.fromCharCode(bytes[at + 1] ?? 0);

/** A plausible first group of a data set (meta 0002, identifying 0008, or the odd few that start at 0000/0004). */
const plausibleFirstGroup = (group: number) => group <= 0x0010 && group % 2 === 0;

/**
 * Where the data set is, or null when the bytes do not look like DICOM at all. `fileSize` (default: the
 * bytes given) bounds the first element's length of an implicit data set.
 */
export function locateDicom(bytes: Uint8Array, fileSize = bytes.length): LocatedDicom | null {
  if (bytes.length >= 132 && isPrefix(bytes, 128))
    return { bytes, layout: 'part10', rawTransferSyntax: null };
  if (bytes.length < 8) return null;
  if (isPrefix(bytes, 0)) {
    return {
      bytes: withPreamble(bytes.subarray(4), true),
      layout: 'part10-no-preamble',
      rawTransferSyntax: null,
    };
  }
  const groupLe = (bytes[0] as number) | ((bytes[1] as number) << 8);
  const groupBe = ((bytes[0] as number) << 8) | (bytes[1] as number);
  const explicit = VRS.has(vrAt(bytes, 4));
  if (groupLe === 0x0002 && explicit) {
    return { bytes: withPreamble(bytes, true), layout: 'meta-no-prefix', rawTransferSyntax: null };
  }
  if (explicit && groupLe !== 0 && plausibleFirstGroup(groupLe)) {
    return { bytes, layout: 'raw-explicit-le', rawTransferSyntax: EXPLICIT_VR_LITTLE_ENDIAN };
  }
  if (explicit && groupBe !== 0 && plausibleFirstGroup(groupBe)) {
    return { bytes, layout: 'raw-explicit-be', rawTransferSyntax: EXPLICIT_VR_BIG_ENDIAN };
  }
  if (!explicit && groupLe !== 0 && plausibleFirstGroup(groupLe)) {
    const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
    if (length === 0xffffffff || length <= fileSize - 8) {
      return { bytes, layout: 'raw-implicit-le', rawTransferSyntax: IMPLICIT_VR_LITTLE_ENDIAN };
    }
  }
  return null;
}

export interface ParsedDicom {
  /**
   * Header parses (`parseHeader`): whether everything a header needs was read, i.e. the parse reached group
   * 0029 or beyond (every header field lies in groups up to 0028), or the end of the whole file.
   */
  complete?: boolean;
  /** The data set. For a deflated file its `byteArray` is the inflated data set, not the file. */
  dataSet: DataSet;
  /** The file meta information, or null for a raw data set. */
  meta: DataSet | null;
  transferSyntaxUid: string;
  layout: DicomLayout;
  /** Whether (7FE0,0010) was reached (parsing stops there when `untilPixelData`). */
  reachedPixelData: boolean;
  /** Offset of the data set's first byte in `located.bytes` (0 for a raw data set; the inflated body starts at 0). */
  dataSetOffset: number;
}

export class ParseFailure extends Error {
  constructor(
    readonly reason: string,
    /** The elements dicom-parser read before it failed, when it says. */
    readonly partial: DataSet | null = null,
  ) {
    super(reason);
  }
}

function partialOf(error: unknown): DataSet | null {
  if (error && typeof error === 'object' && 'dataSet' in error)
    return (error as { dataSet: DataSet }).dataSet;
  return null;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Inflates as much of a (possibly truncated) raw deflate stream as there is. */
export function inflatePartial(body: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  const inflater = new Inflate();
  inflater.ondata = (chunk) => chunks.push(chunk);
  try {
    inflater.push(body, false);
  } catch {
    // A slice that ends mid-block: what was inflated so far is enough for a header.
  }
  return concat(chunks);
}

export interface ParseOptions {
  /** Stop at the pixel data (header-only reads). */
  untilPixelData?: boolean;
  /** The bytes are the whole file (false: a leading slice, a deflate stream may be cut). */
  whole: boolean;
}

/** The offset just past the meta group (the first byte of the data set) in a non-deflated Part-10 file. */
function endOfMeta(dataSet: DataSet): number {
  let end = 0;
  for (const tag in dataSet.elements) {
    if (!tag.startsWith('x0002')) continue;
    const element = dataSet.elements[tag] as { dataOffset: number; length: number };
    end = Math.max(end, element.dataOffset + element.length);
  }
  return end;
}

/** Parses a located data set with dicom-parser. Throws `ParseFailure` with dicom-parser's reason. */
export function parseLocated(located: LocatedDicom, options: ParseOptions): ParsedDicom {
  const { bytes, layout } = located;
  const inflater = (array: Uint8Array, position: number) =>
    options.whole ? inflateSync(array.subarray(position)) : inflatePartial(array.subarray(position));
  let dataSet: DataSet;
  try {
    dataSet = dicomParser.parseDicom(bytes, {
      untilTag: options.untilPixelData ? 'x7fe00010' : undefined,
      inflater,
      ...(located.rawTransferSyntax ? { TransferSyntaxUID: located.rawTransferSyntax } : {}),
    } as Parameters<typeof dicomParser.parseDicom>[1]);
  } catch (error) {
    throw new ParseFailure(parserReason(error), partialOf(error));
  }
  if (located.rawTransferSyntax) {
    return {
      dataSet,
      meta: null,
      transferSyntaxUid: located.rawTransferSyntax,
      layout,
      reachedPixelData: dataSet.elements.x7fe00010 !== undefined,
      dataSetOffset: 0,
    };
  }
  // A deflated data set is parsed from the inflated bytes: its meta elements point into the file, read apart.
  const inflated = dataSet.byteArray !== bytes;
  let meta: DataSet;
  try {
    meta = inflated ? dicomParser.readPart10Header(bytes) : dataSet;
  } catch (error) {
    throw new ParseFailure(parserReason(error));
  }
  const transferSyntaxUid = (meta.string('x00020010') ?? '').replace(/\0/g, '').trim();
  if (!transferSyntaxUid) throw new ParseFailure('the meta header has no transfer syntax (0002,0010)');
  return {
    dataSet,
    meta,
    transferSyntaxUid,
    layout,
    reachedPixelData: dataSet.elements.x7fe00010 !== undefined,
    dataSetOffset: inflated ? 0 : endOfMeta(dataSet),
  };
}

/** Every field of a header lies in groups up to 0028: a header parse stops at the first element after them. */
const HEADER_END_GROUP = 0x0029;

type ElementReader = (stream: InstanceType<typeof dicomParser.ByteStream>, warnings: string[]) => Element;

/**
 * Parses only what a header needs (groups up to 0028), with dicom-parser's element readers: private headers
 * in group 0029 and later (Siemens CSA…), waveforms, overlays and the pixel data are never parsed, and a
 * leading slice is enough for them. Throws `ParseFailure` with dicom-parser's reason.
 */
export function parseHeader(located: LocatedDicom, whole: boolean): ParsedDicom {
  const { bytes, layout } = located;
  let meta: DataSet | null = null;
  let transferSyntaxUid = located.rawTransferSyntax ?? '';
  let array = bytes;
  let position = 0;
  const warnings: string[] = [];
  const elements: Record<string, Element> = {};
  try {
    if (!located.rawTransferSyntax) {
      meta = dicomParser.readPart10Header(bytes);
      transferSyntaxUid = (meta.string('x00020010') ?? '').replace(/\0/g, '').trim();
      if (!transferSyntaxUid) throw new ParseFailure('the meta header has no transfer syntax (0002,0010)');
      position = (meta as DataSet & { position: number }).position;
      if (transferSyntaxUid === DEFLATED) {
        array = whole ? inflateSync(bytes.subarray(position)) : inflatePartial(bytes.subarray(position));
        position = 0;
      }
    }
    const parser =
      transferSyntaxUid === EXPLICIT_VR_BIG_ENDIAN
        ? dicomParser.bigEndianByteArrayParser
        : dicomParser.littleEndianByteArrayParser;
    const read: ElementReader =
      transferSyntaxUid === IMPLICIT_VR_LITTLE_ENDIAN
        ? (stream) => dicomParser.readDicomElementImplicit(stream, 'x7fe00010')
        : (stream, list) => dicomParser.readDicomElementExplicit(stream, list, 'x7fe00010');
    const stream = new dicomParser.ByteStream(parser, array, position);
    let complete = false;
    while (stream.position + 4 <= array.length) {
      if (parser.readUint16(array, stream.position) >= HEADER_END_GROUP) {
        complete = true;
        break;
      }
      const element = read(stream, warnings);
      if (element.length !== 0xffffffff && element.dataOffset + element.length > array.length) {
        if (whole) throw new ParseFailure(`the file ends inside element ${element.tag}`);
        break; // a slice: read more
      }
      elements[element.tag] = element;
    }
    if (!complete && whole && stream.position >= array.length) complete = true;
    const DataSetClass = (dicomParser as unknown as { DataSet: new (...args: unknown[]) => DataSet }).DataSet;
    const dataSet = new DataSetClass(parser, array, elements);
    dataSet.warnings = warnings;
    return {
      dataSet,
      meta,
      transferSyntaxUid,
      layout,
      reachedPixelData: false,
      dataSetOffset: position,
      complete,
    };
  } catch (error) {
    if (error instanceof ParseFailure) throw error;
    const DataSetClass = (dicomParser as unknown as { DataSet: new (...args: unknown[]) => DataSet }).DataSet;
    throw new ParseFailure(parserReason(error), new DataSetClass(null, array, elements));
  }
}
