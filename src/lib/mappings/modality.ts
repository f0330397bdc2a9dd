import { type ScanModality, scanModalities } from '../../api/scan/paths';
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
 * - Scan.com names other than "MRI" are ASSUMED (see src/api/scan/paths.ts).
 */

/** DICOM defined terms for Modality (0008,0060), PS3.3 C.7.3.1.1.1 (current, non-retired). */
export const dicomModalities = {
  AR: 'Autorefraction',
  ASMT: 'Content Assessment Results',
  AU: 'Audio',
  BDUS: 'Bone Densitometry (ultrasound)',
  BI: 'Biomagnetic imaging',
  BMD: 'Bone Densitometry (X-Ray)',
  CFM: 'Confocal Microscopy',
  CR: 'Computed Radiography',
  CT: 'Computed Tomography',
  CTPROTOCOL: 'CT Protocol (Performed)',
  DMS: 'Dermoscopy',
  DG: 'Diaphanography',
  DOC: 'Document',
  DX: 'Digital Radiography',
  ECG: 'Electrocardiography',
  EEG: 'Electroencephalography',
  EMG: 'Electromyography',
  EOG: 'Electrooculography',
  EPS: 'Cardiac Electrophysiology',
  ES: 'Endoscopy',
  FID: 'Fiducials',
  GM: 'General Microscopy',
  HC: 'Hard Copy',
  HD: 'Hemodynamic Waveform',
  IO: 'Intra-Oral Radiography',
  IOL: 'Intraocular Lens Data',
  IVOCT: 'Intravascular Optical Coherence Tomography',
  IVUS: 'Intravascular Ultrasound',
  KER: 'Keratometry',
  KO: 'Key Object Selection',
  LEN: 'Lensometry',
  LS: 'Laser surface scan',
  M3D: 'Model for 3D Manufacturing',
  MG: 'Mammography',
  MR: 'Magnetic Resonance',
  NM: 'Nuclear Medicine',
  OAM: 'Ophthalmic Axial Measurements',
  OCT: 'Optical Coherence Tomography (non-Ophthalmic)',
  OP: 'Ophthalmic Photography',
  OPM: 'Ophthalmic Mapping',
  OPT: 'Ophthalmic Tomography',
  OPTBSV: 'Ophthalmic Tomography B-scan Volume Analysis',
  OPTENF: 'Ophthalmic Tomography En Face',
  OPV: 'Ophthalmic Visual Field',
  OSS: 'Optical Surface Scan',
  OT: 'Other',
  PA: 'Photoacoustic',
  PLAN: 'Plan',
  POS: 'Position Sensor',
  PR: 'Presentation State',
  PT: 'Positron emission tomography (PET)',
  PX: 'Panoramic X-Ray',
  REG: 'Registration',
  RESP: 'Respiratory Waveform',
  RF: 'Radio Fluoroscopy',
  RG: 'Radiographic imaging (conventional film/screen)',
  RTDOSE: 'Radiotherapy Dose',
  RTIMAGE: 'Radiotherapy Image',
  RTINTENT: 'Radiotherapy Intent',
  RTPLAN: 'Radiotherapy Plan',
  RTRAD: 'RT Radiation',
  RTRECORD: 'RT Treatment Record',
  RTSEGANN: 'Radiotherapy Segment Annotation',
  RTSTRUCT: 'Radiotherapy Structure Set',
  RWV: 'Real World Value Map',
  SEG: 'Segmentation',
  SM: 'Slide Microscopy',
  SMR: 'Stereometric Relationship',
  SR: 'SR Document',
  SRF: 'Subjective Refraction',
  STAIN: 'Automated Slide Stainer',
  TEXTUREMAP: 'Texture Map',
  TG: 'Thermography',
  US: 'Ultrasound',
  VA: 'Visual Acuity',
  XA: 'X-Ray Angiography',
  XAPROTOCOL: 'XA Protocol (Performed)',
  XC: 'External-camera Photography',
} as const;
export type DicomModality = keyof typeof dicomModalities;
export const dicomModalityCodes = Object.keys(dicomModalities) as DicomModality[];

/** The one list of Scan.com names lives with the Scan.com assumptions. */
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

export function isDicomModality(value: string): value is DicomModality {
  return Object.hasOwn(dicomModalities, value);
}

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
