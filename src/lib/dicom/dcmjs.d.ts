/**
 * The small part of dcmjs (no published types) that this project uses: writing a Part-10 buffer from a
 * naturalized data set and reading one back. Load it lazily: `await import('dcmjs')`.
 */
declare module 'dcmjs' {
  export type NaturalDataset = Record<string, unknown>;
  export type DenaturalizedDataset = Record<string, { vr: string; Value?: unknown[] }>;

  export class DicomDict {
    constructor(meta: DenaturalizedDataset);
    meta: DenaturalizedDataset;
    dict: DenaturalizedDataset;
    write(options?: Record<string, unknown>): ArrayBuffer;
  }

  export const data: {
    DicomDict: typeof DicomDict;
    DicomMessage: {
      readFile(buffer: ArrayBuffer, options?: Record<string, unknown>): DicomDict;
    };
    DicomMetaDictionary: {
      naturalizeDataset(dataset: DenaturalizedDataset): NaturalDataset;
      denaturalizeDataset(dataset: NaturalDataset): DenaturalizedDataset;
      uid(): string;
    };
  };

  const dcmjs: { data: typeof data };
  export default dcmjs;
}
