import type { Person } from '@/api/people/model';
import { foldText } from '@/lib/patients/name-key';

/**
 * The record page's demographics, side by side: one column per source record, one row per field, and
 * whether the sources agree. Values are compared folded (accents, case, spaces ignored): "JOSE" and "José"
 * are the same name *written differently*; "José" and "Josefa" *differ*. A value one source lacks is
 * *missing* there, not a disagreement.
 */
export const demographicFields = [
  'givenNames',
  'firstSurname',
  'secondSurname',
  'birthDate',
  'sex',
  'emails',
  'phones',
  'address',
  'mrn',
] as const;
export type DemographicField = (typeof demographicFields)[number];

export type Agreement = 'same' | 'written' | 'missing' | 'differs' | 'none';

export interface DemographicRow {
  field: DemographicField;
  /** One per column, in the columns' order; null when that source has no value. */
  values: (string | null)[];
  agreement: Agreement;
  /** Per column: whether this value is not the one most sources have (the cells to mark). */
  odd: boolean[];
}

/** The records shown as columns: every patient record, the newest order of each order source, each referral. */
export function demographicColumns(people: readonly Person[]): Person[] {
  const seenOrderSource = new Set<string>();
  const out: Person[] = [];
  for (const person of people) {
    if (person.activity.kind === 'order') {
      if (seenOrderSource.has(person.source)) continue;
      seenOrderSource.add(person.source);
    }
    out.push(person);
  }
  const order = ['solo', 'impilo', 'eden', 'postdicom', 'scan'];
  return out.sort((a, b) => order.indexOf(a.source) - order.indexOf(b.source));
}

function fieldValue(person: Person, field: DemographicField): string | null {
  switch (field) {
    case 'emails':
      return person.emails.length ? person.emails.join(', ') : null;
    case 'phones':
      return person.phones.length ? person.phones.join(', ') : null;
    case 'address': {
      const address = person.addresses[0];
      if (!address) return null;
      return [...address.lines, address.postalCode, address.city, address.state, address.country]
        .filter(Boolean)
        .join(', ');
    }
    case 'mrn': {
      const mrns = person.identifiers
        .filter((i) => i.kind === 'mrn' || (i.source === 'postdicom' && i.kind === 'patient-id'))
        .map((i) => i.value);
      return mrns.length ? mrns.join(', ') : null;
    }
    default:
      return person[field] ?? null;
  }
}

const compareKey = (field: DemographicField, value: string) =>
  field === 'phones' ? value.replace(/\D/g, '').replace(/^52/, '') : foldText(value);

export function compareDemographics(columns: readonly Person[]): DemographicRow[] {
  return demographicFields.map((field) => {
    const values = columns.map((person) => fieldValue(person, field));
    const present = values.filter((value): value is string => value !== null);
    const keys = values.map((value) => (value === null ? null : compareKey(field, value)));
    const counts = new Map<string, number>();
    for (const key of keys) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
    const majority = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    let agreement: Agreement;
    if (present.length === 0) agreement = 'none';
    else if (counts.size > 1) agreement = 'differs';
    else if (present.length < values.length) agreement = 'missing';
    else if (new Set(present).size > 1) agreement = 'written';
    else agreement = 'same';
    const odd = keys.map((key) => counts.size > 1 && key !== null && key !== majority);
    return { field, values, agreement, odd };
  });
}
