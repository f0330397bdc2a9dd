import { type EdenCreateOrder, edenCreateOrderSchema } from '@/api/eden/orders';
import type { InputIssue } from '@/api/errors';
import { dateProblem, localToday } from '@/components/forms/date-text';
import { inputResolver, type ValidationResult, zodIssues } from '@/components/forms/form-errors';
import { zonedTimeIssue } from '@/components/scheduling/zoned-time-issue';
import {
  formFieldForVendorField,
  type OrderFormValues,
  type TextField,
  textFields,
  toPayload,
  toUpdatePayload,
} from './order-form-model';

/**
 * The order form's checks. Every check runs on every submit and all their messages show at once: the
 * form's own rules (extra rows, real dates, a plausible birth date, whole minutes), then every Eden rule
 * through Eden's own schema (its cross-field rule runs even when other fields fail). Each field shows
 * its first message. Messages are translation keys.
 */

const EARLIEST_BIRTH_YEAR = 1900;
/** Whole minutes; Eden documents none, so this is the service schema's own bound (one day). */
export const DURATION_RANGE = { minimum: 1, maximum: 24 * 60 } as const;

/** The fields Eden requires, read from Eden's schema itself (what it calls required when nothing is given). */
export const requiredFields: ReadonlySet<TextField> = new Set(
  zodIssues(edenCreateOrderSchema, {})
    .filter((issue) => issue.message === 'validation.required')
    .map((issue) => issue.path as TextField),
);

function formChecks(values: OrderFormValues, today: string): InputIssue[] {
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  values.extra.forEach((row, index) => {
    const key = row.key.trim();
    if (!key && row.value.trim())
      issues.push({ path: `extra.${index}.key`, message: 'validation.extraKeyRequired' });
    if (key && seen.has(key))
      issues.push({ path: `extra.${index}.key`, message: 'validation.extraKeyDuplicate' });
    seen.add(key);
  });

  for (const field of ['patient_birth_date', 'appointment_date'] as const) {
    const problem = dateProblem(values[field].trim());
    if (problem) issues.push({ path: field, message: problem });
  }
  // A local time the facility's zone skips or has twice at a clock change (Eden keeps no zone).
  const facility = values.facility_identifier.trim();
  const zoned = zonedTimeIssue(
    'appointment_time',
    facility ? { kind: 'eden-facility', id: facility } : undefined,
    values.appointment_date,
    values.appointment_time,
  );
  if (zoned) issues.push(zoned);
  const birth = values.patient_birth_date.trim();
  if (!dateProblem(birth) && birth) {
    if (birth > today) issues.push({ path: 'patient_birth_date', message: 'validation.birthDateFuture' });
    else if (Number(birth.slice(0, 4)) < EARLIEST_BIRTH_YEAR)
      issues.push({
        path: 'patient_birth_date',
        message: 'validation.birthDateTooOld',
        params: { year: EARLIEST_BIRTH_YEAR },
      });
  }

  const duration = values.appointment_duration.trim();
  if (duration) {
    if (!/^\d+$/.test(duration)) issues.push({ path: 'appointment_duration', message: 'validation.integer' });
    else if (Number(duration) < DURATION_RANGE.minimum || Number(duration) > DURATION_RANGE.maximum)
      issues.push({
        path: 'appointment_duration',
        message: 'validation.between',
        params: { ...DURATION_RANGE },
      });
  }
  return issues;
}

/**
 * Eden's rules on the payload, moved onto the form's fields. When the form's own checks already refused an
 * extra-field row, Eden's word on the same rows (an empty key) would only say it twice.
 */
function edenChecks(values: OrderFormValues, own: InputIssue[]): InputIssue[] {
  const rowsRefused = own.some((issue) => issue.path.startsWith('extra'));
  return zodIssues(edenCreateOrderSchema, toPayload(values))
    .map((issue) => ({ ...issue, path: formFieldForVendorField(issue.path, values) ?? issue.path }))
    .filter((issue) => !(rowsRefused && issue.path.startsWith('extra')));
}

function allChecks(values: OrderFormValues, today: string): InputIssue[] {
  const own = formChecks(values, today);
  return [...own, ...edenChecks(values, own)];
}

/** The new-order form: the Eden payload, or every problem on its field. */
export function validateOrderForm(
  values: OrderFormValues,
  today: string = localToday(),
): ValidationResult<EdenCreateOrder> {
  const issues = allChecks(values, today);
  if (issues.length) return { ok: false, issues };
  return { ok: true, value: toPayload(values) as EdenCreateOrder };
}

/**
 * The edit form: the whole order is checked as at creation (a required field cannot be emptied), and an
 * optional field that had a value cannot be emptied either, since Eden has no way to unset one: the user
 * is told so next to it instead of seeing "updated" while the old value stays. Output: what changed.
 */
export function validateOrderEdit(
  values: OrderFormValues,
  initial: OrderFormValues,
  today: string = localToday(),
): ValidationResult<Record<string, unknown>> {
  const cleared: InputIssue[] = textFields
    .filter(
      (field) => !requiredFields.has(field) && initial[field].trim() !== '' && values[field].trim() === '',
    )
    .map((field) => ({ path: field, message: 'validation.cannotClear', params: { vendor: 'Eden' } }));
  const issues = [...cleared, ...allChecks(values, today)];
  if (issues.length) return { ok: false, issues };
  return { ok: true, value: toUpdatePayload(values, initial) };
}

export const orderFormResolver = inputResolver<OrderFormValues, EdenCreateOrder>((values) =>
  validateOrderForm(values),
);

export function orderEditResolver(initial: OrderFormValues) {
  return inputResolver<OrderFormValues, Record<string, unknown>>((values) =>
    validateOrderEdit(values, initial),
  );
}
