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
 * Two initials, given name then family name: a DICOM name (`GARCÍA LÓPEZ^MARÍA^JOSÉ`, family name first)
 * gives `M. G.`, like a name written in order (`María José García` → `M. G.`). Enough for staff to tell two
 * shares apart, too little to name anyone.
 */
export function patientInitials(name: string | undefined): string {
  if (!name?.trim()) return '';
  let given: string[];
  let family: string[];
  if (name.includes('^')) {
    const [familyPart = '', givenPart = '', middlePart = ''] = name.split('=')[0]?.split('^') ?? [];
    given = [...words(givenPart), ...words(middlePart)];
    family = words(familyPart);
  } else {
    const all = words(name);
    given = all.slice(0, 1);
    family = all.slice(1).slice(-1);
  }
  return [given[0], family[0]]
    .filter((word): word is string => Boolean(word))
    .map(initial)
    .join(' ');
}

/** A DICOM name as people read it: `NÚÑEZ GARCÍA^MARÍA^JOSÉ` → `NÚÑEZ GARCÍA, MARÍA JOSÉ`; other names as they are. */
export function readablePersonName(name: string): string {
  if (!name.includes('^')) return name.trim();
  const [family = '', given = '', middle = ''] = name.split('=')[0]?.split('^') ?? [];
  const first = [given, middle]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
  return [family.trim(), first].filter(Boolean).join(', ');
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
  const patient = [
    subject.patientName ? readablePersonName(subject.patientName) : '',
    subject.patientId?.trim(),
  ]
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
