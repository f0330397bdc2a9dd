import type { Person } from '@/api/people/model';
import { isMappingError } from '@/lib/mappings/errors';
import { dicomToScanModality } from '@/lib/mappings/modality';
import { toDicomPersonName, toEdenName, toFirstLast } from '@/lib/mappings/person-name';
import { sexCodeToWord } from '@/lib/mappings/sex';
import type { IdentitySource } from '@/lib/patients/patient-key';

/**
 * Prefilling an order form from a patient (`?patient=<key>`): the people layer reads each vendor's record
 * into the neutral `Person`; these pure functions turn it into each order vendor's own fields (names split
 * its way, sex in its codes, date of birth in its format, the hospital MRN as its patient id). A value that
 * cannot be written in the vendor's form without guessing is a `PrefillFailure` on that field, never filled
 * in; a value the record does not have is simply left empty.
 */

export interface PrefillFailure {
  /** The order form's field (its wire name) that was left empty. */
  field: string;
  /** For logs and tests (English); the screen shows a translated sentence naming the field. */
  reason: string;
  /** `disagree`: the patient's records hold different values, so none was chosen. Otherwise not mappable. */
  kind?: 'disagree';
}

/** A value the chosen record lacks, taken from another record of the same patient (named on screen). */
export interface PrefillSupplement {
  field: string;
  vendor: IdentitySource;
  recordId: string;
}

export interface Prefill<T extends string> {
  values: Partial<Record<T, string>>;
  failures: PrefillFailure[];
  /** The record the values came from. */
  source: { vendor: IdentitySource; recordId: string };
  /** Values the record lacks that came from the patient's other records (Impilo keeps no sex, for one). */
  supplements?: PrefillSupplement[];
}

/** Which record prefills a form when the key names several: patient records first, then orders. */
const preference: readonly IdentitySource[] = ['solo', 'impilo', 'eden', 'postdicom', 'scan'];

/** The record to prefill from: the first by vendor preference (each vendor's newest record first). */
export function choosePrefillPerson(people: readonly Person[]): Person | null {
  for (const vendor of preference) {
    const person = people.find((p) => p.source === vendor);
    if (person) return person;
  }
  return null;
}

/** The hospital MRN: an `mrn` identity (Eden, Solo, Impilo) or PostDICOM's Patient ID. */
export function hospitalMrn(people: readonly Person[]): string | null {
  for (const person of people) {
    const identity = person.identifiers.find(
      (i) => i.kind === 'mrn' || (i.source === 'postdicom' && i.kind === 'patient-id'),
    );
    if (identity) return identity.value;
  }
  return null;
}

function attempt<T extends string>(
  values: Partial<Record<T, string>>,
  failures: PrefillFailure[],
  fields: T | T[],
  write: () => Partial<Record<T, string>>,
) {
  try {
    Object.assign(values, write());
  } catch (error) {
    if (!isMappingError(error)) throw error;
    for (const field of Array.isArray(fields) ? fields : [fields])
      failures.push({ field, reason: error.reason });
  }
}

type Gap<V> = { value: V; from: Person } | 'disagree' | null;

/**
 * A value the chosen record does not have (null), looked up in the patient's other records: used when
 * every record that has it says the same, a `disagree` failure when they differ (never a guess).
 */
function fromOtherRecords<V extends string>(
  chosen: Person,
  people: readonly Person[],
  read: (person: Person) => V | null,
): Gap<V> {
  const found = people
    .filter((p) => p.source !== chosen.source || p.recordId !== chosen.recordId)
    .flatMap((p) => {
      const value = read(p);
      return value === null ? [] : [{ value, from: p }];
    });
  const first = found[0];
  if (!first) return null;
  return found.every((f) => f.value === first.value) ? first : 'disagree';
}

/** Writes `read(person)` into `field`, or the value the other records agree on (recorded as a supplement). */
function fillFrom<T extends string, V extends string>(
  prefill: Prefill<T>,
  field: T,
  person: Person,
  people: readonly Person[],
  read: (person: Person) => V | null,
) {
  const own = read(person);
  if (own !== null) {
    prefill.values[field] = own;
    return;
  }
  const gap = fromOtherRecords(person, people, read);
  if (gap === 'disagree') {
    prefill.failures.push({ field, reason: 'the patient’s records disagree', kind: 'disagree' });
  } else if (gap) {
    prefill.values[field] = gap.value;
    prefill.supplements = [
      ...(prefill.supplements ?? []),
      { field, vendor: gap.from.source, recordId: gap.from.recordId },
    ];
  }
}

function nameOf(person: Person) {
  return {
    given: person.givenNames,
    middle: null,
    firstSurname: person.firstSurname,
    secondSurname: person.secondSurname,
    prefix: null,
    suffix: null,
  };
}

