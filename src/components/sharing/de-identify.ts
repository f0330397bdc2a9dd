/**
 * What the share register shows of a patient and a study until the user asks to see more: initials, the
 * last characters of an identifier, the modality and the year. Pure, so the rules are tested on their own.
 */

/** The patient and study details of one shared item (identifying: kept in memory only). */
export interface ShareSubject {
  patientName?: string;
  patientId?: string;
  studyDescription?: string;
  /** `YYYY-MM-DD`. */
  studyDate?: string;
  modality?: string;
  accessionNumber?: string;
}

const MASK = '••••';

function words(text: string): string[] {
  return text
    .split(/[\s^,]+/u)
    .map((word) => word.trim())
    .filter(Boolean);
}

function initial(word: string): string {
  const first = [...word.normalize('NFC')][0] ?? '';
  return `${first.toLocaleUpperCase()}.`;
}

/**
 * Initials of a name: a DICOM name (`GARCÍA LÓPEZ^MARÍA^JOSÉ`, family name first) gives the given names
 * first (`M. J. G. L.`), like a name written in order (`María José García` → `M. J. G.`).
 */
export function patientInitials(name: string | undefined): string {
  if (!name?.trim()) return '';
  if (name.includes('^')) {
    const [family = '', given = '', middle = ''] = name.split('=')[0]?.split('^') ?? [];
    return [...words(given), ...words(middle), ...words(family)].map(initial).join(' ');
  }
  return words(name).map(initial).join(' ');
}

/** `12345678` → `••••78`; identifiers of three characters or fewer are masked whole. */
export function maskIdentifier(id: string | undefined): string {
  const value = id?.trim() ?? '';
  if (!value) return '';
  if ([...value].length <= 3) return MASK;
  return `${MASK}${[...value].slice(-2).join('')}`;
}

export interface ShownSubject {
  patient: string;
  study: string;
}

/** The subject as the register shows it by default: no name, no full identifier, no exact date. */
export function deIdentifySubject(subject: ShareSubject): ShownSubject {
  const patient = [patientInitials(subject.patientName), maskIdentifier(subject.patientId)]
    .filter(Boolean)
    .join(' · ');
  const study = [subject.modality?.trim(), subject.studyDate?.slice(0, 4)].filter(Boolean).join(' · ');
  return { patient, study };
}

/** The subject in full (after the user chose to reveal it). */
export function identifySubject(subject: ShareSubject): ShownSubject {
  const patient = [subject.patientName?.replaceAll('^', ' ').trim(), subject.patientId?.trim()]
    .filter(Boolean)
    .join(' · ');
  const study = [
    subject.modality?.trim(),
    subject.studyDescription?.trim(),
    subject.studyDate,
    subject.accessionNumber?.trim(),
  ]
    .filter(Boolean)
    .join(' · ');
  return { patient, study };
}
