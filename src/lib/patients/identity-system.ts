import type { PatientIdentity } from './patient-key';

/**
 * Which identifier *system* an identity belongs to. Two records are the "same person" when they share a value
 * in the same system; the system, not the vendor, is what must match, because the hospital's medical record
 * number is written into a field of each vendor's own:
 * - Eden `patient_identifier`, Solo `mrn`, Impilo `externalIdentifier` (kind `mrn`);
 * - PostDICOM's DICOM Patient ID (0010,0020) (kind `patient-id`). ASSUMPTION: the modalities write the
 *   hospital MRN as the DICOM Patient ID, as they do when a RIS worklist feeds them. Change it here, and only
 *   here, for a site where they do not: PostDICOM then links by name and birth date only ("possible").
 *
 * Every other kind is a system of its own vendor (a Solo patient id is not an Impilo patient id). Orders and
 * referrals name a record, not a person: they link two copies of the same record, nothing more.
 */
export const HOSPITAL_MRN_SYSTEM = 'hospital-mrn';

export function identitySystem(identity: PatientIdentity): string {
  if (identity.kind === 'mrn') return HOSPITAL_MRN_SYSTEM;
  if (identity.source === 'postdicom' && identity.kind === 'patient-id') return HOSPITAL_MRN_SYSTEM;
  return `${identity.source}.${identity.kind}`;
}

/** Whether the identity names a person (and so links records of different vendors), not one order or referral. */
export function isPersonIdentity(identity: PatientIdentity): boolean {
  return identity.kind !== 'order' && identity.kind !== 'referral';
}

/** The value compared within a system: trimmed, case kept apart only where a vendor keeps it (never for MRNs). */
export function identityMatchValue(identity: PatientIdentity): string {
  const value = identity.value.trim();
  return identitySystem(identity) === HOSPITAL_MRN_SYSTEM ? value.toUpperCase() : value;
}
