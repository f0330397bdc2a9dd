import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { InputError, type InputIssue, VendorError, vendorNames } from '@/api/errors';
import { postDicomShareRefusalField } from '@/api/postdicom/sharing';
import type { ShareValidation } from './share-validation';

/** A form field's error as the share forms keep it: a translation key and its params. */
export interface ShareFieldMessage {
  message: InputIssue['message'];
  params?: InputIssue['params'];
}

/** `recipients.1` / `recipients[1]` → `recipients.1` (react-hook-form's path syntax). */
export function toFormPath(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/** Puts issues whose paths are form fields on the form; returns those that name no field. */
export function setShareIssues<T extends FieldValues>(
  setError: UseFormSetError<T>,
  issues: readonly InputIssue[],
): InputIssue[] {
  const unplaced: InputIssue[] = [];
  const done = new Set<string>();
  for (const issue of issues) {
    const path = toFormPath(issue.path);
    if (!path) {
      unplaced.push(issue);
      continue;
    }
    if (done.has(path)) continue;
    done.add(path);
    setError(
      path as Path<T>,
      { type: 'input', message: issue.message, ...(issue.params ? { params: issue.params } : {}) } as never,
    );
  }
  return unplaced;
}

/**
 * A failed share call → issues on the form's fields: the adapter's `InputError` (paths are its input's
 * names, e.g. `expireDate`) and a vendor's field errors, through `fieldMap`. A vendor message is kept as the
 * detail of a sentence of ours, never shown raw on its own.
 */
export function shareErrorIssues(
  error: unknown,
  fieldMap: Record<string, string> | ((wirePath: string) => string),
  /** The call's input, to tell which of two addresses a PostDICOM refusal names. */
  input?: object,
): InputIssue[] {
  const field = (wire: string) => {
    if (typeof fieldMap === 'function') return fieldMap(wire);
    const top = wire.split(/[.[]/)[0] ?? wire;
    return fieldMap[wire] ?? fieldMap[top] ?? '';
  };
  if (error instanceof InputError) {
    return error.issues.map((issue) => ({ ...issue, path: field(issue.path) }));
  }
  if (error instanceof VendorError) {
    const vendor = vendorNames[error.vendor];
    // PostDICOM's library refuses with a message and no field: name the field from the message.
    const wire =
      error.vendor === 'postdicom' && Object.keys(error.fieldErrors).length === 0
        ? postDicomShareRefusalField(error.vendorMessage, input)
        : null;
    if (wire) {
      return [
        {
          path: field(wire),
          message: 'validation.vendorRefused',
          params: { vendor, detail: error.vendorMessage },
        },
      ];
    }
    return Object.entries(error.fieldErrors).map(([wire, messages]) => ({
      path: field(wire),
      message: 'validation.vendorRefused',
      params: { vendor, detail: messages.join(' ') },
    }));
  }
  return [];
}

/** A react-hook-form resolver from a share form's plan function (every check runs; first issue per field). */
export function shareResolver<TValues extends FieldValues, TPlan>(
  validate: (values: TValues) => ShareValidation<TPlan>,
) {
  return (values: TValues) => {
    const result = validate(values);
    if (result.ok) return { values, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const issue of result.issues) {
      const path = toFormPath(issue.path) || 'root';
      const parts = path.split('.');
      let node = errors;
      for (const part of parts.slice(0, -1)) {
        node[part] ??= {};
        node = node[part] as Record<string, unknown>;
      }
      const leaf = parts[parts.length - 1] ?? 'root';
      if (!node[leaf]) node[leaf] = { type: 'input', message: issue.message, params: issue.params };
    }
    return { values: {}, errors };
  };
}
