/**
 * Scan.com's modality names. CONFIRMED: "MRI" (not the DICOM "MR"). ASSUMED: the other names, taken from the
 * scans Scan.com sells on its site. The one list: the Scan.com service layer (src/api/scan), its mock and the
 * DICOM ↔ Scan.com mapping (src/lib/mappings/modality.ts) all read it.
 */
export const scanModalities = ['MRI', 'CT', 'Ultrasound', 'X-Ray', 'DEXA', 'PET-CT', 'Mammogram'] as const;
export type ScanModality = (typeof scanModalities)[number];
