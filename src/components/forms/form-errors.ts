import { toNestErrors } from '@hookform/resolvers';
import type {
  ErrorOption,
  FieldError,
  FieldErrors,
  FieldValues,
  Path,
  Resolver,
  UseFormSetError,
} from 'react-hook-form';
import { InputError, type InputIssue, VendorError, vendorNames } from '@/api/errors';

/**
 * The one path for input errors, used by every form:
 * - a form's own checks (its resolver) and the service layer's `InputError` give translation keys
 *   (`validation.*`) with params, never text;
 * - a vendor's field errors (`VendorError.fieldErrors`, in wire names) are placed the same way;
 * - each form gives a map from wire field names to its own fields (aliases included);
 * - the messages are translated when shown (`useFieldError`, `<ErrorSummary>`), so a language switch
 *   re-translates them.
 */

export type MessageKey = InputIssue['message'];
export type MessageParams = NonNullable<InputIssue['params']>;

/** A field error as the forms store it: `message` is a translation key, `params` fill it. */
export type KeyedFieldError = FieldError & { params?: MessageParams };

/** Wire field path (`patient_sex`, `extra_fields.insurance`, `name[0].family`) → the form field showing it. */
export type FieldMap<T extends FieldValues> =
  | ((wirePath: string) => Path<T> | null | undefined)
  | Partial<Record<string, Path<T>>>;

/** A message that belongs to no field of the form: shown in the error summary. */
export interface UnplacedMessage {
  message: MessageKey;
  params?: MessageParams;
  /** The wire field it was about, when there was one (shown before the message). */
  wireField?: string;
}

export interface AppliedErrors<T extends FieldValues> {
  /** The form fields that got an error, in the order the error named them (a wizard finds its step here). */
  fields: Path<T>[];
  /** What could not be put next to a field. */
  unplaced: UnplacedMessage[];
}

