import { describe, expect, it } from 'vitest';
import { fullEdenOrder } from '../../test/eden.test-helpers';
import { formatIssuePath } from '../zod-issues';
import {
  EDEN_LIMITS,
  edenCancelOrderSchema,
  edenCreateOrderSchema,
  edenListOrdersParamsSchema,
  edenUpdateOrderSchema,
} from './orders';

function issuesOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((issue) => formatIssuePath(issue.path));
}

describe('edenCreateOrderSchema', () => {
  it('accepts an order with every field', () => {
    expect(edenCreateOrderSchema.parse(fullEdenOrder())).toEqual(fullEdenOrder());
  });

  it.each(Object.entries(EDEN_LIMITS))(
    'rejects %s longer than %i characters and accepts exactly the limit',
    (field, max) => {
      const exactly = field.includes('email')
        ? `${'a'.repeat(max - 12)}@example.com`
        : field.includes('phone_code')
          ? '9'.repeat(max)
          : 'x'.repeat(max);
      const tooLong = field.includes('email')
        ? `${'a'.repeat(max - 11)}@example.com`
        : field.includes('phone_code')
          ? '9'.repeat(max + 1)
          : 'x'.repeat(max + 1);
      if (field === 'modality') {
        // Modality is both ≤ 20 characters and a DICOM code: the longest codes fit, anything else fails.
        expect(edenCreateOrderSchema.safeParse(fullEdenOrder({ modality: 'XAPROTOCOL' })).success).toBe(true);
        expect(issuesOf(edenCreateOrderSchema.safeParse(fullEdenOrder({ modality: tooLong })))).toContain(
          'modality',
        );
        return;
      }
      expect(edenCreateOrderSchema.safeParse(fullEdenOrder({ [field]: exactly })).success).toBe(true);
      expect(issuesOf(edenCreateOrderSchema.safeParse(fullEdenOrder({ [field]: tooLong })))).toContain(field);
    },
  );

  it.each([
    ['priority', 'LOW'],
    ['patient_gender', 'X'],
    ['physician_gender', 'female'],
    ['modality', 'MRI'],
    ['modality', 'ct'],
  ])('rejects %s = %s (not in the enum)', (field, value) => {
    expect(issuesOf(edenCreateOrderSchema.safeParse(fullEdenOrder({ [field]: value })))).toContain(field);
  });

  it.each(['NORMAL', 'HIGHEST', 'URGENT'])('accepts priority %s', (priority) => {
    expect(edenCreateOrderSchema.safeParse(fullEdenOrder({ priority })).success).toBe(true);
  });

  it.each(['F', 'M', 'O'])('accepts sex %s', (sex) => {
    expect(
      edenCreateOrderSchema.safeParse(fullEdenOrder({ patient_gender: sex, physician_gender: sex })).success,
    ).toBe(true);
  });

  it.each([
    ['patient_birth_date', '1985/02/28'],
    ['patient_birth_date', '1985-02-30'],
    ['patient_birth_date', '28-02-1985'],
    ['appointment_date', '2026-13-01'],
    ['appointment_date', '2026-12-1'],
    ['appointment_time', '9:30:00'],
    ['appointment_time', '24:00:00'],
    ['appointment_time', '09:30'],
    ['appointment_time', '09:60:00'],
    ['patient_email', 'not-an-email'],
    ['patient_phone_code', '+52'],
    ['appointment_duration', 0],
    ['appointment_duration', 12.5],
  ])('rejects %s = %s (format)', (field, value) => {
    expect(issuesOf(edenCreateOrderSchema.safeParse(fullEdenOrder({ [field]: value })))).toContain(field);
  });

  it.each([
    'folio',
    'description',
    'facility_identifier',
    'modality',
    'study_code',
    'study_name',
    'patient_name',
    'patient_gender',
    'patient_birth_date',
  ])('requires %s', (field) => {
    const order = fullEdenOrder();
    delete order[field];
    expect(issuesOf(edenCreateOrderSchema.safeParse(order))).toContain(field);
  });

  it('accepts the documented aliases and outputs canonical names only', () => {
    const order = fullEdenOrder();
    for (const [alias, canonical] of [
      ['accession_number', 'folio'],
      ['requested_procedure_description', 'description'],
      ['patient_id', 'patient_identifier'],
      ['patient_sex', 'patient_gender'],
      ['patient_birthdate', 'patient_birth_date'],
    ] as const) {
      order[alias] = order[canonical];
      delete order[canonical];
    }
    const parsed = edenCreateOrderSchema.parse(order);
    expect(parsed).toEqual(fullEdenOrder());
    expect(Object.keys(parsed)).not.toContain('accession_number');
  });

  it('validates an aliased value with the canonical rule and reports a conflicting alias', () => {
    expect(
      issuesOf(
        edenCreateOrderSchema.safeParse(
          fullEdenOrder({ folio: undefined, accession_number: 'x'.repeat(81) }),
        ),
      ),
    ).toContain('folio');
    expect(issuesOf(edenCreateOrderSchema.safeParse(fullEdenOrder({ patient_sex: 'M' })))).toContain(
      'patient_gender',
    );
    expect(edenCreateOrderSchema.safeParse(fullEdenOrder({ patient_sex: 'F' })).success).toBe(true);
  });

  it('rejects unknown fields and a time without a date', () => {
    expect(issuesOf(edenCreateOrderSchema.safeParse(fullEdenOrder({ colour: 'red' })))).toEqual(['']);
    expect(
      issuesOf(edenCreateOrderSchema.safeParse(fullEdenOrder({ appointment_date: undefined }))),
    ).toContain('appointment_date');
  });
});

