/**
 * The small part of dcmjs (no published types) that this project uses: reading a Part-10 buffer into a
 * denaturalized data set, writing one back, the data dictionary, and the read stream whose text decoder the
 * rewriter keeps byte-transparent (see ./rewrite.ts). Load it lazily: `await import('dcmjs')`.
 */
declare module 'dcmjs' {
  export type NaturalDataset = Record<string, unknown>;
  export interface DenaturalizedElement {
    vr: string;
    Value?: unknown[];
    _rawValue?: unknown;
  }
  export type DenaturalizedDataset = Record<string, DenaturalizedElement>;

  export class DicomDict {
    constructor(meta: DenaturalizedDataset);
    meta: DenaturalizedDataset;
    dict: DenaturalizedDataset;
    write(options?: Record<string, unknown>): ArrayBuffer;
  }

  export class ReadBufferStream {
    setDecoder(decoder: TextDecoder): void;
  }

  export class WriteBufferStream {
    constructor(defaultSize?: number, littleEndian?: boolean);
    /** Bytes written so far. */
    size: number;
    getBuffer(start?: number, end?: number): ArrayBuffer;
  }

  export interface DictionaryEntry {
    tag: string;
    vr: string;
    name: string;
    vm?: string;
  }

  export const data: {
    DicomDict: typeof DicomDict;
    ReadBufferStream: typeof ReadBufferStream;
    WriteBufferStream: typeof WriteBufferStream;
    DicomMessage: {
      readFile(buffer: ArrayBuffer, options?: Record<string, unknown>): DicomDict;
      /** Writes the elements of `dict` (sorted by tag) to `stream` in `syntax`; answers the bytes written. */
      write(
        dict: DenaturalizedDataset,
        stream: WriteBufferStream,
        syntax: string,
        options?: Record<string, unknown>,
      ): number;
    };
    DicomMetaDictionary: {
      naturalizeDataset(dataset: DenaturalizedDataset): NaturalDataset;
      denaturalizeDataset(dataset: NaturalDataset): DenaturalizedDataset;
      uid(): string;
      /** `(0010,0010)` → entry. */
      dictionary: Record<string, DictionaryEntry>;
      /** `PatientName` → entry. */
      nameMap: Record<string, DictionaryEntry>;
      punctuateTag(rawTag: string): string;
    };
  };

  const dcmjs: { data: typeof data };
  export default dcmjs;
}
