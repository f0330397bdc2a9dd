import { z } from 'zod';
import type { InputIssue } from '@/api/errors';
import { type ImpiloCreateOrderInput, impiloCreateOrderSchema } from '@/api/impilo/orders';
import { type ValidationResult, zodIssues } from '@/components/forms/form-errors';

/**
 * The Impilo kit/device order form: exactly one of a patient or a site (the user says which, then picks
 * one), catalogue lines (an item or a kit, with a quantity), the external order ids (the first is
 * generated per draft and is the retry key) and notes. `toImpiloPayload` is the pure form→payload step.
 */

export type ImpiloLineKind = 'item' | 'kit';
export interface ImpiloLineRow {
  /** `item:<id>` or `kit:<id>`: one picker over the catalogue. */
  ref: string;
  quantity: string;
}

export interface ImpiloOrderFormValues {
  target: '' | 'patient' | 'site';
  patientId: string;
  siteId: string;
  lines: ImpiloLineRow[];
  /** The console's key, generated once per draft and sent first in `externalOrderIds`. */
  externalOrderId: string;
  /** Other external ids (the hospital's own order numbers), separated by commas. */
  otherExternalIds: string;
  orderNotes: string;
}

export const IMPILO_NOTES_MAX = 2000;

export function emptyImpiloOrderForm(): ImpiloOrderFormValues {
  return {
    target: '',
    patientId: '',
    siteId: '',
    lines: [{ ref: '', quantity: '1' }],
    externalOrderId: '',
    otherExternalIds: '',
    orderNotes: '',
  };
}

/** `IMP-20260310-K3F9Q2`: one per draft, the order's retry key. */
export function generateExternalOrderId(now = new Date()): string {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `IMP-${day}-${Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('')}`;
}

export function splitLineRef(ref: string): { kind: ImpiloLineKind; id: string } | null {
  const match = /^(item|kit):(.+)$/.exec(ref);
  return match ? { kind: match[1] as ImpiloLineKind, id: match[2] as string } : null;
}

/** Form → Impilo payload. Lines without a choice are left out (the checks refuse them first). */
export function toImpiloPayload(values: ImpiloOrderFormValues): ImpiloCreateOrderInput {
  const payload: ImpiloCreateOrderInput = {};
  if (values.target === 'patient' && values.patientId) payload.patient = { id: values.patientId };
  if (values.target === 'site' && values.siteId) payload.site = { id: values.siteId };
  const items: { id: string; quantity: number }[] = [];
  const kits: { id: string; quantity: number }[] = [];
  for (const row of values.lines) {
    const ref = splitLineRef(row.ref);
    if (!ref) continue;
    (ref.kind === 'item' ? items : kits).push({ id: ref.id, quantity: Number(row.quantity.trim()) });
  }
  if (items.length) payload.orderItems = items;
  if (kits.length) payload.orderKits = kits;
  const ids = [values.externalOrderId, ...values.otherExternalIds.split(',')]
    .map((id) => id.trim())
    .filter((id, index, all) => id !== '' && all.indexOf(id) === index);
  if (ids.length) payload.externalOrderIds = ids;
  if (values.orderNotes.trim()) payload.orderNotes = values.orderNotes.trim();
  return payload;
}

/** A wire path → the form field: `patient` lands on the picker the user chose, the lines on the list. */
export function impiloFormField(wire: string, values: ImpiloOrderFormValues): string | null {
  const top = wire.split(/[.[]/)[0] ?? '';
  if (top === 'patient' || top === 'site') {
    if (values.target === 'site') return 'siteId';
    if (values.target === 'patient') return 'patientId';
    return 'target';
  }
  if (top === 'orderItems' || top === 'orderKits') return 'lines';
  if (top === 'externalOrderIds') return 'otherExternalIds';
  if (top === 'orderNotes') return 'orderNotes';
  return null;
}

/** The form's checks, then Impilo's own rules (its schema): every message at once. */
export function validateImpiloOrder(values: ImpiloOrderFormValues): ValidationResult<ImpiloOrderFormValues> {
  const issues: InputIssue[] = [];
  if (values.target === '') issues.push({ path: 'target', message: 'validation.patientOrSite' });
  if (values.target === 'patient' && !values.patientId)
    issues.push({ path: 'patientId', message: 'validation.required' });
  if (values.target === 'site' && !values.siteId)
    issues.push({ path: 'siteId', message: 'validation.required' });
  const seen = new Set<string>();
  values.lines.forEach((row, index) => {
    if (!row.ref) issues.push({ path: `lines.${index}.ref`, message: 'validation.required' });
    else if (seen.has(row.ref)) issues.push({ path: `lines.${index}.ref`, message: 'validation.duplicate' });
    seen.add(row.ref);
    const quantity = row.quantity.trim();
    if (!/^\d+$/.test(quantity))
      issues.push({ path: `lines.${index}.quantity`, message: 'validation.integer' });
    else if (Number(quantity) < 1 || Number(quantity) > 999)
      issues.push({
        path: `lines.${index}.quantity`,
        message: 'validation.between',
        params: { minimum: 1, maximum: 999 },
      });
  });
  if (values.orderNotes.trim().length > IMPILO_NOTES_MAX)
    issues.push({ path: 'orderNotes', message: 'validation.tooLong', params: { maximum: IMPILO_NOTES_MAX } });
  for (const issue of zodIssues(impiloCreateOrderSchema, toImpiloPayload(values))) {
    const field = impiloFormField(issue.path, values);
    if (!field) continue;
    if (field === 'lines' && issues.some((known) => known.path.startsWith('lines.'))) continue; // said per line
    if (field !== 'target' && values.target === '') continue;
    if (!issues.some((known) => known.path === field)) issues.push({ ...issue, path: field });
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: values };
}

const formShape = z.object({
  target: z.enum(['', 'patient', 'site']),
  patientId: z.string(),
  siteId: z.string(),
  lines: z.array(z.object({ ref: z.string(), quantity: z.string() })),
  externalOrderId: z.string(),
  otherExternalIds: z.string(),
  orderNotes: z.string(),
});

export function isImpiloOrderDraft(value: unknown): value is ImpiloOrderFormValues {
  return formShape.safeParse(value).success;
}
