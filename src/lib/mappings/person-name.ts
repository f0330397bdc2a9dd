import { MappingError } from './errors';

/**
 * Person names between DICOM PN (`FAMILY^GIVEN^MIDDLE^PREFIX^SUFFIX`, PostDICOM "LAST NAME^FIRST NAME^
 * MIDDLE NAME"), Eden (`patient_name` + `patient_first_surname` + `patient_last_surname`) and Scan.com
 * (`first_name` + `last_name`).
 *
 * Rules:
 * - Spanish double surnames: DICOM has one family-name component, so the two surnames go into it joined by
 *   one space ("GARCÍA LÓPEZ"). Reading it back, the family name is split into surnames; particles (de, del,
 *   la, las, los, da, das, do, dos, di, du, van, von, der, den, ter, san, santa) stay with the word that follows them
 *   ("DE LA CRUZ GARCÍA" → "DE LA CRUZ" + "GARCÍA"). One group = one surname; two groups = first and
 *   second surname; more groups cannot be split without guessing: MappingError, unless the caller asks to
 *   keep the whole family name as the first surname (`surnames: 'whole'`).
 * - DICOM has no escape: a name containing `^`, `=`, `\` or a control character cannot be written in a PN
 *   and is a MappingError (never dropped or replaced).
 * - A PN component group is at most 64 characters: longer is a MappingError.
 * - Only the alphabetic group is mapped; ideographic and phonetic groups (after `=`) are returned as they are.
 * - Eden's `patient_name` (all given names) goes whole into the DICOM given-name component.
 * - Spaces around components are trimmed; empty components are null.
 */
export interface PersonName {
  given: string;
  middle: string | null;
  firstSurname: string | null;
  secondSurname: string | null;
  prefix: string | null;
  suffix: string | null;
}

export interface EdenPersonName {
  patient_name: string;
  patient_first_surname?: string | null;
  patient_last_surname?: string | null;
}

export const DICOM_PN_MAX_GROUP_LENGTH = 64;
/** `^`, `=`, `\` or a control character (DICOM PN has no way to escape them). */
function hasForbidden(value: string, delimiters = '^=\\'): boolean {
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || delimiters.includes(char)) return true;
  }
  return false;
}
const PARTICLES = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'san',
  'santa',
]);

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim().replace(/\s+/g, ' ') ?? '';
  return trimmed === '' ? null : trimmed;
}

function checkComponent(value: string | null, field: string): string {
  if (value === null) return '';
  if (hasForbidden(value))
    throw new MappingError('person-name', value, `${field} contains ^, =, \\ or a control character`);
  return value;
}

/** Splits a family name into surnames (see the rules above). */
export function splitFamilyName(
  family: string,
  options: { surnames?: 'split' | 'whole' } = {},
): { firstSurname: string | null; secondSurname: string | null } {
  const text = clean(family);
  if (text === null) return { firstSurname: null, secondSurname: null };
  if (options.surnames === 'whole') return { firstSurname: text, secondSurname: null };
  const groups: string[] = [];
  let pending: string[] = [];
  for (const word of text.split(' ')) {
    pending.push(word);
    if (!PARTICLES.has(word.toLowerCase())) {
      groups.push(pending.join(' '));
      pending = [];
    }
  }
  if (pending.length) {
    // Trailing particles belong to the last surname.
    if (groups.length === 0) groups.push(pending.join(' '));
    else groups[groups.length - 1] = `${groups[groups.length - 1]} ${pending.join(' ')}`;
  }
  if (groups.length === 1) return { firstSurname: groups[0] as string, secondSurname: null };
  if (groups.length === 2) return { firstSurname: groups[0] as string, secondSurname: groups[1] as string };
  throw new MappingError(
    'person-name',
    family,
    'more than two surnames: cannot tell where the first one ends',
  );
}

