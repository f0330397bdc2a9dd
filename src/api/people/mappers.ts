import { type DicomModality, isDicomModality } from '@/lib/codes/dicom-modalities';
import { dicomDateToIso, isIsoDate } from '@/lib/mappings/datetime';
import { isMappingError } from '@/lib/mappings/errors';
import { scanToDicomModality } from '@/lib/mappings/modality';
import {
  fromDicomPersonName,
  fromEdenName,
  fromFirstLast,
  type PersonName,
  splitFamilyName,
} from '@/lib/mappings/person-name';
import { type SexCode, sexWordToCode } from '@/lib/mappings/sex';
import type { IdentitySource, PatientIdentity } from '@/lib/patients/patient-key';
import type { EdenOrder } from '../eden/orders';
import type { ImpiloPatient } from '../impilo/patients';
import type { PostDicomOrderSummary } from '../postdicom/common';
import type { ScanReferral } from '../scan/referrals';
import type { SoloPatient } from '../solo/patients';
import type { Person, PersonActivity, PersonAddress, PersonMapping, PersonSourceRecord } from './model';

/**
 * One pure mapper per vendor, from its patient-ish shape to the neutral `Person`, through src/lib/mappings
 * (names with double surnames and particles, sex codes and words, DICOM dates). A value that cannot be read
 * without guessing makes the whole record a `PersonMappingFailure` naming the field: nothing is defaulted.
 */

class FieldFailure extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Runs `read`, turning a MappingError into a failure of `field`. */
function at<T>(field: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (isMappingError(error)) throw new FieldFailure(field, error.reason);
    throw error;
  }
}

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim().replace(/\s+/g, ' ') ?? '';
  return trimmed === '' ? null : trimmed;
}

function unique(values: (string | null | undefined)[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    const clean = text(value);
    if (clean && !out.some((known) => known.toLowerCase() === clean.toLowerCase())) out.push(clean);
  }
  return out;
}

function identity(source: IdentitySource, kind: PatientIdentity['kind'], value: string | null | undefined) {
  const clean = text(value);
  return clean ? [{ source, kind, value: clean }] : [];
}

/** A sex word (`female`, `male`, `other`; `unknown` or nothing: null). */
function sexFromWord(field: string, word: string | null | undefined): SexCode | null {
  const clean = text(word);
  if (clean === null || clean === 'unknown') return null;
  return at(field, () => sexWordToCode(clean));
}

function birthDateFromIso(field: string, value: string | null | undefined): string | null {
  const clean = text(value);
  if (clean === null) return null;
  if (!isIsoDate(clean)) throw new FieldFailure(field, `not a calendar date YYYY-MM-DD: ${clean}`);
  return clean;
}

function activity(
  kind: PersonActivity['kind'],
  modalities: DicomModality[],
  date: string | null | undefined,
  description: string | null | undefined,
  status: string | null | undefined,
): PersonActivity {
  const day = text(date)?.slice(0, 10) ?? null;
  return {
    kind,
    modalities,
    date: day && isIsoDate(day) ? day : null,
    description: text(description),
    status: text(status),
  };
}

function build(
  source: IdentitySource,
  recordId: string,
  record: PersonSourceRecord,
  read: () => Omit<Person, 'source' | 'recordId' | 'record'>,
): PersonMapping {
  try {
    return { ok: true, person: { source, recordId, record, ...read() } };
  } catch (error) {
    if (error instanceof FieldFailure)
      return { ok: false, failure: { source, recordId, field: error.field, reason: error.reason } };
    throw error;
  }
}

function nameParts(name: PersonName) {
  const givenNames = [text(name.given), text(name.middle)].filter((part) => part !== null).join(' ');
  return { givenNames, firstSurname: name.firstSurname, secondSurname: name.secondSurname };
}

// ---- Solo ---------------------------------------------------------------------------------------------

export interface SoloRecordIds {
  /** The caller's patient id (the path of `GET /patients/{patient_id}`). */
  id?: string | undefined;
  /** The Solo Patient ID. */
  spid?: number | undefined;
}

