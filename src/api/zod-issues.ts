import { type $ZodError, type $ZodIssue, type $ZodType, type output, safeParse } from 'zod/v4/core';
import { type ContractIssue, InputError, type InputIssue, type VendorId } from './errors';

/** `['results', 3, 'status']` → `results[3].status` */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return acc ? `${acc}.${name}` : name;
  }, '');
}

export function toContractIssues(error: $ZodError): ContractIssue[] {
  return error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
}

function isMessageKey(message: unknown): message is InputIssue['message'] {
  return typeof message === 'string' && /^validation\.[A-Za-z0-9_.-]+$/.test(message);
}

function isEmpty(input: unknown): boolean {
  return input === undefined || input === null || input === '';
}

/**
 * One zod issue → a translation key and its parameters. A schema's own message is used when it is a key
 * (`validation.isoDate`); zod's built-in checks are named by their code. Text is never carried: the
 * screen translates the key in the user's language when it shows it.
 */
export function toInputIssue(issue: $ZodIssue): InputIssue {
  const path = formatIssuePath(issue.path);
  // A missing value is "required", even where the schema gives its own message for a wrong one
  // (an empty modality is not "use a DICOM code").
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && isEmpty(issue.input))
    return { path, message: 'validation.required' };
  if (isMessageKey(issue.message)) {
    const params = (issue as { params?: Record<string, unknown> }).params;
    const clean = params
      ? Object.fromEntries(
          Object.entries(params).filter(
            (entry): entry is [string, string | number] =>
              typeof entry[1] === 'string' || typeof entry[1] === 'number',
          ),
        )
      : undefined;
    return clean && Object.keys(clean).length
      ? { path, message: issue.message, params: clean }
      : { path, message: issue.message };
  }
  switch (issue.code) {
    case 'invalid_type':
      if (isEmpty(issue.input)) return { path, message: 'validation.required' };
      return { path, message: issue.expected === 'number' ? 'validation.number' : 'validation.invalid' };
    case 'too_big':
      return issue.origin === 'string'
        ? { path, message: 'validation.tooLong', params: { maximum: Number(issue.maximum) } }
        : issue.origin === 'array' || issue.origin === 'set'
          ? { path, message: 'validation.tooMany', params: { maximum: Number(issue.maximum) } }
          : { path, message: 'validation.tooBig', params: { maximum: Number(issue.maximum) } };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1)
        return { path, message: 'validation.required' };
      return issue.origin === 'string'
        ? { path, message: 'validation.tooShort', params: { minimum: Number(issue.minimum) } }
        : issue.origin === 'array' || issue.origin === 'set'
          ? { path, message: 'validation.tooFew', params: { minimum: Number(issue.minimum) } }
          : { path, message: 'validation.tooSmall', params: { minimum: Number(issue.minimum) } };
    case 'invalid_value':
      if (isEmpty(issue.input)) return { path, message: 'validation.required' };
      return {
        path,
        message: 'validation.invalidChoice',
        params: { values: issue.values.map(String).join(', ') },
      };
    case 'invalid_format':
      if (issue.format === 'email') return { path, message: 'validation.email' };
      if (issue.format === 'date') return { path, message: 'validation.isoDate' };
      return { path, message: 'validation.invalid' };
    case 'unrecognized_keys':
      return { path, message: 'validation.unknownField', params: { fields: issue.keys.join(', ') } };
    default:
      return { path, message: 'validation.invalid' };
  }
}

/** A refused input as the service layer's one input error. */
export function toInputError(vendor: VendorId, endpoint: string, error: $ZodError): InputError {
  return new InputError(vendor, endpoint, error.issues.map(toInputIssue));
}

/**
 * Validates what a service function was given, before anything is sent: the parsed value, or an
 * `InputError` naming each bad field. Every vendor module checks its input through this.
 */
export function parseInput<S extends $ZodType>(
  vendor: VendorId,
  endpoint: string,
  schema: S,
  input: unknown,
): output<S> {
  // `reportInput`: the issues keep the refused value, so a missing one reads "required".
  const result = safeParse(schema, input, { reportInput: true });
  if (!result.success) throw toInputError(vendor, endpoint, result.error);
  return result.data;
}
