import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ContractError, InputError } from './errors';
import { parseAnswer, parseInput, parseJson } from './zod-issues';

function issuesOf(schema: z.ZodType, input: unknown) {
  try {
    parseInput('eden', 'POST /things/', schema, input);
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseInput', () => {
  it('names zod’s own checks by translation keys, with their parameters', () => {
    const schema = z.object({
      name: z.string().min(1).max(3),
      code: z.string().min(2),
      count: z.number().int().max(5),
      tags: z.array(z.string()).min(1).max(2),
      kind: z.enum(['a', 'b']),
      email: z.email(),
      id: z.uuid(),
      site: z.url(),
    });
    expect(
      issuesOf(schema, {
        name: 'long',
        code: 'x',
        count: 1.5,
        tags: [],
        kind: 'c',
        email: 'no',
        id: 'no',
        site: 'no',
      }),
    ).toEqual([
      { path: 'name', message: 'validation.tooLong', params: { maximum: 3 } },
      { path: 'code', message: 'validation.tooShort', params: { minimum: 2 } },
      { path: 'count', message: 'validation.integer' },
      { path: 'tags', message: 'validation.tooFew', params: { minimum: 1 } },
      { path: 'kind', message: 'validation.invalidChoice', params: { values: 'a, b' } },
      { path: 'email', message: 'validation.email' },
      { path: 'id', message: 'validation.uuid' },
      { path: 'site', message: 'validation.url' },
    ]);
  });

  it('says "required" for an empty or missing value, and names unknown fields', () => {
    const schema = z.strictObject({ name: z.string().min(1), kind: z.enum(['a', 'b']), n: z.number() });
    expect(issuesOf(schema, { name: '', kind: '', extra: 1 })).toEqual([
      { path: 'name', message: 'validation.required' },
      { path: 'kind', message: 'validation.required' },
      { path: 'n', message: 'validation.required' },
      { path: '', message: 'validation.unknownField', params: { fields: 'extra' } },
    ]);
    expect(issuesOf(z.object({ n: z.number() }), { n: 'x' })).toEqual([
      { path: 'n', message: 'validation.number' },
    ]);
  });

  it('keeps a schema’s own key and its parameters, places a scalar argument, and takes a code', () => {
    const schema = z.string().refine(() => false, {
      message: 'validation.dateInPast',
      params: { code: 'expired-date', day: 3, ignored: { deep: true } },
    });
    const error = (() => {
      try {
        parseInput('postdicom', 'SharePatientOrderWithExpireDate', schema, 'x', {
          at: 'expireDate',
          code: 'invalid-input',
        });
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error?.issues).toEqual([
      { path: 'expireDate', message: 'validation.dateInPast', params: { code: 'expired-date', day: 3 } },
    ]);
    expect(error?.code).toBe('expired-date');
    expect(error?.issuesAt('expireDate')).toHaveLength(1);
    expect(parseInput('eden', 'x', z.string().trim(), ' ok ')).toBe('ok');
  });

  it('places nested and indexed paths under `at`', () => {
    expect(
      (() => {
        try {
          parseInput('scan', 'x', z.array(z.object({ id: z.number() })), [{ id: 'no' }], { at: 'answers' });
        } catch (e) {
          return (e as InputError).issues;
        }
      })(),
    ).toEqual([{ path: 'answers[0].id', message: 'validation.number' }]);
  });
});

describe('parseAnswer and parseJson', () => {
  it('turn a vendor payload of the wrong shape, or not JSON, into a ContractError', () => {
    expect(parseAnswer('solo', 'webhook delivery', z.object({ a: z.number() }), { a: 1 })).toEqual({ a: 1 });
    expect(() => parseAnswer('solo', 'webhook delivery', z.object({ a: z.number() }), { a: 'x' })).toThrow(
      ContractError,
    );
    expect(parseJson('solo', 'x', '{"a":1}')).toEqual({ a: 1 });
    expect(() => parseJson('solo', 'x', '{not json')).toThrow(ContractError);
  });
});
