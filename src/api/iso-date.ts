import type { $RefinementCtx } from 'zod/v4/core';
import { hasIsoDateFormat, isIsoDate } from '@/lib/mappings/datetime';

/**
 * The one calendar-date rule of every vendor schema (zod classic and zod/mini alike), on top of the one
 * check in `src/lib/mappings/datetime.ts`: not `YYYY-MM-DD` → `validation.isoDate`; the right shape but a
 * day that does not exist (`2026-02-30`) → `validation.noSuchDate`.
 *
 *   z.string().superRefine(refineIsoDate)                 // zod
 *   z.string().check(z.superRefine(refineIsoDate))        // zod/mini
 */
export function refineIsoDate(value: string, ctx: $RefinementCtx<string>): void {
  if (!hasIsoDateFormat(value)) ctx.addIssue({ code: 'custom', message: 'validation.isoDate', input: value });
  else if (!isIsoDate(value))
    ctx.addIssue({ code: 'custom', message: 'validation.noSuchDate', input: value });
}
