import type { InputIssue } from '@/api/errors';
import {
  type SoloContextLink,
  type SoloLinkSex,
  type SoloLinkUserType,
  soloContextLinkSchema,
} from '@/api/solo/linking';
import { toInputIssue } from '@/api/zod-issues';
import { isIsoDate, localToInstant, MappingError } from '@/lib/mappings';
import type { ShareValidation } from './share-validation';

/**
 * The context-link form: the linking JSON of Solo's doc (user, type, visit, date, patient) as a front desk
 * fills it in. The visit's date and time are typed in the user's zone and become the UTC unix timestamp
 * the doc asks for; every other value goes into the JSON exactly as typed (trimmed), names in any script.
 */
export interface ContextLinkFormValues {
  user: string;
  type: SoloLinkUserType | '';
  visit: string;
  /** `YYYY-MM-DD` and `HH:MM` in `timeZone`. */
  visitDay: string;
  visitTime: string;
  patient: {
    id: string;
    sex: SoloLinkSex | '';
    dob: string;
    firstName: string;
    lastName: string;
  };
}

export function emptyContextLinkForm(prefill: Partial<ContextLinkFormValues> = {}): ContextLinkFormValues {
  return {
    user: '',
    type: '',
    visit: '',
    visitDay: '',
    visitTime: '',
    ...prefill,
    patient: { id: '', sex: '', dob: '', firstName: '', lastName: '', ...prefill.patient },
  };
}

/** The wire JSON's paths → the form's (the visit time is `date` on the wire). */
export function contextFieldOf(path: string): string {
  return path === 'date' ? 'visitTime' : path;
}

/** Form → the linking JSON, checked against the doc's schema; issues carry the form's paths. */
export function toSoloContextLink(
  values: ContextLinkFormValues,
  timeZone: string,
): ShareValidation<SoloContextLink> {
  const issues: InputIssue[] = [];
  let date = Number.NaN;
  const day = values.visitDay.trim();
  const time = values.visitTime.trim();
  if (!day) issues.push({ path: 'visitDay', message: 'validation.required' });
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) issues.push({ path: 'visitDay', message: 'validation.isoDate' });
  else if (!isIsoDate(day)) issues.push({ path: 'visitDay', message: 'validation.noSuchDate' });
  if (!time) issues.push({ path: 'visitTime', message: 'validation.required' });
  else if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time))
    issues.push({ path: 'visitTime', message: 'validation.time24hm' });
  if (issues.length === 0) {
    try {
      date = Math.floor(
        localToInstant({ date: day, time: `${time}:00` }, timeZone, { ambiguous: 'earlier' }).getTime() /
          1000,
      );
    } catch (error) {
      if (!(error instanceof MappingError)) throw error;
      issues.push({ path: 'visitTime', message: 'validation.noSuchLocalTime' });
    }
  }
  const candidate = {
    user: values.user.trim(),
    type: values.type,
    visit: values.visit.trim(),
    date,
    patient: {
      id: values.patient.id.trim(),
      sex: values.patient.sex,
      dob: values.patient.dob.trim(),
      firstName: values.patient.firstName.trim(),
      lastName: values.patient.lastName.trim(),
    },
  };
  const parsed = soloContextLinkSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.map(toInputIssue)) {
      if (issue.path === 'date') continue; // the visit day and time above say it
      const empty = issue.path === 'patient.dob' && candidate.patient.dob === '';
      issues.push(
        empty
          ? { path: issue.path, message: 'validation.required' }
          : { ...issue, path: contextFieldOf(issue.path) },
      );
    }
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, value: parsed.data };
}
