import dcmjs, { type DenaturalizedDataset } from 'dcmjs';
import { EXPLICIT_VR_LITTLE_ENDIAN } from '../transfer-syntaxes';

/** Fixtures with large binary elements (private headers, waveforms, pixel data), written by dcmjs. */

const { data } = dcmjs;

export const text = (vr: string, ...values: string[]) => ({ vr, Value: values });
export const binary = (vr: 'OB' | 'OW', length: number, seed = 1) => ({
  vr,
  Value: [Uint8Array.from({ length }, (_, i) => (i * 31 + seed) % 251).buffer],
});

export function writeDicom(
  dict: DenaturalizedDataset,
  transferSyntaxUid = EXPLICIT_VR_LITTLE_ENDIAN,
): Uint8Array<ArrayBuffer> {
  const sopClass = String(dict['00080016']?.Value?.[0] ?? '1.2.840.10008.5.1.4.1.1.7');
  const sopInstance = String(dict['00080018']?.Value?.[0] ?? '1.2.826.0.1.3680043.10.998.1');
  const file = new data.DicomDict({
    '00020001': { vr: 'OB', Value: [new Uint8Array([0, 1]).buffer] },
    '00020002': text('UI', sopClass),
    '00020003': text('UI', sopInstance),
    '00020010': text('UI', transferSyntaxUid),
    '00020012': text('UI', '1.2.826.0.1.3680043.10.998'),
  });
  file.dict = {
    '00080016': text('UI', sopClass),
    '00080018': text('UI', sopInstance),
    '0020000D': text('UI', '1.2.826.0.1.3680043.10.998.2'),
    '0020000E': text('UI', '1.2.826.0.1.3680043.10.998.3'),
    ...dict,
  };
  return new Uint8Array(file.write());
}

/** 8-bit monochrome image tags of `rows`×`rows`, `frames` frames, with its pixel data. */
export function image(rows: number, frames = 1): DenaturalizedDataset {
  return {
    '00280002': { vr: 'US', Value: [1] },
    '00280004': text('CS', 'MONOCHROME2'),
    ...(frames > 1 ? { '00280008': text('IS', String(frames)) } : {}),
    '00280010': { vr: 'US', Value: [rows] },
    '00280011': { vr: 'US', Value: [rows] },
    '00280100': { vr: 'US', Value: [8] },
    '00280101': { vr: 'US', Value: [8] },
    '00280102': { vr: 'US', Value: [7] },
    '00280103': { vr: 'US', Value: [0] },
    '7FE00010': binary('OB', rows * rows * frames, 7),
  };
}
