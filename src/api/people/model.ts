import type { DicomModality } from '@/lib/codes/dicom-modalities';
import type { SexCode } from '@/lib/mappings/sex';
import type { IdentitySource, PatientIdentity } from '@/lib/patients/patient-key';
import type { EdenOrder } from '../eden/orders';
import type { ImpiloPatient } from '../impilo/patients';
import type { PostDicomOrderSummary } from '../postdicom/common';
import type { ScanReferral } from '../scan/referrals';
import type { SoloPatient } from '../solo/patients';

/**
 * The console's neutral person: one vendor record of a person, read into the same shape whatever the vendor.
 * The orders, schedule and patients pages read demographics from this, never from the vendors' shapes.
 *
 * A `Person` is always ONE record of ONE vendor (a Solo patient, an Impilo patient, an Eden or PostDICOM
 * order, a Scan.com referral): grouping records into one human is the search's business
 * (./grouping.ts), and it says whether it is sure ("same person") or not ("possible").
 */
export interface PersonAddress {
  use: string | null;
  /** Street lines, empty ones left out. */
  lines: string[];
  city: string | null;
  state: string | null;
  postalCode: string | null;
  country: string | null;
}

/** The vendor record the person was read from, as the vendor answered it. */
export type PersonSourceRecord =
  | { vendor: 'solo'; patient: SoloPatient }
  | { vendor: 'impilo'; patient: ImpiloPatient }
  | { vendor: 'eden'; order: EdenOrder }
  | { vendor: 'postdicom'; order: PostDicomOrderSummary }
  | { vendor: 'scan'; referral: ScanReferral };

/** What the record says happened: an order or referral (with modality and date), or a patient record. */
export interface PersonActivity {
  kind: 'patient' | 'order' | 'referral';
  /** DICOM codes (Scan.com's `MRI` is read as `MR`; a PostDICOM study may carry several); empty when none. */
  modalities: DicomModality[];
  /** ISO `YYYY-MM-DD`: order or appointment day, referral or patient creation. */
  date: string | null;
  description: string | null;
  /** The vendor's own status word, as sent. */
  status: string | null;
}

export interface Person {
  source: IdentitySource;
  /** The record's own id in its vendor (Solo patient id or SPID, Impilo id, order id/uuid, referral id). */
  recordId: string;
  /** Given names, middle names included, as written. */
  givenNames: string;
  firstSurname: string | null;
  secondSurname: string | null;
  /** ISO `YYYY-MM-DD`. */
  birthDate: string | null;
  /** `F`, `M`, `O`; null when unknown or not given. */
  sex: SexCode | null;
  emails: string[];
  phones: string[];
  addresses: PersonAddress[];
  /** Every id of this record (see src/lib/patients/patient-key.ts): what `?patient=` and `/patients/:key` carry. */
  identifiers: PatientIdentity[];
  activity: PersonActivity;
  record: PersonSourceRecord;
}

/**
 * A record that could not be read into a `Person` without guessing (a name with three surnames, a sex
 * word no mapping knows, a birth date that does not exist…). It is reported, never filled in.
 */
export interface PersonMappingFailure {
  source: IdentitySource;
  recordId: string;
  /** The vendor's field, in its wire name (`birthDate`, `PatientName`, `patient_information.gender`). */
  field: string;
  /** For logs and tests (English); the screen shows a translated sentence naming `field`. */
  reason: string;
}

export type PersonMapping = { ok: true; person: Person } | { ok: false; failure: PersonMappingFailure };

/** `solo:P-1001`: unique among the records of every vendor. */
export function personRecordKey(person: Pick<Person, 'source' | 'recordId'>): string {
  return `${person.source}:${person.recordId}`;
}

/** "José Luis García López": given names, then the surnames. */
export function personDisplayName(
  person: Pick<Person, 'givenNames' | 'firstSurname' | 'secondSurname'>,
): string {
  return [person.givenNames, person.firstSurname, person.secondSurname].filter(Boolean).join(' ');
}
