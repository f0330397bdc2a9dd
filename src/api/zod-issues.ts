import { type $ZodError, type $ZodIssue, type $ZodType, type output, safeParse } from 'zod/v4/core';
import { ContractError, type ContractIssue, InputError, type InputIssue, type VendorId } from './errors';

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
      if (issue.expected === 'int') return { path, message: 'validation.integer' };
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
      if (issue.format === 'uuid' || issue.format === 'guid') return { path, message: 'validation.uuid' };
      if (issue.format === 'url') return { path, message: 'validation.url' };
      if (issue.format === 'datetime') return { path, message: 'validation.dateTime' };
      return { path, message: 'validation.invalid' };
    case 'unrecognized_keys':
      return { path, message: 'validation.unknownField', params: { fields: issue.keys.join(', ') } };
    default:
      return { path, message: 'validation.invalid' };
  }
}

/** The first `params.code` a schema set on an issue (e.g. PostDICOM's `expired-date`). */
function codeOf(issues: readonly $ZodIssue[]): string | undefined {
  for (const issue of issues) {
    const code = (issue as { params?: { code?: unknown } }).params?.code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** `at` + an issue path: `referralId`, `files[2]`, `patient.name`. */
function prefixed(at: string, path: string): string {
  if (!at) return path;
  if (!path) return at;
  return path.startsWith('[') ? `${at}${path}` : `${at}.${path}`;
}

/** A refused input as the service layer's one input error. */
export function toInputError(
  vendor: VendorId,
  endpoint: string,
  error: $ZodError,
  options: { at?: string; code?: string } = {},
): InputError {
  const issues = error.issues
    .map(toInputIssue)
    .map((issue) => ({ ...issue, path: prefixed(options.at ?? '', issue.path) }));
  return new InputError(vendor, endpoint, issues, codeOf(error.issues) ?? options.code);
}

/**
 * Validates what a service function was given, before anything is sent: the parsed value, or an
 * `InputError` naming each bad field. Every vendor module checks its input through this. `at` names a scalar
 * argument (`parseInput('scan', e.name, idSchema, referralId, { at: 'referralId' })`); `code` is the
 * InputError's code when no issue sets one.
 */
export function parseInput<S extends $ZodType>(
  vendor: VendorId,
  endpoint: string,
  schema: S,
  input: unknown,
  options: { at?: string; code?: string } = {},
): output<S> {
  // `reportInput`: zod 4 leaves the input out of its issues by default, and an empty value is "required".
  const result = safeParse(schema, input, { reportInput: true });
  if (!result.success) throw toInputError(vendor, endpoint, result.error, options);
  return result.data;
}

/**
 * Validates something the vendor sent that did not come through the client's `request` (a downloaded file's
 * type, a decrypted webhook delivery, a context link): the parsed value, or a `ContractError`.
 */
export function parseAnswer<S extends $ZodType>(
  vendor: VendorId,
  endpoint: string,
  schema: S,
  value: unknown,
): output<S> {
  const result = safeParse(schema, value);
  if (!result.success) throw new ContractError(vendor, endpoint, toContractIssues(result.error));
  return result.data;
}

/** JSON text from a vendor (a decrypted payload…): the value, or a `ContractError` when it is not JSON. */
export function parseJson(vendor: VendorId, endpoint: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ContractError(vendor, endpoint, [{ path: '', message: 'The body is not valid JSON.' }]);
  }
}
