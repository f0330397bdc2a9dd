import { describe, expect, it } from 'vitest';
import {
  emptyImpiloOrderForm,
  generateExternalOrderId,
  type ImpiloOrderFormValues,
  impiloFormField,
  isImpiloOrderDraft,
  toImpiloPayload,
  validateImpiloOrder,
} from './impilo-order-model';

const form = (patch: Partial<ImpiloOrderFormValues> = {}): ImpiloOrderFormValues => ({
  ...emptyImpiloOrderForm(),
  externalOrderId: 'IMP-20260310-ABCDEF',
  ...patch,
});

const problems = (values: ImpiloOrderFormValues) => {
  const result = validateImpiloOrder(values);
  return result.ok ? {} : Object.fromEntries(result.issues.map((i) => [i.path, i.message]));
};

describe('Impilo order form', () => {
  it('builds the payload: one recipient, items and kits apart, the console id first, notes', () => {
    expect(
      toImpiloPayload(
        form({
          target: 'site',
          patientId: 'p-1',
          siteId: 's-1',
          lines: [
            { ref: 'kit:k-1', quantity: '2' },
            { ref: 'item:i-1', quantity: '1' },
          ],
          otherExternalIds: ' HOSP-1, IMP-20260310-ABCDEF ,, HOSP-2',
          orderNotes: '  Leave at reception ',
        }),
      ),
    ).toEqual({
      site: { id: 's-1' },
      orderItems: [{ id: 'i-1', quantity: 1 }],
      orderKits: [{ id: 'k-1', quantity: 2 }],
      externalOrderIds: ['IMP-20260310-ABCDEF', 'HOSP-1', 'HOSP-2'],
      orderNotes: 'Leave at reception',
    });
  });

  it('exactly one of patient or site: neither is refused, and the one chosen must be picked', () => {
    expect(problems(form({ lines: [{ ref: 'kit:k', quantity: '1' }] }))).toEqual({
      target: 'validation.patientOrSite',
    });
    expect(problems(form({ target: 'patient', lines: [{ ref: 'kit:k', quantity: '1' }] }))).toEqual({
      patientId: 'validation.required',
    });
    expect(problems(form({ target: 'site', lines: [{ ref: 'kit:k', quantity: '1' }] }))).toEqual({
      siteId: 'validation.required',
    });
    expect(
      problems(form({ target: 'patient', patientId: 'p', lines: [{ ref: 'kit:k', quantity: '1' }] })),
    ).toEqual({});
  });

  it('at least one line, each chosen once with a whole quantity from 1', () => {
    const base = form({ target: 'patient', patientId: 'p' });
    expect(problems({ ...base, lines: [] })).toEqual({ lines: 'validation.itemOrKit' });
    expect(problems({ ...base, lines: [{ ref: '', quantity: '1' }] })).toEqual({
      'lines.0.ref': 'validation.required',
    });
    expect(
      problems({
        ...base,
        lines: [
          { ref: 'kit:k', quantity: '0' },
          { ref: 'kit:k', quantity: '1.5' },
        ],
      }),
    ).toEqual({
      'lines.0.quantity': 'validation.between',
      'lines.1.ref': 'validation.duplicate',
      'lines.1.quantity': 'validation.integer',
    });
  });

  it('vendor paths land on the fields the user chose', () => {
    expect(impiloFormField('patient', form({ target: 'site' }))).toBe('siteId');
    expect(impiloFormField('site.id', form({ target: 'patient' }))).toBe('patientId');
    expect(impiloFormField('orderKits[0].id', form())).toBe('lines');
    expect(impiloFormField('somethingElse', form())).toBeNull();
  });

  it('external ids are unique per draft; drafts of another shape are ignored', () => {
    expect(generateExternalOrderId(new Date('2026-03-10T14:00:00Z'))).toMatch(/^IMP-20260310-[A-Z2-9]{6}$/);
    expect(generateExternalOrderId()).not.toBe(generateExternalOrderId());
    expect(isImpiloOrderDraft(form())).toBe(true);
    expect(isImpiloOrderDraft({ ...form(), lines: 'x' })).toBe(false);
  });
});
