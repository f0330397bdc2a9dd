import { foldText, nameMatches } from '@/lib/patients/name-key';
import type { RecognizedQuery } from '@/lib/patients/query-recognition';
import type { Person } from './model';
import type { SearchCriterion } from './search-plan';

/**
 * Matching a typed query against records already in the console: Scan.com's referral list (it has no search
 * of its own) and, while the vendors answer a new keystroke, the previous results narrowed at once.
 * Names: every typed word starts a word of the name (accents, case, order ignored); identifiers: the start
 * of an id, case ignored; email: equal; phone: the digits contained; dates and postal codes: equal.
 */
const digits = (value: string) => value.replace(/\D/g, '');
const compact = (value: string) => value.replace(/\s+/g, '').toUpperCase();

function nameOf(person: Person) {
  return { given: person.givenNames, firstSurname: person.firstSurname, secondSurname: person.secondSurname };
}

function identifierMatches(person: Person, value: string): boolean {
  const wanted = value.toUpperCase();
  if (person.identifiers.some((identity) => identity.value.toUpperCase().startsWith(wanted))) return true;
  const record = person.record;
  if (record.vendor === 'postdicom')
    return (record.order.AccessionNumber ?? '').toUpperCase().startsWith(wanted);
  if (record.vendor === 'eden') return record.order.folio.toUpperCase().startsWith(wanted);
  return false;
}

export function matchesCriterion(person: Person, criterion: SearchCriterion): boolean {
  const { field, value } = criterion;
  switch (field) {
    case 'patientName':
    case 'name':
      return nameMatches(nameOf(person), value);
    case 'email':
      return person.emails.some((email) => email.toLowerCase() === value.toLowerCase());
    case 'phone': {
      const wanted = digits(value);
      return wanted.length > 0 && person.phones.some((phone) => digits(phone).includes(wanted));
    }
    case 'dateOfBirth':
      return person.birthDate === value;
    case 'postalCode':
      return person.addresses.some(
        (address) => address.postalCode !== null && compact(address.postalCode) === compact(value),
      );
    case 'referralId':
      return person.source === 'scan' && person.recordId === value;
    default:
      return identifierMatches(person, value);
  }
}

/** Whether a record matches what was typed, in any of the ways the text was recognised. */
export function matchesQueryLocally(person: Person, query: RecognizedQuery): boolean {
  if (!query.text) return false;
  if (query.name !== null && nameMatches(nameOf(person), query.name)) return true;
  if (query.identifier !== null && identifierMatches(person, query.identifier)) return true;
  if (query.email !== null && matchesCriterion(person, { field: 'email', value: query.email })) return true;
  if (query.phone !== null && matchesCriterion(person, { field: 'phone', value: query.phone })) return true;
  if (query.birthDate !== null && person.birthDate === query.birthDate) return true;
  if (query.postalCode !== null && matchesCriterion(person, { field: 'postalCode', value: query.postalCode }))
    return true;
  return false;
}

/** The folded text a list sorts names by ("garcia lopez jose"). */
export function sortableName(person: Pick<Person, 'givenNames' | 'firstSurname' | 'secondSurname'>): string {
  return foldText([person.firstSurname, person.secondSurname, person.givenNames].filter(Boolean).join(' '));
}
