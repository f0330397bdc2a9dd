import { z } from 'zod';
import { refineIsoDate } from '../iso-date';

/** Schemas shared by Impilo's endpoint groups: pages, paging, ids, dates. */

/** CONFIRMED: `size` at most 250. ASSUMED: pages are numbered from 0 (Spring-style `first`/`last`), default size 20. */
export const IMPILO_MAX_PAGE_SIZE = 250;
export const IMPILO_DEFAULT_PAGE_SIZE = 20;

/** CONFIRMED page shape: `{ content, page, size, total, first, last }`. */
export function impiloPageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    content: z.array(item),
    page: z.number().int().nonnegative(),
    size: z.number().int().positive().max(IMPILO_MAX_PAGE_SIZE),
    total: z.number().int().nonnegative(),
    first: z.boolean(),
    last: z.boolean(),
  });
}

/** `page` (from 0) and `size` (1–250, CONFIRMED maximum). */
export const impiloPagingSchema = z.object({
  page: z.number().int().nonnegative().optional(),
  size: z.number().int().positive().max(IMPILO_MAX_PAGE_SIZE).optional(),
});
export type ImpiloPaging = z.infer<typeof impiloPagingSchema>;

export const impiloIdSchema = z.string().min(1);
export const impiloIsoDateSchema = z.string().superRefine(refineIsoDate);
export const impiloIsoDateTimeSchema = z.iso.datetime({ offset: true });
