import type { PersonName } from '@/lib/mappings/person-name';

/**
 * Comparing names across vendors. Real records of one person differ in ways that do not make them another
 * person: accents dropped ("Jose" / "José"), upper case ("GARCIA^JOSE"), given name and surname swapped by
 * the person who typed them, a second surname missing in one system, particles written in another case.
 * Surnames are first split with the mappings (`splitFamilyName`, via the mappers), so "GARCÍA LÓPEZ" in a
 * DICOM family name is the same first surname as Eden's `patient_first_surname: "García"`.
 */

const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const ASCII = /^[\x20-\x7e]*$/;

/**
 * Lower case, accents and other marks removed, anything but letters and digits as one space. Plain ASCII
 * words (most of what is typed) skip the Unicode passes. Nothing is cached here: names are patient data, and
 * a module-level cache would outlive the idle lock (callers cache per record, see src/api/people/grouping.ts).
 */
export function foldText(value: string): string {
  const lower = value.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  const marksRemoved = ASCII.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
  return marksRemoved.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function foldTokens(value: string | null | undefined): string[] {
  if (!value) return [];
  const folded = foldText(value);
  return folded ? folded.split(' ') : [];
}

export type NameParts = Pick<PersonName, 'given' | 'firstSurname' | 'secondSurname'>;

/**
 * The key two records must share to be a "possible same person" (together with the birth date): the first
 * given name and the first surname, folded, in either order. The second surname is left out (often missing);
 * middle names too (one system has "María José", another "María"). `null` when either part is missing: such
 * a record is never linked by name.
 */
export function personNameKey(name: NameParts): string | null {
  const given = foldTokens(name.given)[0];
  const surname = foldTokens(name.firstSurname).join(' ');
  if (!given || !surname) return null;
  return [given, surname].sort().join('|');
}

/** Every folded token of a name (given names and both surnames), for matching a typed query. */
export function nameTokens(name: NameParts): string[] {
  return [...foldTokens(name.given), ...foldTokens(name.firstSurname), ...foldTokens(name.secondSurname)];
}

/**
 * Whether a typed name query matches a name: every word typed is the start of some word of the name, in
 * any order, accents and case ignored ("gar jo" matches "José García López").
 */
export function nameMatches(name: NameParts, query: string): boolean {
  const wanted = foldTokens(query);
  if (wanted.length === 0) return false;
  const tokens = nameTokens(name);
  return wanted.every((word) => tokens.some((token) => token.startsWith(word)));
}
