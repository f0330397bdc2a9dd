import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { scanEnvelopeSchema } from './client';
import { parseScanError, scanValidationErrorsToFieldErrors } from './errors';
import { normalizeScanDateOfBirth, toScanDateOfBirth } from './referrals';

describe('Scan.com scanEnvelopeSchema', () => {
  it('parses { success, validation_errors, data }', () => {
    const schema = scanEnvelopeSchema(z.object({ id: z.number() }));
    expect(schema.parse({ success: true, validation_errors: [], data: { id: 1 } })).toEqual({
      success: true,
      validation_errors: [],
      data: { id: 1 },
    });
    expect(schema.safeParse({ success: true, validation_errors: [], data: { id: 'x' } }).success).toBe(false);
    expect(schema.parse({ success: false, validation_errors: ['No'], data: null }).success).toBe(false);
  });

  it('turns every form of validation_errors into field errors', () => {
    expect(
      scanValidationErrorsToFieldErrors([
        { field: 'email', message: 'is invalid' },
        { attribute: 'email', messages: ['is taken'] },
        { key: 'modality' },
        'General failure',
      ]),
    ).toEqual({ email: ['is invalid', 'is taken'], modality: ['is invalid'], base: ['General failure'] });
    expect(scanValidationErrorsToFieldErrors({ body_part_ids: ['x', 'y'], modality: 'z' })).toEqual({
      body_part_ids: ['x', 'y'],
      modality: ['z'],
    });
    expect(scanValidationErrorsToFieldErrors(null)).toEqual({});
  });

  it('parseScanError: message from the body, or the first field error, or the status', () => {
    expect(
      parseScanError(422, { success: false, validation_errors: [{ field: 'email', message: 'bad' }] }),
    ).toEqual({
      message: 'email bad',
      fieldErrors: { email: ['bad'] },
    });
    expect(parseScanError(401, { success: false, validation_errors: [], message: 'Expired' }).message).toBe(
      'Expired',
    );
    expect(parseScanError(500, 'Oops').message).toBe('Oops');
    expect(parseScanError(502, null).message).toBe('HTTP 502');
  });
});

describe('Scan.com dates of birth', () => {
  it.each([
    ['1999/01/30', '1999-01-30'],
    ['24/11/1999', '1999-11-24'],
    ['1999-01-30', '1999-01-30'],
    ['29/02/2000', '2000-02-29'],
  ])('reads %s as %s', (input, iso) => expect(normalizeScanDateOfBirth(input)).toBe(iso));

  it.each(['29/02/1999', '1999/13/01', '30-01-1999', '1/2/1999', '', '11/24/1999'])('refuses %s', (input) =>
    expect(normalizeScanDateOfBirth(input)).toBeNull(),
  );

  it('sends YYYY/MM/DD', () => expect(toScanDateOfBirth('1999-01-30')).toBe('1999/01/30'));
});
