import type { InputIssue } from '@/api/errors';
import type { ImpiloPatient } from '@/api/impilo/patients';
import { isIsoDate } from '@/lib/mappings/datetime';

/**
 * The Impilo patient form: Impilo's patient fields (first and last name required by Impilo; the rest as the
 * list filters and the console's assumptions name them), as strings. The MRN (`externalIdentifier`) is
 * required by the console: it is how a retry finds a patient an earlier attempt created
 * (src/api/impilo/patient-create-once.ts). An address is sent whole or not at all (Impilo's assumed
 * address needs line 1, city, postal code and country).
 */
export interface ImpiloPatientFormValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  dateOfBirth: string;
  externalIdentifier: string;
  siteId: string;
  line1: string;
  line2: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
}

export const addressFields = ['line1', 'line2', 'city', 'state', 'postalCode', 'country'] as const;

export function emptyImpiloPatientForm(): ImpiloPatientFormValues {
  return {
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    dateOfBirth: '',
    externalIdentifier: '',
    siteId: '',
    line1: '',
    line2: '',
    city: '',
    state: '',
    postalCode: '',
    country: '',
  };
}

const text = (value: string) => value.trim();
const given = (value: string) => (text(value) === '' ? undefined : text(value));

function address(values: ImpiloPatientFormValues) {
  if (!addressFields.some((field) => text(values[field]))) return undefined;
  return {
    line1: text(values.line1),
    line2: given(values.line2) ?? null,
    city: text(values.city),
    state: given(values.state) ?? null,
    postalCode: text(values.postalCode),
    country: text(values.country).toUpperCase(),
  };
}

/** The create body (and the update body: the same fields, ASSUMED). */
export function toImpiloPayload(values: ImpiloPatientFormValues) {
  return {
    firstName: text(values.firstName),
    lastName: text(values.lastName),
    email: given(values.email),
    phone: given(values.phone),
    dateOfBirth: given(values.dateOfBirth),
    externalIdentifier: text(values.externalIdentifier),
    siteId: given(values.siteId),
    address: address(values),
  };
}

export function fromImpiloPatient(patient: ImpiloPatient): ImpiloPatientFormValues {
  return {
    firstName: patient.firstName,
    lastName: patient.lastName,
    email: patient.email ?? '',
    phone: patient.phone ?? '',
    dateOfBirth: patient.dateOfBirth ?? '',
    externalIdentifier: patient.externalIdentifier ?? '',
    siteId: patient.siteId ?? '',
    line1: patient.address?.line1 ?? '',
    line2: patient.address?.line2 ?? '',
    city: patient.address?.city ?? '',
    state: patient.address?.state ?? '',
    postalCode: patient.address?.postalCode ?? '',
    country: patient.address?.country ?? '',
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PHONE = /^\+?[0-9 ().-]{4,25}$/;

/** The form's own checks (Impilo's schema runs on the payload after these: see the form page). */
export function impiloPatientFormIssues(values: ImpiloPatientFormValues, today: string): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const field of ['firstName', 'lastName', 'externalIdentifier'] as const)
    if (!text(values[field])) issues.push({ path: field, message: 'validation.required' });
  const birth = text(values.dateOfBirth);
  if (birth) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(birth))
      issues.push({ path: 'dateOfBirth', message: 'validation.isoDate' });
    else if (!isIsoDate(birth)) issues.push({ path: 'dateOfBirth', message: 'validation.noSuchDate' });
    else if (birth > today) issues.push({ path: 'dateOfBirth', message: 'validation.birthDateFuture' });
  }
  if (text(values.email) && !EMAIL.test(text(values.email)))
    issues.push({ path: 'email', message: 'validation.email' });
  if (text(values.phone) && !PHONE.test(text(values.phone)))
    issues.push({ path: 'phone', message: 'validation.phoneNumber' });
  if (address(values)) {
    for (const field of ['line1', 'city', 'postalCode'] as const)
      if (!text(values[field])) issues.push({ path: field, message: 'validation.addressPartRequired' });
    if (!/^[A-Za-z]{2}$/.test(text(values.country)))
      issues.push({ path: 'country', message: 'validation.countryCode' });
  }
  return issues;
}

/** Impilo's wire path (`address.postalCode`) → the form field. */
export function impiloFormFieldFor(wirePath: string): string | null {
  const path = wirePath.replace(/^address\./, '');
  const known = [
    'firstName',
    'lastName',
    'email',
    'phone',
    'dateOfBirth',
    'externalIdentifier',
    'siteId',
    ...addressFields,
  ];
  return known.includes(path) ? path : wirePath === 'address' ? 'line1' : null;
}
