import type { InputIssue } from '@/api/errors';
import type { SoloPatient } from '@/api/solo/patients';
import { isIsoDate } from '@/lib/mappings/datetime';

/**
 * The Solo patient form's shape, kept apart from Solo's wire body (OpenMRS's `toPayload` pattern): every
 * documented demographic field, as strings and rows ('' = not given). `toSoloPayload` turns it into exactly
 * what Solo expects; `fromSoloPatient` fills it from a patient for editing.
 *
 * Solo's rules, enforced here before anything is sent (and by the mock, as Solo documents them):
 * - `deceasedAt` is required when `deceased` is true, and refused when `deceased` is false or not given;
 *   it is written `YYYY-MM-DD hh:mm AM` (the page's only example), from the form's date and 24-hour time;
 * - `groupType` and `groupName` are required when `isLinkedByEmail` is true (the "family" that may share an
 *   email address among several patients); `familyMember` is the vendor's deprecated flag for the same;
 * - `id` (the caller's id) is required at creation: the console makes it once per draft, and it is the
 *   idempotency key (src/api/solo/patient-create-once.ts).
 * The console adds: a first and a last name, a birth date that exists and is not in the future, a death not
 * before the birth nor in the future, valid email addresses and phone numbers in the telecom rows.
 */
export const soloTelecomSystems = ['phone', 'email', 'sms', 'fax', 'other'] as const;
export const soloTelecomUses = ['home', 'work', 'mobile', 'temp', 'old'] as const;
export const soloAddressUses = ['home', 'work', 'temp', 'old', 'billing'] as const;
export const soloGenders = ['female', 'male', 'other', 'unknown'] as const;
export const soloMaritalStatuses = [
  'single',
  'married',
  'divorced',
  'widowed',
  'separated',
  'unknown',
] as const;

export interface SoloTelecomRow {
  system: string;
  use: string;
  value: string;
}
export interface SoloAddressRow {
  use: string;
  line1: string;
  line2: string;
  apartment: string;
  city: string;
  state: string;
  postalcode: string;
  country: string;
}
export interface SoloContactRow {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
}

export interface SoloPatientFormValues {
  id: string;
  mrn: string;
  accountNumber: string;
  firstName: string;
  middleName: string;
  lastName: string;
  alias: string;
  birthDate: string;
  gender: string;
  maritalStatus: string;
  preferredLanguage: string;
  race: string;
  ethnicity: string;
  telecom: SoloTelecomRow[];
  address: SoloAddressRow[];
  contact: SoloContactRow[];
  active: boolean;
  deceased: boolean;
  deceasedDate: string;
  /** `HH:MM`, 24-hour clock. */
  deceasedTime: string;
  familyMember: boolean;
  isLinkedByEmail: boolean;
  groupType: string;
  groupName: string;
}

export const emptyTelecom = (system = 'phone'): SoloTelecomRow => ({ system, use: 'home', value: '' });
export const emptyAddress = (): SoloAddressRow => ({
  use: 'home',
  line1: '',
  line2: '',
  apartment: '',
  city: '',
  state: '',
  postalcode: '',
  country: '',
});
export const emptyContact = (): SoloContactRow => ({ firstName: '', lastName: '', phone: '', email: '' });

export function emptySoloPatientForm(id = ''): SoloPatientFormValues {
  return {
    id,
    mrn: '',
    accountNumber: '',
    firstName: '',
    middleName: '',
    lastName: '',
    alias: '',
    birthDate: '',
    gender: '',
    maritalStatus: '',
    preferredLanguage: '',
    race: '',
    ethnicity: '',
    telecom: [emptyTelecom('phone'), emptyTelecom('email')],
    address: [emptyAddress()],
    contact: [],
    active: true,
    deceased: false,
    deceasedDate: '',
    deceasedTime: '',
    familyMember: false,
    isLinkedByEmail: false,
    groupType: '',
    groupName: '',
  };
}

/** `P-20261121-K3F9Q2`: the caller's patient id, made once per draft (the idempotency key). */
export function generateSoloPatientId(now = new Date()): string {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `P-${day}-${Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('')}`;
}

const text = (value: string) => value.trim();
const given = (value: string) => (text(value) === '' ? undefined : text(value));

/** `2020-03-31` + `22:12` → `2020-03-31 10:12 PM` (Solo's form). */
export function toSoloDeceasedAt(date: string, time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const suffix = hours < 12 ? 'AM' : 'PM';
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return `${date} ${String(twelve).padStart(2, '0')}:${String(minutes).padStart(2, '0')} ${suffix}`;
}

/** `2020-03-31 10:12 PM` → `{ date: '2020-03-31', time: '22:12' }`; null when not in that form. */
export function fromSoloDeceasedAt(value: string | null | undefined): { date: string; time: string } | null {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{1,2}):(\d{2}) ([AP]M)$/.exec(value ?? '');
  if (!match) return null;
  const hours12 = Number(match[2]) % 12;
  const hours = match[4] === 'PM' ? hours12 + 12 : hours12;
  return { date: match[1] as string, time: `${String(hours).padStart(2, '0')}:${match[3]}` };
}