/** `extra[1].key` → `extra.1.key` (react-hook-form's path syntax). */
export function toFormPath(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/** The DOM id of a field's input, so the error summary can link to it. Give it to the input as `id`. */
export function fieldId(path: string): string {
  return `field-${toFormPath(path).replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

function mapField<T extends FieldValues>(fieldMap: FieldMap<T>, wirePath: string): Path<T> | null {
  if (typeof fieldMap === 'function') return fieldMap(wirePath) ?? null;
  const exact = fieldMap[wirePath];
  if (exact) return exact;
  const top = wirePath.split(/[.[]/)[0] ?? wirePath;
  return fieldMap[top] ?? null;
}

export { zodIssues } from './input-issues';

export type ValidationResult<TOutput> = { ok: true; value: TOutput } | { ok: false; issues: InputIssue[] };

/**
 * A react-hook-form resolver from a validation function whose issues carry form paths and message keys.
 * Every check of the function runs (no check hides another); the first issue of each field is shown.
 */
export function inputResolver<TValues extends FieldValues, TOutput extends FieldValues>(
  validate: (values: TValues) => ValidationResult<TOutput>,
): Resolver<TValues, unknown, TOutput> {
  return (values, _context, options) => {
    const result = validate(values);
    if (result.ok) return { values: result.value, errors: {} };
    const flat: Record<string, KeyedFieldError> = {};
    for (const issue of result.issues) {
      const path = toFormPath(issue.path);
      if (flat[path]) continue;
      flat[path] = issue.params
        ? { type: 'input', message: issue.message, params: issue.params }
        : { type: 'input', message: issue.message };
    }
    return { values: {}, errors: toNestErrors(flat as FieldErrors, options) as FieldErrors<TValues> };
  };
}

/** How many frames focusing waits for a form to leave its busy (inert) state. */
const INERT_WAIT_FRAMES = 120;

/**
 * Focuses the first of these fields on screen (by document order, not by the order of the errors). A
 * form that was busy is still inert when its request fails, until it re-renders: the focus then waits
 * for the field to leave the inert subtree (a few frames), and is given once.
 */
export function focusFirstField(paths: readonly string[]): boolean {
  if (typeof document === 'undefined') return false;
  const elements = paths
    .map((path) => document.getElementById(fieldId(path)))
    .filter((element): element is HTMLElement => element !== null);
  elements.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const first = elements[0];
  if (!first) return false;
  let frames = 0;
  const attempt = () => {
    if (!first.isConnected) return;
    if (first.closest('[inert]')) {
      if (frames++ < INERT_WAIT_FRAMES) requestAnimationFrame(attempt);
      return;
    }
    first.focus();
  };
  attempt();
  return true;
}

/** The index of the first step holding one of these fields (for wizards); -1 when none does. */
export function firstStepWithError(fields: readonly string[], steps: readonly (readonly string[])[]): number {
  return steps.findIndex((stepFields) =>
    fields.some((field) => stepFields.some((name) => field === name || field.startsWith(`${name}.`))),
  );
}

/**
 * Puts a failed request's input problems next to the form's fields: an `InputError`'s issues and a
 * `VendorError`'s field errors, through `fieldMap`. Focuses the first bad field on screen unless
 * `focus: false` (a wizard first moves to the step, then calls `focusFirstField`). Returns the fields hit
 * and the messages that belong to no field. Any other error gives no fields: describe it with
 * `describeError`.
 */
export function applyFormErrors<T extends FieldValues>(
  form: { setError: UseFormSetError<T> },
  error: unknown,
  fieldMap: FieldMap<T>,
  options: { focus?: boolean } = {},
): AppliedErrors<T> {
  const fields: Path<T>[] = [];
  const unplaced: UnplacedMessage[] = [];
  const place = (wirePath: string, message: MessageKey, params?: MessageParams) => {
    const field = wirePath ? mapField(fieldMap, wirePath) : null;
    if (!field) {
      unplaced.push({
        message,
        ...(params ? { params } : {}),
        ...(wirePath ? { wireField: wirePath } : {}),
      });
      return;
    }
    if (fields.includes(field)) return; // the first problem of a field is the one shown
    fields.push(field);
    const option: ErrorOption & { params?: MessageParams } = params
      ? { type: 'server', message, params }
      : { type: 'server', message };
    form.setError(field, option, { shouldFocus: false });
  };

  if (error instanceof InputError) {
    for (const issue of error.issues) place(issue.path, issue.message, issue.params);
  } else if (error instanceof VendorError) {
    const vendor = vendorNames[error.vendor];
    for (const [wireField, messages] of Object.entries(error.fieldErrors)) {
      // The vendor's words are kept as the detail, after a sentence of ours that says what happened.
      place(wireField, 'validation.vendorRefused', { vendor, detail: messages.join(' ') });
    }
  }
  if (options.focus !== false && fields.length) focusFirstField(fields);
  return { fields, unplaced };
}

/** Whether an error is about the input (it has field problems a form can show). */
export function isFieldError(error: unknown): boolean {
  return (
    error instanceof InputError || (error instanceof VendorError && Object.keys(error.fieldErrors).length > 0)
  );
}

/** Every field error of a form, flattened to `path → error` (nested arrays and objects included). */
export function flattenFieldErrors(errors: FieldErrors, prefix = ''): [string, KeyedFieldError][] {
  const out: [string, KeyedFieldError][] = [];
  for (const [key, value] of Object.entries(errors ?? {})) {
    if (!value || typeof value !== 'object') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const maybe = value as Partial<KeyedFieldError> & Record<string, unknown>;
    if (typeof maybe.message === 'string' && typeof maybe.type === 'string') {
      out.push([path, maybe as KeyedFieldError]);
      continue;
    }
    if (key === 'ref' || key === 'root') continue;
    out.push(...flattenFieldErrors(value as FieldErrors, path));
  }
  return out;
}
