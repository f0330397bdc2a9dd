import { describe, expect, it } from 'vitest';
import type { EdenOrder } from '@/api/eden/orders';
import { fullEdenOrder } from '@/test/eden.test-helpers';
import {
  emptyOrderForm,
  formFieldForVendorField,
  fromOrder,
  generateFolio,
  sectionOf,
  toPayload,
  toUpdatePayload,
} from './order-form-model';
import { formFrom } from './test-order-forms';

describe('toPayload', () => {
  it('turns a full form into exactly the Eden payload', () => {
    expect(toPayload(formFrom(fullEdenOrder()))).toEqual(fullEdenOrder());
  });

  it('drops empty inputs, trims text, and never rewrites a duration that is not whole minutes', () => {
    const values = {
      ...emptyOrderForm('F-1'),
      patient_name: '  Ana  ',
      appointment_duration: '',
      priority: '',
    };
    expect(toPayload(values)).toEqual({ folio: 'F-1', patient_name: 'Ana' });
    for (const typed of ['3o', '1.5', '1e3', '-4'])
      expect(toPayload({ ...values, appointment_duration: typed }).appointment_duration).toBe(typed);
    expect(toPayload({ ...values, appointment_duration: '45' }).appointment_duration).toBe(45);
  });
});

describe('toUpdatePayload', () => {
  it('only sends what changed', () => {
    const initial = formFrom(fullEdenOrder());
    expect(toUpdatePayload({ ...initial, appointment_time: '11:00:00' }, initial)).toEqual({
      appointment_time: '11:00:00',
    });
    expect(toUpdatePayload(initial, initial)).toEqual({});
  });

  it('sends the extra fields whole when a row changed, and {} when every row was removed', () => {
    const initial = formFrom(fullEdenOrder());
    expect(toUpdatePayload({ ...initial, extra: initial.extra.slice(1) }, initial)).toEqual({
      extra_fields: { insurance: 'AXA-123' },
    });
    expect(toUpdatePayload({ ...initial, extra: [] }, initial)).toEqual({ extra_fields: {} });
  });
});

describe('fromOrder', () => {
  it('reads an Eden order back into the form', () => {
    const values = fromOrder({
      ...(fullEdenOrder() as unknown as EdenOrder),
      id: 'x',
      status: 'NEW',
      facility: { id: 'f', identifier: 'FACILITY_01', name: 'F1' },
      room: { id: 'r', ae_title: 'F1_MR2', name: 'MR 2' },
      created_at: '2026-11-21T10:00:00Z',
      updated_at: '2026-11-21T10:00:00Z',
    });
    expect(values).toEqual(formFrom(fullEdenOrder()));
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

  it('puts an error about one extra field on the row that holds it', () => {
    const values = formFrom(fullEdenOrder());
    expect(formFieldForVendorField('extra_fields.insurance', values)).toBe('extra.1.value');
    expect(formFieldForVendorField('extra_fields.unknown', values)).toBe('extra');
  });
});

describe('sectionOf', () => {
  it('tells the patient’s and the physician’s "Given names" apart', () => {
    expect(sectionOf('patient_name')).toBe('patient');
    expect(sectionOf('physician_name')).toBe('physician');
    expect(sectionOf('practitioner_assigned_email')).toBe('physician');
    expect(sectionOf('appointment_date')).toBe('appointment');
    expect(sectionOf('room_identifier')).toBe('place');
    expect(sectionOf('extra.2.key')).toBe('extra');
    expect(sectionOf('folio')).toBe('study');
  });
});

describe('generateFolio', () => {
  it('fits Eden’s 80-character folio and differs each time', () => {
    const a = generateFolio(new Date('2026-11-21T10:00:00Z'));
    expect(a).toMatch(/^ACC-20261121-[A-Z2-9]{6}$/);
    expect(generateFolio()).not.toBe(generateFolio());
  });
});
