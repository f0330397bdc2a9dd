import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { $ZodError } from 'zod/v4/core';
import { VendorError } from '@/api/errors';
import { formatIssuePath } from '@/api/zod-issues';
import { formFieldForVendorField, type OrderFormValues } from './order-form-model';

/**
 * Puts a failed request's field errors next to their inputs: Eden's own field errors (by wire name or
 * alias), or a payload the schema refused. Returns the messages that belong to no field.
 */
export function applyServerErrors<T extends FieldValues>(
  form: UseFormReturn<OrderFormValues, unknown, T>,
  error: unknown,
): string[] {
  const unplaced: string[] = [];
  const place = (wireField: string, message: string) => {
    const field = formFieldForVendorField(wireField.split(/[.[]/)[0] ?? wireField);
    if (field)
      form.setError(field as Path<OrderFormValues>, { type: 'server', message }, { shouldFocus: false });
    else unplaced.push(wireField ? `${wireField}: ${message}` : message);
  };
  if (error instanceof VendorError) {
    for (const [field, messages] of Object.entries(error.fieldErrors)) place(field, messages.join(' '));
  } else if (error instanceof $ZodError) {
    for (const issue of error.issues) place(formatIssuePath(issue.path), issue.message);
  }
  return unplaced;
}
