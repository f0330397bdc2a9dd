import { type $ZodType, safeParse } from 'zod/v4/core';
import type { InputIssue } from '@/api/errors';
import { toInputIssue } from '@/api/zod-issues';

/**
 * The issues of a zod parse as translation keys (zod's own checks named by code; see `toInputIssue`).
 * Kept apart from the form helper so a page that only checks a query (the worklist) does not load
 * react-hook-form.
 */
export function zodIssues(schema: $ZodType, input: unknown): InputIssue[] {
  const result = safeParse(schema, input, { reportInput: true });
  return result.success ? [] : result.error.issues.map(toInputIssue);
}
