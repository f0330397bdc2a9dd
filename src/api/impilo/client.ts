import { z } from 'zod';
import type { FieldErrors } from '../errors';
import { createVendorClient, type VendorErrorParser } from '../http';
import { IMPILO_MAX_PAGE_SIZE } from './paths';

/**
 * The Impilo client. The `Impilo-API-Key` header is added by the proxy (live) — never by the browser.
 * Errors (ASSUMED shape): `{ message, errors?: [{ field, message }] }` → message + field errors.
 */
const errorBody = z
  .object({
    message: z.string().optional(),
    error: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .loose();

export const parseImpiloError: VendorErrorParser = (status, body) => {
  const parsed = errorBody.safeParse(body);
  if (!parsed.success) return { message: typeof body === 'string' && body ? body : `HTTP ${status}` };
  const fieldErrors: FieldErrors = {};
  for (const { field, message } of parsed.data.errors ?? [])
    fieldErrors[field] = [...(fieldErrors[field] ?? []), message];
  return { message: parsed.data.message ?? parsed.data.error ?? `HTTP ${status}`, fieldErrors };
};

export const impiloClient = createVendorClient({ vendor: 'impilo', parseError: parseImpiloError });

/** CONFIRMED page shape: `{ content, page, size, total, first, last }`. */
export function page<T extends z.ZodType>(item: T) {
  return z.object({
    content: z.array(item),
    page: z.number().int().nonnegative(),
    size: z.number().int().positive().max(IMPILO_MAX_PAGE_SIZE),
    total: z.number().int().nonnegative(),
    first: z.boolean(),
    last: z.boolean(),
  });
}
export type ImpiloPage<T> = {
  content: T[];
  page: number;
  size: number;
  total: number;
  first: boolean;
  last: boolean;
};

/** `page` (from 0) and `size` (1–250, CONFIRMED maximum). */
export const pagingSchema = z.object({
  page: z.number().int().nonnegative().optional(),
  size: z.number().int().positive().max(IMPILO_MAX_PAGE_SIZE).optional(),
});
export type ImpiloPaging = z.infer<typeof pagingSchema>;

export const impiloId = z.string().min(1);
export const isoDate = z.iso.date();
export const isoDateTime = z.iso.datetime({ offset: true });
