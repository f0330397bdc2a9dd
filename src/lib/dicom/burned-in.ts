/**
 * Burned-in text: identifying text drawn into the pixels, which no tag rewriting removes.
 *
 * A file is flagged when any of these holds (the page then warns that the pixels must be checked by eye):
 * - Burned In Annotation (0028,0301) is YES;
 * - it is an encapsulated document (PDF, CDA, STL…, SOP classes 1.2.840.10008.5.1.4.1.1.104.*): the document is
 *   passed through as it is;
 * - it is a Secondary Capture (SOP classes 1.2.840.10008.5.1.4.1.1.7*): screenshots of other systems;
 * - its modality is one that routinely carries text in the image, even when (0028,0301) says NO (devices
 *   are known to set it wrongly): US and IVUS (patient banner on the screen), SC, XC (external camera),
 *   OT (other: often scanned paper), ES (endoscopy overlays), GM and SM (microscopy: slide labels),
 *   DOC (documents), OP and OPT (ophthalmic photography, OCT: report-style screens), XA and RF (fluoroscopy
 *   overlays with name and date), ECG is not listed (waveform, no pixels).
 * A file without pixel data and not a document is never flagged.
 */

export const BURNED_IN_TEXT_MODALITIES: readonly string[] = [
  'US',
  'IVUS',
  'SC',
  'XC',
  'OT',
  'ES',
  'GM',
  'SM',
  'DOC',
  'OP',
  'OPT',
  'XA',
  'RF',
];

export type BurnedInTextReason =
  | 'burned-in-annotation'
  | 'encapsulated-document'
  | 'secondary-capture'
  | `modality:${string}`;

export interface BurnedInTextInput {
  burnedInAnnotation: string;
  modality: string;
  sopClassUid: string;
  hasPixelData: boolean;
}

/** Why the pixels (or the embedded document) may show identifying text, or null. */
export function burnedInTextReason(input: BurnedInTextInput): BurnedInTextReason | null {
  if (input.sopClassUid.startsWith('1.2.840.10008.5.1.4.1.1.104.')) return 'encapsulated-document';
  if (!input.hasPixelData) return null;
  if (input.burnedInAnnotation.toUpperCase() === 'YES') return 'burned-in-annotation';
  if (input.sopClassUid.startsWith('1.2.840.10008.5.1.4.1.1.7')) return 'secondary-capture';
  const modality = input.modality.toUpperCase();
  if (BURNED_IN_TEXT_MODALITIES.includes(modality)) return `modality:${modality}`;
  return null;
}