const anyText = (...values: string[]) => values.some((value) => text(value) !== '');
const addressGiven = (row: SoloAddressRow) =>
  anyText(row.line1, row.line2, row.apartment, row.city, row.state, row.postalcode, row.country);
const contactGiven = (row: SoloContactRow) => anyText(row.firstName, row.lastName, row.phone, row.email);

/** The demographics body (create adds `id`; update sends it as is). Empty rows and fields are left out. */
export function toSoloDemographics(values: SoloPatientFormValues) {
  const telecom = values.telecom
    .filter((row) => text(row.value) !== '')
    .map((row) => ({ system: row.system, use: row.use, value: text(row.value) }));
  const address = values.address.filter(addressGiven).map((row) => ({
    use: row.use,
    line: [text(row.line1), text(row.line2)].filter(Boolean),
    apartment: given(row.apartment),
    city: given(row.city),
    state: given(row.state),
    postalcode: given(row.postalcode),
    country: given(row.country),
  }));
  const contact = values.contact.filter(contactGiven).map((row) => ({
    name:
      text(row.firstName) || text(row.lastName)
        ? [{ firstName: given(row.firstName), lastName: given(row.lastName) }]
        : [],
    telecom: [
      ...(text(row.phone) ? [{ system: 'phone', use: 'home', value: text(row.phone) }] : []),
      ...(text(row.email) ? [{ system: 'email', use: 'home', value: text(row.email) }] : []),
    ],
  }));
  const fullName = [values.firstName, values.middleName, values.lastName].map(text).filter(Boolean).join(' ');
  return {
    mrn: given(values.mrn),
    accountNumber: given(values.accountNumber),
    name: [
      {
        use: 'usual',
        family: fullName || undefined,
        firstName: given(values.firstName),
        middleName: given(values.middleName),
        lastName: given(values.lastName),
        alias: given(values.alias),
      },
    ],
    birthDate: given(values.birthDate),
    gender: given(values.gender),
    maritalStatus: given(values.maritalStatus),
    telecom,
    contact,
    preferredLanguage: given(values.preferredLanguage),
    race: given(values.race),
    ethnicity: given(values.ethnicity),
    address,
    active: values.active,
    deceased: values.deceased,
    // Only for a deceased patient (Solo refuses it otherwise); the form refuses the other combination first.
    deceasedAt: values.deceased
      ? toSoloDeceasedAt(text(values.deceasedDate), text(values.deceasedTime))
      : null,
    familyMember: values.familyMember,
    isLinkedByEmail: values.isLinkedByEmail,
    groupType: values.isLinkedByEmail ? given(values.groupType) : undefined,
    groupName: values.isLinkedByEmail ? given(values.groupName) : undefined,
  };
}

export function toSoloCreatePayload(values: SoloPatientFormValues) {
  return { id: text(values.id), ...toSoloDemographics(values) };
}

