import { describe, expect, it } from 'vitest';
import {
  emptyPostDicomOrderForm,
  generateAccessionNumber,
  isPostDicomOrderDraft,
  type PostDicomOrderFormValues,
  postDicomFieldsOf,
  postDicomFormField,
  postDicomJsonFields,
  toPostDicomRequest,
  validatePostDicomOrder,
} from './postdicom-order-model';

function filled(patch: Partial<PostDicomOrderFormValues> = {}): PostDicomOrderFormValues {
  return {
    ...emptyPostDicomOrderForm(),
    userUuid: 'u-1',
    institutionUuid: 'i-1',
    PatientName: 'GARCIA^MARIA',
    PatientID: 'MRN-1',
    OrderModality: 'MR',
    OrderAccessionNumber: 'A260310ABCDEFG',
    ...patch,
  };
}

describe('PostDICOM order form', () => {
  it('the JSON variant shows and sends every documented key, only those given', () => {
    expect(postDicomFieldsOf('json')).toEqual(postDicomJsonFields);
    expect(postDicomJsonFields).toHaveLength(21);
    const all = Object.fromEntries(postDicomJsonFields.map((k) => [k, `v-${k}`]));
    const request = toPostDicomRequest({ ...filled(), ...all, variant: 'json' });
    expect(request.variant === 'json' && Object.keys(request.input.jsonParameters)).toEqual(
      postDicomJsonFields,
    );
    const few = toPostDicomRequest(filled({ StudyDescription: '  Knee  ' }));
    expect(few).toEqual({
      variant: 'json',
      input: {
        userUuid: 'u-1',
        institutionUuid: 'i-1',
        jsonParameters: {
          PatientName: 'GARCIA^MARIA',
          OrderModality: 'MR',
          OrderAccessionNumber: 'A260310ABCDEFG',
          PatientID: 'MRN-1',
          StudyDescription: 'Knee',
        },
      },
    });
  });

  it('the minimum and full variants map the form to their parameters', () => {
    const minimum = toPostDicomRequest(
      filled({ variant: 'minimum', OrderDate: '2026-03-10', OrderTime: '09:30' }),
    );
    expect(minimum).toEqual({
      variant: 'minimum',
      input: {
        userUuid: 'u-1',
        institutionUuid: 'i-1',
        patientName: 'GARCIA^MARIA',
        patientId: 'MRN-1',
        modality: 'MR',
        studyDescription: '',
        orderDate: '2026-03-10',
        orderTime: '09:30',
      },
    });
    const full = toPostDicomRequest(
      filled({ variant: 'full', PatientSex: 'F', ReferringPhysiciansName: 'LOPEZ^ANA' }),
    );
    expect(full.variant === 'full' && full.input).toMatchObject({
      patientSex: 'F',
      referringPhysiciansName: 'LOPEZ^ANA',
      accessionNumber: 'A260310ABCDEFG',
    });
    expect(postDicomFieldsOf('minimum')).not.toContain('OrderAccessionNumber');
    expect(postDicomFieldsOf('full')).toContain('OrderDate');
    expect(postDicomFieldsOf('json')).not.toContain('OrderDate');
  });

  it('checks what the console requires and every documented format, on form fields', () => {
    const empty = validatePostDicomOrder({ ...emptyPostDicomOrderForm(), variant: 'full' });
    expect(empty.ok).toBe(false);
    const paths = !empty.ok ? empty.issues.map((i) => i.path) : [];
    expect(paths).toEqual(
      expect.arrayContaining([
        'userUuid',
        'institutionUuid',
        'PatientName',
        'PatientID',
        'OrderModality',
        'OrderDate',
        'OrderAccessionNumber',
        'PatientsBirthDate',
      ]),
    );
    const bad = validatePostDicomOrder(
      filled({
        OrderAccessionNumber: 'X'.repeat(17),
        PerformedDatetime: '2026-02-30 10:00',
        ScheduledEquipmentUuid: 'nope',
        PatientSex: 'Q',
      }),
    );
    expect(!bad.ok && Object.fromEntries(bad.issues.map((i) => [i.path, i.message]))).toMatchObject({
      OrderAccessionNumber: 'validation.tooLong',
      PerformedDatetime: 'validation.noSuchDate',
      ScheduledEquipmentUuid: 'validation.uuid',
      PatientSex: 'validation.invalidChoice',
    });
    expect(validatePostDicomOrder(filled()).ok).toBe(true);
  });

  it('wire paths of every variant land on the form field', () => {
    expect(postDicomFormField('jsonParameters.PatientName')).toBe('PatientName');
    expect(postDicomFormField('patientBirthdate')).toBe('PatientsBirthDate');
    expect(postDicomFormField('accessionNumber')).toBe('OrderAccessionNumber');
    expect(postDicomFormField('PatientID')).toBe('PatientID');
    expect(postDicomFormField('somethingElse')).toBeNull();
  });

  it('accession numbers fit DICOM SH (16) and differ; drafts of another shape are ignored', () => {
    const a = generateAccessionNumber(new Date('2026-03-10T14:00:00Z'));
    expect(a).toMatch(/^A260310[A-Z2-9]{7}$/);
    expect(a.length).toBeLessThanOrEqual(16);
    expect(generateAccessionNumber()).not.toBe(generateAccessionNumber());
    expect(isPostDicomOrderDraft(filled())).toBe(true);
    expect(isPostDicomOrderDraft({ ...filled(), variant: 'other' })).toBe(false);
  });
});
