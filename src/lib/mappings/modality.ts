import { type DicomModality, dicomModalities, isDicomModality } from '../codes/dicom-modalities';
import { type ScanModality, scanModalities } from '../codes/scan-modalities';
import { MappingError } from './errors';

/**
 * Imaging modalities: DICOM codes (Eden and PostDICOM use them: "CT", "MR", …) ↔ Scan.com's names
 * ("MRI", …). Scan.com only sells some modalities; every other DICOM code has no Scan.com name and is a
 * MappingError, never a guess.
 *
 * Direction rules:
 * - MR ↔ MRI, CT ↔ CT, US ↔ Ultrasound, MG ↔ Mammogram, BMD ↔ DEXA, PT ↔ PET-CT (a PET-CT study carries
 *   PT and CT series; the PET is what is sold).
 * - CR and DX are both plain radiography: both → X-Ray; X-Ray → DX (the current digital code). So CR does
 *   not survive a round trip; every other mapped code does.
 * - Scan.com names other than "MRI" are ASSUMED (see src/lib/codes/scan-modalities.ts).
 */

export { type DicomModality, dicomModalities, dicomModalityCodes } from '../codes/dicom-modalities';

/** The one list of Scan.com names (src/lib/codes/scan-modalities.ts). */
export const scanModalityNames = scanModalities;
export type ScanModalityName = ScanModality;

const dicomToScanTable: Partial<Record<DicomModality, ScanModalityName>> = {
  MR: 'MRI',
  CT: 'CT',
  US: 'Ultrasound',
  CR: 'X-Ray',
  DX: 'X-Ray',
  BMD: 'DEXA',
  PT: 'PET-CT',
  MG: 'Mammogram',
};

const scanToDicomTable: Record<ScanModalityName, DicomModality> = {
  MRI: 'MR',
  CT: 'CT',
  Ultrasound: 'US',
  'X-Ray': 'DX',
  DEXA: 'BMD',
  'PET-CT': 'PT',
  Mammogram: 'MG',
};

export { isDicomModality };

export function isScanModalityName(value: string): value is ScanModalityName {
  return (scanModalityNames as readonly string[]).includes(value);
}

/** A DICOM code, exactly as written (upper case, no spaces). */
export function parseDicomModality(value: string): DicomModality {
  if (!isDicomModality(value)) throw new MappingError('modality', value, 'not a DICOM modality code');
  return value;
}

/** DICOM code → Scan.com name; a modality Scan.com does not sell is a MappingError. */
export function dicomToScanModality(code: string): ScanModalityName {
  const dicom = parseDicomModality(code);
  const name = dicomToScanTable[dicom];
  if (!name)
    throw new MappingError('modality', code, `Scan.com has no equivalent of ${dicomModalities[dicom]}`);
  return name;
}

/** Scan.com name → DICOM code ("X-Ray" → "DX"). */
export function scanToDicomModality(name: string): DicomModality {
  if (!isScanModalityName(name)) throw new MappingError('modality', name, 'not a Scan.com modality');
  return scanToDicomTable[name];
}
