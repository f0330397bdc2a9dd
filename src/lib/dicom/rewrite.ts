import type { DenaturalizedDataset, DenaturalizedElement } from 'dcmjs';
import dicomParser, { type DataSet, type Element } from 'dicom-parser';
import { deflateSync } from 'fflate';
import { type CharacterSet, characterSetOf, decodeDicomText, TEXT_VRS } from './charset';
import { normalizeDicomDate } from './dates';
import { encodeMetaHeader, encodeSequence, encodeTextElement } from './encode-element';
import { DeidentifyError } from './errors';
import { type DicomHeader, headerFromDataSet } from './header';
import { locateDicom, type ParsedDicom, ParseFailure, parseLocated } from './parse';
import {
  DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN,
  EXPLICIT_VR_BIG_ENDIAN,
  EXPLICIT_VR_LITTLE_ENDIAN,
  IMPLICIT_VR_LITTLE_ENDIAN,
  isRewritableSyntax,
} from './transfer-syntaxes';

/**
 * The rewrite engine under `deidentifyDicom` and `rewriteDicomTags`. dcmjs (loaded lazily) reads and writes the
 * data set; everything else is kept out of its way:
 * - the pixel data element (and nothing after it: digital signatures, trailing padding) is cut out before
 *   dcmjs sees the file and appended back byte for byte, so encapsulated frames (JPEG, JPEG-LS, JPEG 2000,
 *   RLE) and big-endian pixels are never re-fragmented or re-encoded;
 * - private elements at the top level are dropped at the byte level (dcmjs never parses their content), and
 *   so are group lengths (gggg,0000), which would be wrong after any change;
 * - text: dcmjs decodes with a byte-transparent decoder (its own charset support refuses multi-valued sets
 *   and ignores ISO 2022 escapes), and this module decodes every text value with ./charset.ts. dcmjs then
 *   writes all text as UTF-8, so Specific Character Set becomes `ISO_IR 192` whenever any text is not ASCII;
 * - the output keeps the input's transfer syntax. A deflated input is written deflated again (the data set
 *   deflated with fflate); a raw data set gets a meta header with the encoding it was found in;
 * - only what changed is encoded again: a top-level element the transform left as it was (same value, same
 *   text) is copied byte for byte from the input, the others are written by dcmjs. This keeps rewriting a
 *   header of a few hundred elements cheap.
 */

export type Dcmjs = typeof import('dcmjs')['default'];
let dcmjsModule: Promise<Dcmjs> | null = null;

/** dcmjs, imported on first use (it never reaches the first route: only the worker loads it). */
export function loadDcmjs(): Promise<Dcmjs> {
  dcmjsModule ??= import('dcmjs').then((module) => module.default);
  return dcmjsModule;
}

/** Our implementation class UID (PS3.7 D.3.3.2) and version name, written in every rewritten meta header. */
export const IMPLEMENTATION_CLASS_UID = '2.25.203926152127530982452387651094362931981';
export const IMPLEMENTATION_VERSION_NAME = 'FOCONSOLE_1';

// dcmjs's default decoder is WHATWG "latin1" (windows-1252), which maps the 256 byte values to 256 distinct
// code points: its output is turned back into the exact bytes.
let latin1Bytes: Map<number, number> | null = null;
function bytesOfDecoded(text: string): Uint8Array {
  if (!latin1Bytes) {
    const all = new TextDecoder('latin1').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
    latin1Bytes = new Map([...all].map((char, byte) => [char.codePointAt(0) as number, byte]));
  }
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = latin1Bytes.get(text.charCodeAt(i)) ?? 0x3f;
  return out;
}

/** dicom-parser's explicit VRs with a 4-byte length (the element header is then 12 bytes). */
const LONG_VRS = new Set(['OB', 'OD', 'OL', 'OW', 'SQ', 'OF', 'UC', 'UR', 'UT', 'UN']);
const SINGLE_VALUE_VRS = new Set(['ST', 'LT', 'UT', 'UR']);

export interface RewriteSource {
  fileName: string;
  /** The input's header, as `readDicomHeader` gives it. */
  header: DicomHeader;
  charset: CharacterSet;
  transferSyntaxUid: string;
  /** Top-level private and group-length elements dropped before dcmjs read the data set (`GGGGEEEE`). */
  droppedTags: readonly string[];
  /** Decoded, then changed by the transform: whether this element still holds text this module could not decode. */
  isUndecodable(element: DenaturalizedElement): boolean;
  /** The original bytes of a text element's value (before decoding), for byte scans in the input's encoding. */
  originalBytes(element: DenaturalizedElement): Uint8Array | undefined;
  dcmjs: Dcmjs;
}

