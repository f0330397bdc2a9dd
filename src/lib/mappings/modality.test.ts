import { describe, expect, it } from 'vitest';
import { MappingError } from './errors';
import {
  dicomModalityCodes,
  dicomToScanModality,
  isDicomModality,
  parseDicomModality,
  scanModalityNames,
  scanToDicomModality,
} from './modality';

const mapped = {
  MR: 'MRI',
  CT: 'CT',
  US: 'Ultrasound',
  CR: 'X-Ray',
  DX: 'X-Ray',
  BMD: 'DEXA',
  PT: 'PET-CT',
  MG: 'Mammogram',
};

describe('modality mapping', () => {
  it.each(Object.entries(mapped))('DICOM %s → Scan.com %s', (code, name) =>
    expect(dicomToScanModality(code)).toBe(name),
  );

  it.each(scanModalityNames.map((n) => [n]))('Scan.com %s round-trips through DICOM', (name) =>
    expect(dicomToScanModality(scanToDicomModality(name))).toBe(name),
  );

  it('every DICOM code either maps and round-trips, or is a MappingError (CR reads back as DX)', () => {
    for (const code of dicomModalityCodes) {
      if (code in mapped) {
        const back = scanToDicomModality(dicomToScanModality(code));
        expect(back).toBe(code === 'CR' ? 'DX' : code);
      } else {
        expect(() => dicomToScanModality(code)).toThrow(MappingError);
      }
    }
  });

  it('X-Ray → DX; MRI → MR (not the other way round)', () => {
    expect(scanToDicomModality('X-Ray')).toBe('DX');
    expect(scanToDicomModality('MRI')).toBe('MR');
    expect(() => scanToDicomModality('MR')).toThrow(MappingError);
  });

  it.each(['', 'mr', 'MRI', 'XRAY', ' CT', 'toString', '__proto__'])(
    'refuses %j as a DICOM code',
    (value) => {
      expect(isDicomModality(value)).toBe(false);
      expect(() => parseDicomModality(value)).toThrow(MappingError);
      expect(() => dicomToScanModality(value)).toThrow(MappingError);
    },
  );

  it.each(['mri', 'Mri', 'X-ray', 'XR', 'US', 'PET', ''])('refuses %j as a Scan.com name', (value) =>
    expect(() => scanToDicomModality(value)).toThrow(MappingError),
  );

  it('covers the common DICOM list', () => {
    for (const code of [
      'CT',
      'MR',
      'US',
      'CR',
      'DX',
      'MG',
      'NM',
      'PT',
      'XA',
      'RF',
      'OT',
      'SR',
      'SEG',
      'IO',
      'PX',
    ])
      expect(isDicomModality(code)).toBe(true);
  });

  it('names the modality in the error', () => {
    try {
      dicomToScanModality('NM');
    } catch (error) {
      expect(error).toBeInstanceOf(MappingError);
      expect((error as MappingError).domain).toBe('modality');
      expect((error as MappingError).message).toContain('Nuclear Medicine');
    }
  });
});
