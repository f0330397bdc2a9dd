import type { $ZodError } from 'zod/v4/core';
import type { ContractIssue } from './errors';

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
