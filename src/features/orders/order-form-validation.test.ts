import { describe, expect, it } from 'vitest';
import type { InputIssue } from '@/api/errors';
import { fullEdenOrder } from '@/test/eden.test-helpers';
import { emptyOrderForm, type OrderFormValues } from './order-form-model';
import { requiredFields, validateOrderEdit, validateOrderForm } from './order-form-validation';
import { formFrom } from './test-order-forms';

const TODAY = '2026-12-01';

/** The issue each field shows: its first one, as the resolver does. */
function issues(values: OrderFormValues): Record<string, InputIssue> {
  const result = validateOrderForm(values, TODAY);
  const byPath: Record<string, InputIssue> = {};
  if (!result.ok) for (const issue of result.issues) byPath[issue.path] ??= issue;
  return byPath;
}

function messages(values: OrderFormValues): Record<string, string> {
  return Object.fromEntries(Object.entries(issues(values)).map(([path, issue]) => [path, issue.message]));
}

describe('validateOrderForm (new order)', () => {
  it('accepts a full form and outputs the Eden payload', () => {
    const result = validateOrderForm(formFrom(fullEdenOrder()), TODAY);
    expect(result).toEqual({ ok: true, value: fullEdenOrder() });
  });

  it('shows every error at once: a duplicated extra key hides nothing, and a time needs a date runs too', () => {
    const result = messages({
      ...formFrom(fullEdenOrder()),
      folio: 'x'.repeat(81),
      patient_gender: 'X',
      appointment_date: '',
      appointment_time: '9:00',
      extra: [
        { key: 'a', value: '1' },
        { key: 'a', value: '2' },
        { key: '', value: 'orphan' },
      ],
    });
    expect(result).toEqual({
      'extra.1.key': 'validation.extraKeyDuplicate',
      'extra.2.key': 'validation.extraKeyRequired',
      folio: 'validation.tooLong',
      patient_gender: 'validation.invalidChoice',
      appointment_time: 'validation.time24',
      appointment_date: 'validation.timeNeedsDate',
    });
  });

  it('says "required" for an empty required field, modality included', () => {
    const result = messages(emptyOrderForm('F-1'));
    expect(result.modality).toBe('validation.required');
    expect(result.patient_name).toBe('validation.required');
    expect(result.patient_birth_date).toBe('validation.required');
    expect(result.folio).toBeUndefined();
    expect(messages({ ...formFrom(fullEdenOrder()), modality: 'XX' }).modality).toBe('validation.modality');
  });

  it('knows the required fields from Eden’s schema', () => {
    expect([...requiredFields].sort()).toEqual(
      [
        'description',
        'facility_identifier',
        'folio',
        'modality',
        'patient_birth_date',
        'patient_gender',
        'patient_name',
        'study_code',
        'study_name',
      ].sort(),
    );
  });

  it.each([
    ['0', 'validation.between'],
    ['1441', 'validation.between'],
    ['1.5', 'validation.integer'],
    ['1e3', 'validation.integer'],
    ['-4', 'validation.integer'],
    ['3o', 'validation.integer'],
  ])('refuses the duration %s with a message (%s)', (duration, message) => {
    const found = issues({ ...formFrom(fullEdenOrder()), appointment_duration: duration });
    expect(found.appointment_duration?.message).toBe(message);
    if (message === 'validation.between')
      expect(found.appointment_duration?.params).toEqual({ minimum: 1, maximum: 1440 });
  });

  it('says that 30 February does not exist, and that "31/12" is not a date', () => {
    expect(messages({ ...formFrom(fullEdenOrder()), appointment_date: '2026-02-30' }).appointment_date).toBe(
      'validation.dateNotExist',
    );
    expect(messages({ ...formFrom(fullEdenOrder()), patient_birth_date: '31/12' }).patient_birth_date).toBe(
      'validation.dateFormat',
    );
  });

  it('refuses a birth date in the future or before 1900', () => {
    const future = issues({ ...formFrom(fullEdenOrder()), patient_birth_date: '2026-12-02' });
    expect(future.patient_birth_date?.message).toBe('validation.birthDateFuture');
    const old = issues({ ...formFrom(fullEdenOrder()), patient_birth_date: '1899-12-31' });
    expect(old.patient_birth_date).toEqual({
      path: 'patient_birth_date',
      message: 'validation.birthDateTooOld',
      params: { year: 1900 },
    });
    expect(validateOrderForm({ ...formFrom(fullEdenOrder()), patient_birth_date: TODAY }, TODAY).ok).toBe(
      true,
    );
    expect(
      validateOrderForm({ ...formFrom(fullEdenOrder()), patient_birth_date: '1900-01-01' }, TODAY).ok,
    ).toBe(true);
  });
});

describe('validateOrderEdit', () => {
  const initial = formFrom(fullEdenOrder());

  it('outputs only what changed', () => {
    expect(validateOrderEdit({ ...initial, appointment_time: '10:15:00' }, initial, TODAY)).toEqual({
      ok: true,
      value: { appointment_time: '10:15:00' },
    });
  });

  it('refuses to empty a required field, next to it', () => {
    const result = validateOrderEdit({ ...initial, patient_name: '  ' }, initial, TODAY);
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'patient_name', message: 'validation.required' },
    ]);
  });

  it('says why an optional field that has a value cannot be emptied, instead of saying "updated"', () => {
    const result = validateOrderEdit(
      { ...initial, patient_email: '', appointment_date: '', appointment_time: '', appointment_duration: '' },
      initial,
      TODAY,
    );
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.filter((i) => i.message === 'validation.cannotClear');
    expect(paths.map((issue) => issue.path).sort()).toEqual([
      'appointment_date',
      'appointment_duration',
      'appointment_time',
      'patient_email',
    ]);
    expect(paths[0]?.params).toEqual({ vendor: 'Eden' });
  });

  it('lets an optional field that was empty stay empty', () => {
    const sparse = { ...initial, patient_email: '' };
    expect(validateOrderEdit({ ...sparse, study_name: 'Other' }, sparse, TODAY)).toEqual({
      ok: true,
      value: { study_name: 'Other' },
    });
  });
});