export type EdenPrefillField =
  | 'patient_identifier'
  | 'patient_name'
  | 'patient_first_surname'
  | 'patient_last_surname'
  | 'patient_gender'
  | 'patient_birth_date'
  | 'patient_email';

/** Eden: given names and both surnames apart, sex `F`/`M`/`O`, birth date `YYYY-MM-DD`, the MRN. */
export function edenPrefill(person: Person, people: readonly Person[] = [person]): Prefill<EdenPrefillField> {
  const values: Partial<Record<EdenPrefillField, string>> = {};
  const failures: PrefillFailure[] = [];
  const mrn = hospitalMrn([person, ...people]);
  if (mrn) values.patient_identifier = mrn;
  attempt(values, failures, ['patient_name', 'patient_first_surname', 'patient_last_surname'], () => {
    const name = toEdenName(nameOf(person));
    return {
      patient_name: name.patient_name,
      patient_first_surname: name.patient_first_surname ?? '',
      patient_last_surname: name.patient_last_surname ?? '',
    };
  });
  const prefill: Prefill<EdenPrefillField> = {
    values,
    failures,
    source: { vendor: person.source, recordId: person.recordId },
  };
  fillFrom(prefill, 'patient_gender', person, people, (p) => p.sex);
  fillFrom(prefill, 'patient_birth_date', person, people, (p) => p.birthDate);
  const email = person.emails[0];
  if (email) values.patient_email = email;
  return prefill;
}

export type PostDicomPrefillField = 'PatientName' | 'PatientID' | 'PatientSex' | 'PatientsBirthDate';

/** PostDICOM: DICOM name `SURNAMES^GIVEN`, sex `M`/`F`/`O`, birth date `YYYY-MM-DD`, the MRN as Patient ID. */
export function postDicomPrefill(
  person: Person,
  people: readonly Person[] = [person],
): Prefill<PostDicomPrefillField> {
  const values: Partial<Record<PostDicomPrefillField, string>> = {};
  const failures: PrefillFailure[] = [];
  const mrn = hospitalMrn([person, ...people]);
  if (mrn) values.PatientID = mrn;
  attempt(values, failures, 'PatientName', () => ({ PatientName: toDicomPersonName(nameOf(person)) }));
  const prefill: Prefill<PostDicomPrefillField> = {
    values,
    failures,
    source: { vendor: person.source, recordId: person.recordId },
  };
  fillFrom(prefill, 'PatientSex', person, people, (p) => p.sex);
  fillFrom(prefill, 'PatientsBirthDate', person, people, (p) => p.birthDate);
  return prefill;
}

/** Impilo orders name a patient by Impilo id: the key's Impilo record, when it has one. */
export function impiloPatientOf(people: readonly Person[]): string | null {
  return people.find((person) => person.source === 'impilo')?.recordId ?? null;
}

export type ScanPrefillField =
  | 'patient.first_name'
  | 'patient.last_name'
  | 'patient.gender'
  | 'patient.date_of_birth'
  | 'patient.email'
  | 'modality';

/**
 * Scan.com: given names in first_name and both surnames in last_name, sex as `female`/`male`/`other`, the
 * date of birth (ISO in the form; the service layer sends Scan.com's `YYYY/MM/DD`), the email, and the
 * modality of the patient's newest order in Scan.com's spelling (`MR` → `MRI`). A modality Scan.com does
 * not sell is a failure on the modality, never another modality.
 */
export function scanPrefill(person: Person, people: readonly Person[] = [person]): Prefill<ScanPrefillField> {
  const values: Partial<Record<ScanPrefillField, string>> = {};
  const failures: PrefillFailure[] = [];
  attempt(values, failures, ['patient.first_name', 'patient.last_name'], () => {
    const name = toFirstLast(nameOf(person));
    return { 'patient.first_name': name.first_name, 'patient.last_name': name.last_name };
  });
  const prefill: Prefill<ScanPrefillField> = {
    values,
    failures,
    source: { vendor: person.source, recordId: person.recordId },
  };
  // Like Eden and PostDICOM: a sex or birth date the chosen record lacks (Impilo keeps no sex) comes from
  // the patient's other records when they agree. Every console sex code has a Scan.com word.
  const sexOf = (p: Person) => (p.sex ? sexCodeToWord(p.sex) : null);
  attempt(values, failures, 'patient.gender', () => {
    fillFrom(prefill, 'patient.gender', person, people, sexOf);
    return {};
  });
  fillFrom(prefill, 'patient.date_of_birth', person, people, (p) => p.birthDate);
  const email = person.emails[0] ?? people.flatMap((p) => p.emails)[0];
  if (email) values['patient.email'] = email;
  const code = [person, ...people].find((p) => p.activity.modalities.length > 0)?.activity.modalities[0];
  if (code) attempt(values, failures, 'modality', () => ({ modality: dicomToScanModality(code) }));
  return prefill;
}