/**
 * A Solo patient. Solo's answer holds neither its id nor its SPID: give the ones it was fetched by. The name
 * is the `usual` entry (else the first): `firstName` + `middleName`, and `lastName` split into surnames.
 * A name given only as `family` (the whole name in one string) cannot be split without guessing.
 */
export function mapSoloPatient(patient: SoloPatient, ids: SoloRecordIds): PersonMapping {
  const recordId = ids.id ?? (ids.spid !== undefined ? `spid:${ids.spid}` : '');
  return build('solo', recordId, { vendor: 'solo', patient }, () => {
    if (!recordId) throw new FieldFailure('id', 'neither the patient id nor the SPID is known');
    const names = patient.name ?? [];
    const entry = names.find((name) => name.use === 'usual') ?? names[0];
    const given = [text(entry?.firstName), text(entry?.middleName)].filter((part) => part !== null).join(' ');
    if (!given) throw new FieldFailure('name[0].firstName', 'no first name');
    const surnames = at('name[0].lastName', () => splitFamilyName(entry?.lastName ?? ''));
    if (surnames.firstSurname === null) throw new FieldFailure('name[0].lastName', 'no last name');
    const telecom = patient.telecom ?? [];
    return {
      givenNames: given,
      ...surnames,
      birthDate: birthDateFromIso('birthDate', patient.birthDate),
      sex: sexFromWord('gender', patient.gender),
      emails: unique(telecom.filter((t) => t.system === 'email').map((t) => t.value)),
      phones: unique(telecom.filter((t) => t.system === 'phone' || t.system === 'sms').map((t) => t.value)),
      addresses: (patient.address ?? []).map(
        (address): PersonAddress => ({
          use: text(address.use),
          lines: unique([...(address.line ?? []), address.apartment]),
          city: text(address.city),
          state: text(address.state),
          postalCode: text(address.postalcode),
          country: text(address.country),
        }),
      ),
      identifiers: [
        ...identity('solo', 'id', ids.id),
        ...identity('solo', 'spid', ids.spid === undefined ? null : String(ids.spid)),
        ...identity('solo', 'mrn', patient.mrn),
      ],
      activity: activity('patient', [], null, null, patient.active === false ? 'inactive' : null),
    };
  });
}

// ---- Impilo -------------------------------------------------------------------------------------------

/** An Impilo patient: `firstName`; `lastName` split into surnames; `externalIdentifier` is the hospital MRN. */
export function mapImpiloPatient(patient: ImpiloPatient): PersonMapping {
  return build('impilo', patient.id, { vendor: 'impilo', patient }, () => {
    const given = text(patient.firstName);
    if (!given) throw new FieldFailure('firstName', 'no first name');
    const surnames = at('lastName', () => splitFamilyName(patient.lastName));
    if (surnames.firstSurname === null) throw new FieldFailure('lastName', 'no last name');
    const address = patient.address;
    return {
      givenNames: given,
      ...surnames,
      birthDate: birthDateFromIso('dateOfBirth', patient.dateOfBirth),
      sex: null, // Impilo keeps no sex
      emails: unique([patient.email]),
      phones: unique([patient.phone]),
      addresses: address
        ? [
            {
              use: null,
              lines: unique([address.line1, address.line2]),
              city: text(address.city),
              state: text(address.state),
              postalCode: text(address.postalCode),
              country: text(address.country),
            },
          ]
        : [],
      identifiers: [
        ...identity('impilo', 'id', patient.id),
        ...identity('impilo', 'mrn', patient.externalIdentifier),
      ],
      activity: activity('patient', [], patient.createdAt, null, null),
    };
  });
}

// ---- Eden ---------------------------------------------------------------------------------------------