/** A Solo patient (as answered) → the form, for editing. `id` is the caller's id it was fetched by. */
export function fromSoloPatient(patient: SoloPatient, id: string): SoloPatientFormValues {
  const name = patient.name?.find((n) => n.use === 'usual') ?? patient.name?.[0];
  const deceasedAt = fromSoloDeceasedAt(patient.deceasedAt);
  const telecom = (patient.telecom ?? []).map((t) => ({
    system: t.system ?? 'phone',
    use: t.use ?? 'home',
    value: t.value ?? '',
  }));
  const address = (patient.address ?? []).map((a) => ({
    use: a.use ?? 'home',
    line1: a.line?.[0] ?? '',
    line2: a.line?.slice(1).filter(Boolean).join(', ') ?? '',
    apartment: a.apartment ?? '',
    city: a.city ?? '',
    state: a.state ?? '',
    postalcode: a.postalcode ?? '',
    country: a.country ?? '',
  }));
  const contact = (patient.contact ?? []).map((c) => ({
    firstName: c.name?.[0]?.firstName ?? '',
    lastName: c.name?.[0]?.lastName ?? '',
    phone: c.telecom?.find((t) => t.system === 'phone')?.value ?? '',
    email: c.telecom?.find((t) => t.system === 'email')?.value ?? '',
  }));
  return {
    ...emptySoloPatientForm(id),
    mrn: patient.mrn ?? '',
    accountNumber: patient.accountNumber ?? '',
    firstName: name?.firstName ?? '',
    middleName: name?.middleName ?? '',
    lastName: name?.lastName ?? '',
    alias: name?.alias ?? '',
    birthDate: patient.birthDate ?? '',
    gender: patient.gender ?? '',
    maritalStatus: patient.maritalStatus ?? '',
    preferredLanguage: patient.preferredLanguage ?? '',
    race: patient.race ?? '',
    ethnicity: patient.ethnicity ?? '',
    telecom: telecom.length ? telecom : [emptyTelecom()],
    address: address.length ? address : [emptyAddress()],
    contact,
    active: patient.active !== false,
    deceased: patient.deceased === true,
    deceasedDate: deceasedAt?.date ?? '',
    deceasedTime: deceasedAt?.time ?? '',
    familyMember: patient.familyMember === true,
    isLinkedByEmail: patient.isLinkedByEmail === true,
    groupType: patient.sharedEmailGroup?.type ?? '',
    groupName: patient.sharedEmailGroup?.name ?? '',
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PHONE = /^\+?[0-9 ().-]{4,25}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const EARLIEST_YEAR = 1900;

function dateIssue(path: string, value: string): InputIssue | null {
  if (!value) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return { path, message: 'validation.isoDate' };
  if (!isIsoDate(value)) return { path, message: 'validation.noSuchDate' };
  return null;
}

/**
 * Every check of the form, each message a translation key on the field it is about. `today` is the
 * user's local day (`YYYY-MM-DD`). Solo's deceased and family rules come first, as they are the ones its
 * API refuses.
 */
export function soloPatientFormIssues(values: SoloPatientFormValues, today: string): InputIssue[] {
  const issues: InputIssue[] = [];
  const deceasedDate = text(values.deceasedDate);
  const deceasedTime = text(values.deceasedTime);
  if (values.deceased) {
    if (!deceasedDate) issues.push({ path: 'deceasedDate', message: 'validation.deceasedAtRequired' });
    if (!deceasedTime) issues.push({ path: 'deceasedTime', message: 'validation.deceasedAtRequired' });
  } else if (deceasedDate || deceasedTime) {
    issues.push({
      path: deceasedDate ? 'deceasedDate' : 'deceasedTime',
      message: 'validation.deceasedAtNotAllowed',
    });
  }
  const deathProblem = dateIssue('deceasedDate', deceasedDate);
  if (deathProblem) issues.push(deathProblem);
  else if (deceasedDate && deceasedDate > today)
    issues.push({ path: 'deceasedDate', message: 'validation.dateInFuture' });
  if (deceasedTime && !TIME.test(deceasedTime))
    issues.push({ path: 'deceasedTime', message: 'validation.time24hm' });

  if (values.isLinkedByEmail) {
    if (!text(values.groupType))
      issues.push({ path: 'groupType', message: 'validation.requiredWhenLinkedByEmail' });
    if (!text(values.groupName))
      issues.push({ path: 'groupName', message: 'validation.requiredWhenLinkedByEmail' });
  }

  if (!text(values.id)) issues.push({ path: 'id', message: 'validation.required' });
  if (!text(values.firstName)) issues.push({ path: 'firstName', message: 'validation.required' });
  if (!text(values.lastName)) issues.push({ path: 'lastName', message: 'validation.required' });

  const birth = text(values.birthDate);
  const birthProblem = dateIssue('birthDate', birth);
  if (birthProblem) issues.push(birthProblem);
  else if (birth) {
    if (birth > today) issues.push({ path: 'birthDate', message: 'validation.birthDateFuture' });
    else if (Number(birth.slice(0, 4)) < EARLIEST_YEAR)
      issues.push({
        path: 'birthDate',
        message: 'validation.birthDateTooOld',
        params: { year: EARLIEST_YEAR },
      });
    if (deceasedDate && !deathProblem && deceasedDate < birth)
      issues.push({ path: 'deceasedDate', message: 'validation.deathBeforeBirth' });
  }

  values.telecom.forEach((row, index) => {
    const value = text(row.value);
    if (!value) return;
    if (row.system === 'email' && !EMAIL.test(value))
      issues.push({ path: `telecom.${index}.value`, message: 'validation.email' });
    if ((row.system === 'phone' || row.system === 'sms' || row.system === 'fax') && !PHONE.test(value))
      issues.push({ path: `telecom.${index}.value`, message: 'validation.phoneNumber' });
  });
  values.contact.forEach((row, index) => {
    if (text(row.email) && !EMAIL.test(text(row.email)))
      issues.push({ path: `contact.${index}.email`, message: 'validation.email' });
    if (text(row.phone) && !PHONE.test(text(row.phone)))
      issues.push({ path: `contact.${index}.phone`, message: 'validation.phoneNumber' });
  });
  return issues;
}

/** A wire path of Solo's body (`name[0].firstName`, `telecom[1].value`, `deceasedAt`) → the form field showing it. */
export function soloFormFieldFor(wirePath: string): string | null {
  const path = wirePath.replace(/\[(\d+)\]/g, '.$1');
  if (path.startsWith('name.0.')) return path.slice('name.0.'.length);
  if (path === 'deceasedAt') return 'deceasedDate';
  if (/^telecom\.\d+/.test(path)) return `${path.split('.').slice(0, 2).join('.')}.value`;
  if (/^address\.\d+/.test(path)) return `${path.split('.').slice(0, 2).join('.')}.line1`;
  const top = path.split('.')[0] ?? '';
  const known = [
    'id',
    'mrn',
    'accountNumber',
    'birthDate',
    'gender',
    'maritalStatus',
    'preferredLanguage',
    'race',
    'ethnicity',
    'groupType',
    'groupName',
    'deceased',
    'isLinkedByEmail',
  ];
  return known.includes(top) ? top : null;
}
