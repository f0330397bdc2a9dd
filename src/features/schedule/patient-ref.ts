import type { SoloPatientRef } from '@/api/solo/appointments';
import type { SoloDemographics } from '@/api/solo/demographics';
import { encodePatientKey, identityOf, tryDecodePatientKey } from '@/lib/patients/patient-key';

/**
 * Which Solo patient a booking is for. Solo has no search: a patient is found by the caller's patient id or
 * by the Solo Patient ID (SPID). A number is read as an SPID, anything else as a patient id.
 */
export type SchedulePatient = { kind: 'spid'; value: string } | { kind: 'id'; value: string };

export function patientFromInput(text: string): SchedulePatient | null {
  const value = text.trim();
  if (!value) return null;
  return /^\d+$/.test(value) ? { kind: 'spid', value } : { kind: 'id', value };
}

/** The Solo identity of a patient key (`?patient=`), SPID first. */
export function patientFromKey(key: string | null): SchedulePatient | null {
  const identities = tryDecodePatientKey(key);
  if (!identities) return null;
  const spid = identityOf(identities, 'solo', 'spid');
  if (spid && /^\d+$/.test(spid.value)) return { kind: 'spid', value: spid.value };
  const id = identityOf(identities, 'solo', 'id');
  return id ? { kind: 'id', value: id.value } : null;
}

export function patientKeyOf(patient: SchedulePatient): string {
  return encodePatientKey([{ source: 'solo', kind: patient.kind, value: patient.value }]);
}

export function soloRefOf(patient: SchedulePatient): SoloPatientRef {
  return patient.kind === 'spid' ? { spid: Number(patient.value) } : { patientId: patient.value };
}

/** "Jane Doe" from Solo demographics (the usual name first), or null. */
export function displayName(demographics: SoloDemographics | undefined): string | null {
  const names = demographics?.name ?? [];
  const name = names.find((n) => n.use === 'usual') ?? names[0];
  if (!name) return null;
  const text = [name.firstName, name.middleName, name.lastName].filter(Boolean).join(' ').trim();
  return text || name.family?.trim() || null;
}
