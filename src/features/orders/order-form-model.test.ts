import { describe, expect, it } from 'vitest';
import { fullEdenOrder } from '@/test/eden.test-helpers';
import {
  emptyOrderForm,
  formFieldForVendorField,
  generateFolio,
  type OrderFormValues,
  orderFormSchema,
  toPayload,
  toUpdatePayload,
} from './order-form-model';

function formFrom(order: Record<string, unknown>): OrderFormValues {
  const values = emptyOrderForm();
  for (const [key, value] of Object.entries(order)) {
    if (key === 'extra_fields') {
      values.extra = Object.entries(value as Record<string, string>).map(([k, v]) => ({ key: k, value: v }));
    } else (values as Record<string, unknown>)[key] = String(value);
  }
  return values;
}

describe('toPayload', () => {
  it('turns a full form into exactly the Eden payload', () => {
    expect(toPayload(formFrom(fullEdenOrder()))).toEqual(fullEdenOrder());
  });

  it('drops empty inputs, trims text and keeps a bad duration for the schema to reject', () => {
    const values = {
      ...emptyOrderForm('F-1'),
      patient_name: '  Ana  ',
      appointment_duration: '',
      priority: '',
    };
    expect(toPayload(values)).toEqual({ folio: 'F-1', patient_name: 'Ana' });
    expect(toPayload({ ...values, appointment_duration: '3o' }).appointment_duration).toBe('3o');
  });

  it('only sends what changed on update', () => {
    const initial = formFrom(fullEdenOrder());
    expect(toUpdatePayload({ ...initial, appointment_time: '11:00:00' }, initial)).toEqual({
      appointment_time: '11:00:00',
    });
    expect(toUpdatePayload(initial, initial)).toEqual({});
  });
});

describe('orderFormSchema', () => {
  it('puts every Eden rule on its form field', () => {
    const result = orderFormSchema.safeParse({
      ...formFrom(fullEdenOrder()),
      folio: 'x'.repeat(81),
      patient_gender: 'X',
      appointment_time: '9:00',
      extra: [
        { key: 'a', value: '1' },
        { key: 'a', value: '2' },
        { key: '', value: 'orphan' },
      ],
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.')).sort();
    expect(paths).toEqual(['extra.1.key', 'extra.2.key']);
    // The payload rules run once the form's own rows are fine.
    const second = orderFormSchema.safeParse({
      ...formFrom(fullEdenOrder()),
      folio: 'x'.repeat(81),
      patient_gender: 'X',
      appointment_time: '9:00',
    });
    expect(second.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'appointment_time',
      'folio',
      'patient_gender',
    ]);
  });
});

describe('formFieldForVendorField', () => {
  it('maps canonical names, aliases and extra_fields; unknown fields have no place', () => {
    expect(formFieldForVendorField('patient_name')).toBe('patient_name');
    expect(formFieldForVendorField('accession_number')).toBe('folio');
    expect(formFieldForVendorField('patient_sex')).toBe('patient_gender');
    expect(formFieldForVendorField('extra_fields')).toBe('extra');
    expect(formFieldForVendorField('non_field_errors')).toBeNull();
  });
});

describe('generateFolio', () => {
  it('fits Eden’s 80-character folio and differs each time', () => {
    const a = generateFolio(new Date('2026-11-21T10:00:00Z'));
    expect(a).toMatch(/^ACC-20261121-[A-Z2-9]{6}$/);
    expect(generateFolio()).not.toBe(generateFolio());
  });
});