export interface RewriteResult {
  /**
   * The rewritten file in pieces (meta header, data set, pixel data): `new Blob(parts)` makes the file. From a
   * Blob input, the pixel data is a slice of the input file itself: it is never copied into memory.
   */
  parts: (Uint8Array | Blob)[];
  /** Total length of `parts`. */
  length: number;
  /** The rewritten data set up to the pixel data, uncompressed: what byte scans look at. */
  dataSetBytes: Uint8Array;
  /** The header of the rewritten file, read back. */
  header: DicomHeader;
  inputHeader: DicomHeader;
}

export type RewriteTransform = (dict: DenaturalizedDataset, source: RewriteSource) => void | Promise<void>;

interface Range {
  start: number;
  end: number;
}

function tagMatches(bytes: Uint8Array, at: number, tag: string, bigEndian: boolean): boolean {
  const group = Number.parseInt(tag.slice(1, 5), 16);
  const element = Number.parseInt(tag.slice(5, 9), 16);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (at < 0 || at + 4 > bytes.length) return false;
  return view.getUint16(at, !bigEndian) === group && view.getUint16(at + 2, !bigEndian) === element;
}

function elementStart(element: Element, explicit: boolean): number {
  if (!explicit) return element.dataOffset - 8;
  return element.dataOffset - (LONG_VRS.has(element.vr ?? '') ? 12 : 8);
}

const isPrivate = (tag: string) => Number.parseInt(tag.slice(1, 5), 16) % 2 === 1;
const isGroupLength = (tag: string) => tag.endsWith('0000');

/** Every (0008,0005) in the data set and its items: their values are blanked before dcmjs reads. */
function charsetElements(dataSet: DataSet, out: Element[] = []): Element[] {
  for (const [tag, element] of Object.entries(dataSet.elements)) {
    if (tag === 'x00080005') out.push(element);
    for (const item of element.items ?? []) if (item.dataSet) charsetElements(item.dataSet, out);
  }
  return out;
}

interface CutDataSet {
  /** The kept top-level elements before the pixel data, copied, private ones left out. */
  body: Uint8Array;
  /** Where the pixel data element is in the source (its end may lie beyond a leading slice). */
  pixel: Range | null;
  /** The pixel data element's first bytes (tag, VR, length): enough to read the rewritten header back. */
  pixelHead: Uint8Array;
  /** Top-level private and group-length elements left out (`GGGGEEEE`). */
  dropped: string[];
  /** The original bytes of each kept top-level element (`GGGGEEEE` → its whole encoding). */
  originals: Map<string, Uint8Array>;
}