/** PersonName → DICOM PN (alphabetic group), trailing empty components removed. */
export function toDicomPersonName(name: PersonName): string {
  for (const [field, value] of Object.entries(name))
    checkComponent(typeof value === 'string' ? value : null, field);
  const family = [clean(name.firstSurname), clean(name.secondSurname)].filter((s) => s !== null).join(' ');
  const given = clean(name.given);
  if (given === null && family === '') throw new MappingError('person-name', name, 'the name is empty');
  const components = [
    checkComponent(family || null, 'the family name'),
    checkComponent(given, 'the given name'),
    checkComponent(clean(name.middle), 'the middle name'),
    checkComponent(clean(name.prefix), 'the prefix'),
    checkComponent(clean(name.suffix), 'the suffix'),
  ];
  if (name.secondSurname && clean(name.secondSurname) !== null) {
    // The split back must find the same two surnames, or the round trip would change the name.
    const back = splitFamilyName(family);
    if (back.firstSurname !== clean(name.firstSurname) || back.secondSurname !== clean(name.secondSurname))
      throw new MappingError('person-name', family, 'these surnames would not read back the same from DICOM');
  }
  while (components.length > 1 && components[components.length - 1] === '') components.pop();
  const pn = components.join('^');
  if (pn.length > DICOM_PN_MAX_GROUP_LENGTH)
    throw new MappingError('person-name', pn, `longer than ${DICOM_PN_MAX_GROUP_LENGTH} characters`);
  return pn;
}

/** DICOM PN → PersonName (alphabetic group) plus the other groups, as written. */
export function fromDicomPersonName(
  pn: string,
  options: { surnames?: 'split' | 'whole' } = {},
): PersonName & { ideographic: string | null; phonetic: string | null } {
  const groups = pn.split('=');
  if (groups.length > 3) throw new MappingError('person-name', pn, 'more than three component groups');
  const alphabetic = groups[0] ?? '';
  if (alphabetic.length > DICOM_PN_MAX_GROUP_LENGTH)
    throw new MappingError('person-name', pn, `longer than ${DICOM_PN_MAX_GROUP_LENGTH} characters`);
  if (hasForbidden(alphabetic, '\\'))
    throw new MappingError('person-name', pn, 'contains \\ or a control character');
  const parts = alphabetic.split('^');
  if (parts.length > 5) throw new MappingError('person-name', pn, 'more than five components');
  const [family, given, middle, prefix, suffix] = parts;
  const givenName = clean(given);
  const surnames = splitFamilyName(family ?? '', options);
  if (givenName === null && surnames.firstSurname === null)
    throw new MappingError('person-name', pn, 'the name is empty');
  return {
    given: givenName ?? '',
    middle: clean(middle),
    ...surnames,
    prefix: clean(prefix),
    suffix: clean(suffix),
    ideographic: clean(groups[1]),
    phonetic: clean(groups[2]),
  };
}

/** Eden fields → PersonName. */
export function fromEdenName(eden: EdenPersonName): PersonName {
  const given = clean(eden.patient_name);
  if (given === null) throw new MappingError('person-name', eden, 'patient_name is required');
  const first = clean(eden.patient_first_surname);
  const second = clean(eden.patient_last_surname);
  if (first === null && second !== null)
    throw new MappingError('person-name', eden, 'a second surname without a first one');
  return { given, middle: null, firstSurname: first, secondSurname: second, prefix: null, suffix: null };
}

/** PersonName → Eden fields. A middle name is folded into patient_name (Eden has no middle-name field). */
export function toEdenName(name: PersonName): Required<EdenPersonName> {
  const given = [clean(name.given), clean(name.middle)].filter((s) => s !== null).join(' ');
  if (!given) throw new MappingError('person-name', name, 'Eden needs a given name (patient_name)');
  return {
    patient_name: given,
    patient_first_surname: clean(name.firstSurname),
    patient_last_surname: clean(name.secondSurname),
  };
}

/** PersonName → Scan.com `first_name` / `last_name` (both surnames in last_name; middle in first_name). */
export function toFirstLast(name: PersonName): { first_name: string; last_name: string } {
  const first = [clean(name.given), clean(name.middle)].filter((s) => s !== null).join(' ');
  const last = [clean(name.firstSurname), clean(name.secondSurname)].filter((s) => s !== null).join(' ');
  if (!first || !last)
    throw new MappingError('person-name', name, 'both a given name and a surname are needed');
  return { first_name: first, last_name: last };
}

/** Scan.com-style first/last → PersonName (surnames split as in DICOM). */
export function fromFirstLast(
  value: { first_name: string; last_name: string },
  options: { surnames?: 'split' | 'whole' } = {},
): PersonName {
  const given = clean(value.first_name);
  if (given === null) throw new MappingError('person-name', value, 'first_name is empty');
  const surnames = splitFamilyName(value.last_name, options);
  if (surnames.firstSurname === null) throw new MappingError('person-name', value, 'last_name is empty');
  return { given, middle: null, ...surnames, prefix: null, suffix: null };
}