/** The patient fields of an Eden order (`patient_name`, both surnames, `patient_identifier` = MRN). */
export function mapEdenOrder(order: EdenOrder): PersonMapping {
  return build('eden', order.id, { vendor: 'eden', order }, () => {
    const name = at('patient_name', () => fromEdenName(order));
    const phone = text(order.patient_phone_number);
    const code = text(order.patient_phone_code);
    return {
      ...nameParts(name),
      birthDate: birthDateFromIso('patient_birth_date', order.patient_birth_date),
      sex: order.patient_gender,
      emails: unique([order.patient_email]),
      phones: phone ? [code ? `+${code} ${phone}` : phone] : [],
      addresses: [],
      identifiers: [
        ...identity('eden', 'order', order.id),
        ...identity('eden', 'mrn', order.patient_identifier),
      ],
      activity: activity(
        'order',
        isDicomModality(order.modality) ? [order.modality] : [],
        order.appointment_date ?? order.created_at,
        order.study_name,
        order.status,
      ),
    };
  });
}

// ---- PostDICOM ----------------------------------------------------------------------------------------

/** `YYYY-MM-DD` or DICOM DA `YYYYMMDD`; empty is unknown. */
function postDicomDate(field: string, value: string | undefined): string | null {
  const clean = text(value);
  if (clean === null) return null;
  if (/^\d{8}$/.test(clean)) return at(field, () => dicomDateToIso(clean));
  return birthDateFromIso(field, clean);
}

/** A PostDICOM order's patient: the DICOM name (`FAMILY^GIVEN^MIDDLE`), Patient ID, birth date and sex. */
export function mapPostDicomOrder(order: PostDicomOrderSummary): PersonMapping {
  return build('postdicom', order.PatientOrderUuid, { vendor: 'postdicom', order }, () => {
    const name = at('PatientName', () => fromDicomPersonName(order.PatientName));
    if (!name.given) throw new FieldFailure('PatientName', 'no given name');
    if (name.firstSurname === null) throw new FieldFailure('PatientName', 'no family name');
    const sex = order.PatientSex ? order.PatientSex : null;
    const modalities = order.OrderModality.split(/[\\,]/)
      .map((code) => code.trim())
      .filter((code): code is DicomModality => isDicomModality(code));
    return {
      ...nameParts(name),
      birthDate: postDicomDate('PatientBirthDate', order.PatientBirthDate),
      sex,
      emails: [],
      phones: [],
      addresses: [],
      identifiers: [
        ...identity('postdicom', 'order', order.PatientOrderUuid),
        ...identity('postdicom', 'patient-id', order.PatientId),
      ],
      activity: activity(
        'order',
        modalities,
        postDicomDate('OrderDate', order.OrderDate),
        order.StudyDescription,
        null,
      ),
    };
  });
}

// ---- Scan.com -----------------------------------------------------------------------------------------

/** A Scan.com referral's `patient_information` (Scan.com keeps no patient record of its own). */
export function mapScanReferral(referral: ScanReferral): PersonMapping {
  const recordId = String(referral.id);
  return build('scan', recordId, { vendor: 'scan', referral }, () => {
    const info = referral.patient_information;
    const name = at('patient_information.first_name', () => fromFirstLast(info));
    const lines = unique([info.address_line_1, info.address_line_2]);
    const hasAddress = lines.length > 0 || text(info.address_city) || text(info.address_postcode);
    const modality = referral.modality
      ? at('modality', () => scanToDicomModality(referral.modality as string))
      : null;
    return {
      ...nameParts(name),
      birthDate: birthDateFromIso('patient_information.date_of_birth', info.date_of_birth),
      sex: sexFromWord('patient_information.gender', info.gender),
      emails: unique([info.email]),
      phones: unique([info.phone]),
      addresses: hasAddress
        ? [
            {
              use: null,
              lines,
              city: text(info.address_city),
              state: null,
              postalCode: text(info.address_postcode),
              country: null,
            },
          ]
        : [],
      identifiers: identity('scan', 'referral', recordId),
      activity: activity(
        'referral',
        modality ? [modality] : [],
        referral.created_at,
        referral.referral_information,
        referral.status,
      ),
    };
  });
}