/** Splits the parsed data set into what dcmjs rewrites and the pixel data kept verbatim. */
function cutDataSet(parsed: ParsedDicom, fileName: string): CutDataSet {
  const { dataSet, transferSyntaxUid } = parsed;
  const source = dataSet.byteArray;
  const explicit = transferSyntaxUid !== IMPLICIT_VR_LITTLE_ENDIAN;
  const bigEndian = transferSyntaxUid === EXPLICIT_VR_BIG_ENDIAN;
  const elements = Object.entries(dataSet.elements)
    .filter(([tag]) => !tag.startsWith('x0002'))
    .map(([tag, element]) => ({ tag, element, start: elementStart(element, explicit) }))
    .sort((a, b) => a.start - b.start);
  const refuse = (detail: string): never => {
    throw new DeidentifyError(fileName, 'unreadable', detail);
  };
  for (const { tag, start } of elements) {
    if (!tagMatches(source, start, tag, bigEndian)) refuse(`element ${tag} is not where its header says`);
  }
  const pixelIndex = elements.findIndex(({ tag }) => tag === 'x7fe00010');
  const before = pixelIndex < 0 ? elements : elements.slice(0, pixelIndex);
  const ranges: Range[] = [];
  const dropped: string[] = [];
  const originals = new Map<string, Uint8Array>();
  before.forEach(({ tag, start }, index) => {
    const end =
      before[index + 1]?.start ?? (pixelIndex < 0 ? source.length : (elements[pixelIndex]?.start ?? 0));
    if (!isPrivate(tag) && !isGroupLength(tag)) {
      ranges.push({ start, end });
      originals.set(tag.slice(1).toUpperCase(), source.subarray(start, end));
    } else dropped.push(tag.slice(1).toUpperCase());
  });
  const body = new Uint8Array(ranges.reduce((sum, range) => sum + range.end - range.start, 0));
  const destination: { range: Range; at: number }[] = [];
  let at = 0;
  for (const range of ranges) {
    body.set(source.subarray(range.start, range.end), at);
    destination.push({ range, at });
    at += range.end - range.start;
  }
  for (const element of charsetElements(dataSet)) {
    const where = destination.find(
      ({ range }) => element.dataOffset >= range.start && element.dataOffset < range.end,
    );
    if (where)
      body.fill(
        0x20,
        where.at + element.dataOffset - where.range.start,
        where.at + element.dataOffset - where.range.start + element.length,
      );
  }
  let pixel: Range | null = null;
  let pixelHead: Uint8Array = new Uint8Array(0);
  const pixelElement = pixelIndex < 0 ? undefined : elements[pixelIndex];
  if (pixelElement) {
    const { element, start } = pixelElement;
    if (element.length === undefined || element.length < 0 || element.length === 0xffffffff) {
      refuse('the pixel data has no length');
    }
    pixel = { start, end: element.dataOffset + element.length };
    pixelHead = source.subarray(start, Math.min(start + 12, source.length));
  }
  return { body, pixel, pixelHead, dropped, originals };
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const ui = (value: string): DenaturalizedElement => ({ vr: 'UI', Value: [value] });

/** Preamble, DICM and a meta group naming `syntax`: what dcmjs needs in front of a data set to read it. */
const metaOnlyCache = new Map<string, Uint8Array>();
function metaOnlyBytes(dcmjs: Dcmjs, syntax: string): Uint8Array {
  let bytes = metaOnlyCache.get(syntax);
  if (!bytes) {
    bytes = new Uint8Array(new dcmjs.data.DicomDict(metaFor('1.2.3', '1.2.3', syntax)).write());
    metaOnlyCache.set(syntax, bytes);
  }
  return bytes;
}

function metaFor(
  sopClassUid: string,
  sopInstanceUid: string,
  transferSyntaxUid: string,
): DenaturalizedDataset {
  return {
    '00020001': { vr: 'OB', Value: [new Uint8Array([0, 1]).buffer] },
    '00020002': ui(sopClassUid),
    '00020003': ui(sopInstanceUid),
    '00020010': ui(transferSyntaxUid),
    '00020012': ui(IMPLEMENTATION_CLASS_UID),
    '00020013': { vr: 'SH', Value: [IMPLEMENTATION_VERSION_NAME] },
  };
}

/** Calls `visit` for every element of a denaturalized data set and of its sequence items, depth first. */
export function walkDataset(
  dict: DenaturalizedDataset,
  visit: (tag: string, element: DenaturalizedElement, parent: DenaturalizedDataset, path: string) => void,
  path = '',
): void {
  for (const tag of Object.keys(dict)) {
    const element = dict[tag];
    if (!element) continue;
    const here = `${path}(${tag.slice(0, 4)},${tag.slice(4)})`;
    visit(tag, element, dict, here);
    // The visitor may have removed it.
    const kept = dict[tag];
    if (kept?.vr === 'SQ') {
      (kept.Value ?? []).forEach((item, index) => {
        if (item && typeof item === 'object')
          walkDataset(item as DenaturalizedDataset, visit, `${here}[${index}]`);
      });
    }
  }
}

/** A text element's value as one string, values joined by `\`, PN components by `=` (dcmjs splits both). */
export function textOf(element: DenaturalizedElement): string {
  const values = (element.Value ?? []).map((value) => {
    if (value && typeof value === 'object' && !(value instanceof String)) {
      const { Alphabetic = '', Ideographic = '', Phonetic = '' } = value as Record<string, string>;
      return [Alphabetic, Ideographic, Phonetic].join('=').replace(/=+$/, '');
    }
    return value === undefined || value === null ? '' : String(value);
  });
  return values.join('\\');
}

/** Sets a text element from one Unicode string (split into values except for single-value VRs). */
export function setText(element: DenaturalizedElement, text: string): void {
  element.Value = text === '' ? [] : SINGLE_VALUE_VRS.has(element.vr) ? [text] : text.split('\\');
  delete element._rawValue;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

interface Source {
  parsed: ParsedDicom;
  /** The pixel data element's bytes: a subarray of the bytes read, or a slice of the input file. */
  pixelPart: (range: Range) => Uint8Array | Blob;
  /** Length of what `parsed` offsets refer to in full (the file, or the inflated data set). */
  fileLength: number;
}

/** VRs whose values `encodeTextElement` may write (it refuses the others anyway: this only skips a call). */
const TEXT_LIKE_VRS: ReadonlySet<string> = new Set([
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
  'UC',
  'UR',
  'UT',
]);

/** Files up to this size are read whole; larger ones only up to their pixel data. */
const READ_WHOLE_BYTES = 256 * 1024;

function parseWhole(bytes: Uint8Array, fileName: string): Source {
  const located = locateDicom(bytes);
  if (!located) throw new DeidentifyError(fileName, 'unreadable', 'not a DICOM file');
  try {
    const parsed = parseLocated(located, { whole: true });
    const array = parsed.dataSet.byteArray;
    return { parsed, pixelPart: (range) => array.subarray(range.start, range.end), fileLength: array.length };
  } catch (error) {
    throw new DeidentifyError(
      fileName,
      'unreadable',
      error instanceof ParseFailure ? error.reason : String(error),
    );
  }
}

async function readAll(file: Blob, fileName: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    throw new DeidentifyError(fileName, 'unreadable', error instanceof Error ? error.message : String(error));
  }
}

/**
 * What the rewrite works on. A large file is read only up to its pixel data (64 KB first, growing); its pixel
 * data stays on disk and goes into the output as a slice of the file. Deflated files, encapsulated pixel
 * data (whose end is found by walking its fragments) and files without a preamble are read whole.
 */
async function loadSource(input: Uint8Array | Blob, fileName: string): Promise<Source> {
  if (!(input instanceof Blob)) return parseWhole(input, fileName);
  if (input.size <= READ_WHOLE_BYTES) return parseWhole(await readAll(input, fileName), fileName);
  for (let size = 64 * 1024; ; size = Math.min(input.size, size * 4)) {
    const whole = size >= input.size;
    const prefix = await readAll(input.slice(0, size), fileName);
    if (whole) return parseWhole(prefix, fileName);
    const located = locateDicom(prefix, input.size);
    if (!located || (located.layout !== 'part10' && !located.rawTransferSyntax)) {
      return parseWhole(await readAll(input, fileName), fileName);
    }
    let parsed: ParsedDicom;
    try {
      parsed = parseLocated(located, { untilPixelData: true, whole: false });
    } catch {
      continue; // the slice ends inside the header: read more
    }
    if (parsed.transferSyntaxUid === DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN) {
      return parseWhole(await readAll(input, fileName), fileName);
    }
    if (!parsed.reachedPixelData) continue;
    const pixel = parsed.dataSet.elements.x7fe00010;
    if (
      !pixel ||
      pixel.length === 0xffffffff ||
      (pixel as { hadUndefinedLength?: boolean }).hadUndefinedLength
    ) {
      return parseWhole(await readAll(input, fileName), fileName);
    }
    return { parsed, pixelPart: (range) => input.slice(range.start, range.end), fileLength: input.size };
  }
}

/**
 * Rewrites one DICOM file. `transform` receives the data set with every text value already decoded to
 * Unicode and every date normalised to `YYYYMMDD`. Throws `DeidentifyError` when the file cannot be rewritten
 * safely; the input is never returned unaltered.
 */
export async function rewriteDicom(
  input: Uint8Array | Blob,
  fileName: string,
  transform: RewriteTransform,
): Promise<RewriteResult> {
  const { parsed, pixelPart, fileLength } = await loadSource(input, fileName);
  const inputHeader = headerFromDataSet(parsed, { fileName, fileSize: fileLength, bytesRead: fileLength });
  const transferSyntaxUid = parsed.transferSyntaxUid;
  if (!isRewritableSyntax(transferSyntaxUid)) {
    throw new DeidentifyError(fileName, 'unsupported-transfer-syntax', transferSyntaxUid);
  }
  const deflated = transferSyntaxUid === DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN;
  const { body, pixel: pixelRange, pixelHead, dropped, originals } = cutDataSet(parsed, fileName);
  if (pixelRange && pixelRange.end > fileLength) {
    throw new DeidentifyError(fileName, 'unreadable', 'the pixel data is truncated');
  }
  const pixel = pixelRange ? pixelPart(pixelRange) : new Uint8Array(0);
  const pixelLength = pixelRange ? pixelRange.end - pixelRange.start : 0;
  const dcmjs = await loadDcmjs();
  const { data } = dcmjs;
  const dataSetSyntax = deflated ? EXPLICIT_VR_LITTLE_ENDIAN : transferSyntaxUid;
  const readInput = concat(metaOnlyBytes(dcmjs, dataSetSyntax), body);

  const prototype = data.ReadBufferStream.prototype;
  const setDecoder = prototype.setDecoder;
  let dict: DenaturalizedDataset;
  try {
    prototype.setDecoder = () => {};
    dict = data.DicomMessage.readFile(readInput.buffer, { ignoreErrors: false }).dict;
  } catch (error) {
    throw new DeidentifyError(fileName, 'unreadable', error instanceof Error ? error.message : String(error));
  } finally {
    prototype.setDecoder = setDecoder;
  }
  const before = new Map(Object.entries(dict).map(([tag, element]) => [tag, fingerprint(element)]));

  const charset = characterSetOf(inputHeader.specificCharacterSet);
  const undecodable = new WeakSet<DenaturalizedElement>();
  const original = new WeakMap<DenaturalizedElement, Uint8Array>();
  walkDataset(dict, (tag, element, parent) => {
    if (tag === '00080005' && parent !== dict) {
      delete parent[tag]; // the top-level set (rewritten below) applies to every item
      return;
    }
    if (TEXT_VRS.has(element.vr)) {
      const bytes = bytesOfDecoded(textOf(element));
      const problems = new Set<string>();
      const text = decodeDicomText(bytes, charset, element.vr, problems);
      if (problems.has('invalid') || problems.has('undeclared') || problems.has('unknown-escape'))
        undecodable.add(element);
      original.set(element, bytes);
      setText(element, text);
    } else if (element.vr === 'DA') {
      element.Value = (element.Value ?? []).map((value) => normalizeDicomDate(String(value ?? '')));
      delete element._rawValue;
    }
  });

  await transform(dict, {
    fileName,
    header: inputHeader,
    charset,
    transferSyntaxUid,
    droppedTags: dropped,
    isUndecodable: (element) => undecodable.has(element),
    originalBytes: (element) => original.get(element),
    dcmjs,
  });

  let allAscii = true;
  walkDataset(dict, (tag, element, parent) => {
    if (isGroupLength(tag)) delete parent[tag];
    else if (undecodable.has(element)) {
      throw new DeidentifyError(fileName, 'unsupported-character-set', charset.raw || 'none declared');
    } else if (TEXT_VRS.has(element.vr) && !isAscii(textOf(element))) allAscii = false;
  });
  if (!allAscii) dict['00080005'] = { vr: 'CS', Value: ['ISO_IR 192'] };
  else if (charset.declared && charset.unsupported.length === 0)
    dict['00080005'] = { vr: 'CS', Value: charset.raw.split('\\') };
  else delete dict['00080005'];

  // The data set: unchanged elements as they were, changed text elements and sequences of text encoded
  // here (`encode-element.ts`, byte for byte what dcmjs writes), the others by dcmjs, in tag order.
  const stream = new data.WriteBufferStream(4096, dataSetSyntax !== EXPLICIT_VR_BIG_ENDIAN);
  const pieces: ({ bytes: Uint8Array } | { start: number; end: number })[] = [];
  try {
    for (const tag of Object.keys(dict).sort()) {
      const element = dict[tag] as DenaturalizedElement;
      const kept = originals.get(tag);
      if (kept && tag !== '00080005' && before.get(tag) === fingerprint(element)) {
        pieces.push({ bytes: kept });
        continue;
      }
      const direct =
        element.vr === 'SQ'
          ? encodeSequence(tag, element, textOf, dataSetSyntax)
          : TEXT_LIKE_VRS.has(element.vr)
            ? encodeTextElement(tag, element, textOf(element), dataSetSyntax)
            : null;
      if (direct) {
        pieces.push({ bytes: direct });
        continue;
      }
      const start = stream.size;
      data.DicomMessage.write({ [tag]: element }, stream, dataSetSyntax, { allowInvalidVRLength: true });
      pieces.push({ start, end: stream.size });
    }
  } catch (error) {
    throw new DeidentifyError(
      fileName,
      'write-failed',
      error instanceof Error ? error.message : String(error),
    );
  }
  const encoded = new Uint8Array(stream.getBuffer());
  const dataSetBytes = concat(
    ...pieces.map((piece) => ('bytes' in piece ? piece.bytes : encoded.subarray(piece.start, piece.end))),
  );
  const inputLength = fileLength - parsed.dataSetOffset;
  if (dataSetBytes.length + pixelLength > inputLength * 1.1 + 64 * 1024) {
    throw new DeidentifyError(
      fileName,
      'output-too-large',
      `${dataSetBytes.length + pixelLength} bytes written for ${inputLength} read`,
    );
  }

  const sopClassUid = String(dict['00080016']?.Value?.[0] ?? inputHeader.sopClassUid);
  const sopInstanceUid = String(dict['00080018']?.Value?.[0] ?? '');
  const meta = encodeMetaHeader({
    sopClassUid,
    sopInstanceUid,
    transferSyntaxUid,
    implementationClassUid: IMPLEMENTATION_CLASS_UID,
    implementationVersionName: IMPLEMENTATION_VERSION_NAME,
  });
  const header = validate(meta, dataSetBytes, pixelHead, dataSetSyntax, transferSyntaxUid, fileName);
  const parts: (Uint8Array | Blob)[] =
    deflated && pixel instanceof Uint8Array
      ? [meta, deflateSync(concat(dataSetBytes, pixel), { level: 6 })]
      : [meta, dataSetBytes, pixel];
  const length = parts.reduce((sum, part) => sum + (part instanceof Uint8Array ? part.length : part.size), 0);
  return {
    parts,
    length,
    dataSetBytes,
    header: { ...header, fileSize: length, bytesRead: length },
    inputHeader,
  };
}

/** Binary values are compared by identity (dcmjs keeps the same ArrayBuffer when nothing touched it). */
const bufferIds = new WeakMap<object, number>();
let nextBufferId = 1;
function bufferId(buffer: object): number {
  let id = bufferIds.get(buffer);
  if (id === undefined) {
    id = nextBufferId++;
    bufferIds.set(buffer, id);
  }
  return id;
}

/** What an element holds, as a string: equal before and after the transform when it was left alone. */
function fingerprint(element: DenaturalizedElement): string {
  if (element.vr === 'SQ') {
    const items = (element.Value ?? []) as DenaturalizedDataset[];
    return `SQ[${items
      .map(
        (item) =>
          `{${Object.keys(item)
            .sort()
            .map((tag) => `${tag}:${fingerprint(item[tag] as DenaturalizedElement)}`)
            .join(',')}}`,
      )
      .join('')}]`;
  }
  if (TEXT_VRS.has(element.vr)) return `${element.vr}|${textOf(element)}`;
  const values = (element.Value ?? []).map((value) => {
    if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return `#${bufferId(value)}`;
    if (value && typeof value === 'object') return JSON.stringify(value);
    return String(value);
  });
  return `${element.vr}|${values.join('\\')}`;
}

/**
 * Reads the rewritten data set back (up to the pixel data element's header) and the meta header: the file is
 * valid DICOM, with a SOP Instance UID. Throws `DeidentifyError` 'write-failed' otherwise.
 */
function validate(
  meta: Uint8Array,
  dataSetBytes: Uint8Array,
  pixelHead: Uint8Array,
  dataSetSyntax: string,
  transferSyntaxUid: string,
  fileName: string,
): DicomHeader {
  try {
    const metaSet = dicomParser.readPart10Header(meta);
    if (metaSet.string('x00020010')?.replace(/\0/g, '').trim() !== transferSyntaxUid) {
      throw new Error('the meta header names another transfer syntax');
    }
    const layout =
      dataSetSyntax === IMPLICIT_VR_LITTLE_ENDIAN
        ? 'raw-implicit-le'
        : dataSetSyntax === EXPLICIT_VR_BIG_ENDIAN
          ? 'raw-explicit-be'
          : 'raw-explicit-le';
    const parsed = parseLocated(
      { bytes: concat(dataSetBytes, pixelHead), layout, rawTransferSyntax: dataSetSyntax },
      { untilPixelData: true, whole: true },
    );
    const header = headerFromDataSet(parsed, { fileName, fileSize: 0, bytesRead: 0 });
    if (!/^[0-9]+(\.[0-9]+)*$/.test(header.sopInstanceUid)) throw new Error('no SOP Instance UID');
    return {
      ...header,
      layout: 'part10',
      isPart10: true,
      transferSyntaxUid,
      mediaStorageSopClassUid: metaSet.string('x00020002')?.replace(/\0/g, '').trim() ?? '',
      warnings: header.warnings.filter((warning) => warning !== 'no-transfer-syntax'),
    };
  } catch (error) {
    const detail =
      error instanceof ParseFailure ? error.reason : error instanceof Error ? error.message : String(error);
    throw new DeidentifyError(fileName, 'write-failed', detail);
  }
}