describe('edenUpdateOrderSchema', () => {
  it('makes every field optional with the same rules', () => {
    expect(edenUpdateOrderSchema.parse({})).toEqual({});
    expect(edenUpdateOrderSchema.parse({ patient_sex: 'O' })).toEqual({ patient_gender: 'O' });
    expect(edenUpdateOrderSchema.safeParse({ study_code: 'x'.repeat(21) }).success).toBe(false);
  });
});

describe('edenCancelOrderSchema', () => {
  it.each(['non-attendance', 'room-not-available', 'pregnant-risk', 'physical-limitation', 'other'])(
    'accepts %s',
    (reason) => {
      expect(edenCancelOrderSchema.parse({ cancel_reason: reason })).toEqual({ cancel_reason: reason });
    },
  );
  it('rejects any other reason', () => {
    expect(edenCancelOrderSchema.safeParse({ cancel_reason: 'weather' }).success).toBe(false);
  });
});

describe('edenListOrdersParamsSchema', () => {
  it('requires a start or end date', () => {
    expect(issuesOf(edenListOrdersParamsSchema.safeParse({}))).toEqual(['start_date']);
    expect(edenListOrdersParamsSchema.safeParse({ end_date: '2026-11-01' }).success).toBe(true);
  });
  it('allows a window of up to one month', () => {
    expect(
      edenListOrdersParamsSchema.safeParse({ start_date: '2026-01-01', end_date: '2026-02-01' }).success,
    ).toBe(true);
    expect(
      issuesOf(edenListOrdersParamsSchema.safeParse({ start_date: '2026-01-01', end_date: '2026-02-02' })),
    ).toEqual(['end_date']);
    expect(
      issuesOf(edenListOrdersParamsSchema.safeParse({ start_date: '2026-02-01', end_date: '2026-01-31' })),
    ).toEqual(['end_date']);
  });
  it('takes repeatable modality and status filters and UUID facility/room', () => {
    expect(
      edenListOrdersParamsSchema.safeParse({
        start_date: '2026-01-01',
        modality: ['CT', 'MR'],
        status: ['NEW', 'SIGNED'],
        facility: '8d7f5c2e-4a1b-4c3d-9e8f-1a2b3c4d5e6f',
      }).success,
    ).toBe(true);
    expect(
      issuesOf(edenListOrdersParamsSchema.safeParse({ start_date: '2026-01-01', facility: 'FACILITY_01' })),
    ).toEqual(['facility']);
  });
});

describe('dates', () => {
  it('knows leap years', () => {
    const dated = (day: string) =>
      edenCreateOrderSchema.safeParse(fullEdenOrder({ patient_birth_date: day }));
    expect(dated('2024-02-29').success).toBe(true);
    expect(dated('2026-02-29').success).toBe(false);
  });
});
