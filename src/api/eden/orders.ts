import { z } from 'zod/mini';
import { dicomModalityCodes } from '@/lib/codes/dicom-modalities';
import type { CallOptions } from '../http';
import { refineIsoDate } from '../iso-date';
import { parseInput } from '../zod-issues';
import { edenClient } from './client';
import { edenEndpoints } from './endpoints';

/**
 * Written with `zod/mini` (tree-shakable): the worklist is the first route, and these schemas sit in
 * its bundle budget.
 *
 * Eden imaging orders: every documented field, limit, enum and format (eden-orders-api.txt and the
 * Eden facts in vendor-docs/README.md), and the functions of the orders group (create, update, cancel, get,
 * list). Messages that are not zod's own are i18n keys (`validation.*`).
 */

export const EDEN_LIMITS = {
  folio: 80,
  description: 255,
  facility_identifier: 40,
  modality: 20,
  study_code: 20,
  study_name: 255,
  patient_identifier: 255,
  patient_name: 255,
  patient_first_surname: 255,
  patient_last_surname: 255,
  patient_email: 80,
  patient_phone_code: 3,
  physician_name: 255,
  physician_first_surname: 255,
  physician_last_surname: 255,
  physician_email: 80,
  physician_phone_code: 3,
  practitioner_assigned_email: 80,
} as const;

export const edenPriorities = ['NORMAL', 'HIGHEST', 'URGENT'] as const;
export const edenSexes = ['F', 'M', 'O'] as const;
export const edenCancelReasons = [
  'non-attendance',
  'room-not-available',
  'pregnant-risk',
  'physical-limitation',
  'other',
] as const;
/** Order states, then study states. CANCELLED (a cancelled order stays in history) is our assumption. */
export const edenStatuses = [
  'NEW',
  'PATIENT_ARRIVED',
  'IN_PROCESS',
  'COMPLETED',
  'READING_PENDING',
  'SIGNED',
  'ADDENDUM_SIGNED',
  'CANCELLED',
] as const;

export type EdenPriority = (typeof edenPriorities)[number];
export type EdenSex = (typeof edenSexes)[number];
export type EdenCancelReason = (typeof edenCancelReasons)[number];
export type EdenStatus = (typeof edenStatuses)[number];

const isoDate = z.string().check(z.superRefine(refineIsoDate));
/** `HH:MM:SS`, 24-hour clock. */
const time24 = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, { error: 'validation.time24' }));
const phoneCode = z.string().check(z.maxLength(3), z.regex(/^\d{1,3}$/, { error: 'validation.phoneCode' }));
const phoneNumber = z.string().check(z.regex(/^[0-9 ()+-]{4,20}$/, { error: 'validation.phoneNumber' }));
// The email rule is a check of its own, so a too-long address still reads "at most N characters".
const email = (max: number) =>
  z.string().check(z.maxLength(max), z.regex(z.regexes.email, { error: 'validation.email' }));
const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const someText = () => z.string().check(z.trim(), z.minLength(1));
const opt = z.optional;

/** The documented aliases, accepted on input. One canonical name is sent. */
export const edenAliases = {
  accession_number: 'folio',
  requested_procedure_description: 'description',
  patient_id: 'patient_identifier',
  patient_sex: 'patient_gender',
  patient_birthdate: 'patient_birth_date',
} as const;

/**
 * Moves aliased fields to their canonical names. Giving both with different values is ambiguous and
 * reported on the canonical field.
 */
export function canonicalizeEdenAliases(input: unknown, ctx?: { issues: z.core.$ZodRawIssue[] }): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const out: Record<string, unknown> = { ...input };
  for (const [alias, canonical] of Object.entries(edenAliases)) {
    if (!(alias in out)) continue;
    const aliasValue = out[alias];
    delete out[alias];
    if (out[canonical] === undefined) out[canonical] = aliasValue;
    else if (out[canonical] !== aliasValue) {
      ctx?.issues.push({
        code: 'custom',
        path: [canonical],
        message: 'validation.aliasConflict',
        input: aliasValue,
      });
    }
  }
  return out;
}

const orderFields = {
  folio: text(EDEN_LIMITS.folio),
  description: text(EDEN_LIMITS.description),
  facility_identifier: text(EDEN_LIMITS.facility_identifier),
  modality: z.enum(dicomModalityCodes, {
    // An empty modality is missing, not a wrong code.
    error: (issue) =>
      issue.input === undefined || issue.input === '' ? 'validation.required' : 'validation.modality',
  }),
  priority: opt(z.enum(edenPriorities)),
  extra_fields: opt(z.record(someText(), z.string())),
  room_identifier: opt(someText()),
  room_name: opt(someText()),
  study_code: text(EDEN_LIMITS.study_code),
  study_name: text(EDEN_LIMITS.study_name),
  patient_identifier: opt(text(EDEN_LIMITS.patient_identifier)),
  patient_name: text(EDEN_LIMITS.patient_name),
  patient_first_surname: opt(text(EDEN_LIMITS.patient_first_surname)),
  patient_last_surname: opt(text(EDEN_LIMITS.patient_last_surname)),
  patient_email: opt(email(EDEN_LIMITS.patient_email)),
  patient_gender: z.enum(edenSexes),
  patient_birth_date: isoDate,
  patient_phone_code: opt(phoneCode),
  patient_phone_number: opt(phoneNumber),
  physician_identifier: opt(someText()),
  physician_name: opt(text(EDEN_LIMITS.physician_name)),
  physician_first_surname: opt(text(EDEN_LIMITS.physician_first_surname)),
  physician_last_surname: opt(text(EDEN_LIMITS.physician_last_surname)),
  physician_email: opt(email(EDEN_LIMITS.physician_email)),
  physician_gender: opt(z.enum(edenSexes)),
  physician_phone_code: opt(phoneCode),
  physician_phone_number: opt(phoneNumber),
  practitioner_assigned_email: opt(email(EDEN_LIMITS.practitioner_assigned_email)),
  appointment_date: opt(isoDate),
  appointment_time: opt(time24),
  appointment_duration: opt(z.int().check(z.positive(), z.maximum(24 * 60))),
};

const createShape = z.strictObject(orderFields);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkAppointment(
  value: { appointment_date?: string | undefined; appointment_time?: string | undefined },
  ctx: z.core.$RefinementCtx<EdenCreateOrder>,
) {
  if (value.appointment_time && !value.appointment_date) {
    ctx.addIssue({
      code: 'custom',
      path: ['appointment_date'],
      message: 'validation.timeNeedsDate',
      input: undefined,
    });
  }
}

/** `POST /orders/` body. Accepts the aliases; outputs canonical names only. */
export const edenCreateOrderSchema = z.pipe(
  z.pipe(
    z.unknown(),
    z.transform((input, ctx) => canonicalizeEdenAliases(input, ctx)),
  ),
  // `when`: the cross-field rule runs even when other fields failed, so every error shows at once.
  createShape.check(z.superRefine(checkAppointment, { when: (payload) => isRecord(payload.value) })),
);

/** `PUT /orders/{id}/` body: the same fields as create, all optional. */
export const edenUpdateOrderSchema = z.pipe(
  z.pipe(
    z.unknown(),
    z.transform((input, ctx) => canonicalizeEdenAliases(input, ctx)),
  ),
  z.partial(createShape), // the stored order may already have a date, so no time-needs-date check
);

export type EdenCreateOrder = z.output<typeof createShape>;
export type EdenUpdateOrder = Partial<EdenCreateOrder>;

/** `DELETE /orders/{id}/` body. */
export const edenCancelOrderSchema = z.strictObject({ cancel_reason: z.enum(edenCancelReasons) });

// ---- Responses. Eden documents no response body: the shape below is our reading of the create payload
// plus the ids, facility/room references and states the list filters use. Kept in this one place.

const nullableText = z.optional(z.nullable(z.string()));
const nullish = <T extends z.core.SomeType>(schema: T) => z.optional(z.nullable(schema));

export const edenOrderSchema = z.object({
  id: z.string().check(z.minLength(1)),
  folio: z.string(),
  description: z.string(),
  status: z.enum(edenStatuses),
  priority: nullish(z.enum(edenPriorities)),
  modality: z.string(),
  study_code: z.string(),
  study_name: z.string(),
  facility: z.object({ id: z.string(), identifier: z.string(), name: z.string() }),
  room: z.nullable(z.object({ id: z.string(), ae_title: z.string(), name: z.string() })),
  /** The free-text room name sent at creation (recommended when no room_identifier is sent). */
  room_name: nullableText,
  patient_identifier: nullableText,
  patient_name: z.string(),
  patient_first_surname: nullableText,
  patient_last_surname: nullableText,
  patient_email: nullableText,
  patient_gender: z.enum(edenSexes),
  patient_birth_date: isoDate,
  patient_phone_code: nullableText,
  patient_phone_number: nullableText,
  physician_identifier: nullableText,
  physician_name: nullableText,
  physician_first_surname: nullableText,
  physician_last_surname: nullableText,
  physician_email: nullableText,
  physician_gender: nullish(z.enum(edenSexes)),
  physician_phone_code: nullableText,
  physician_phone_number: nullableText,
  practitioner_assigned_email: nullableText,
  appointment_date: nullish(isoDate),
  appointment_time: nullish(time24),
  appointment_duration: nullish(z.int()),
  extra_fields: nullish(z.record(z.string(), z.unknown())),
  cancel_reason: nullish(z.enum(edenCancelReasons)),
  created_at: z.iso.datetime({ offset: true }),
  updated_at: z.iso.datetime({ offset: true }),
});
export type EdenOrder = z.output<typeof edenOrderSchema>;

/** Paginated list (Django REST style `count/next/previous/results`: our assumption). */
export const edenOrderPageSchema = z.object({
  count: z.int().check(z.nonnegative()),
  next: z.nullable(z.string()),
  previous: z.nullable(z.string()),
  results: z.array(edenOrderSchema),
});
export type EdenOrderPage = z.output<typeof edenOrderPageSchema>;

export const EDEN_MAX_WINDOW_DAYS = 31;

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** A date window of at most one month: `end_date - start_date` ≤ 31 days and not reversed. */
export function checkEdenDateWindow(
  start: string | undefined,
  end: string | undefined,
  ctx: z.core.$RefinementCtx<unknown>,
  names: [string, string],
) {
  if (start && end) {
    const days = daysBetween(start, end);
    if (days < 0)
      ctx.addIssue({ code: 'custom', path: [names[1]], message: 'validation.windowReversed', input: end });
    else if (days > EDEN_MAX_WINDOW_DAYS)
      ctx.addIssue({ code: 'custom', path: [names[1]], message: 'validation.windowTooLong', input: end });
  }
}

/**
 * `GET /orders/` query. `start_date` or `end_date` is required; the window is at most one month.
 * Page parameters `limit`/`offset` and the `status` filter are unconfirmed assumptions.
 */
export const edenListOrdersParamsSchema = z
  .strictObject({
    start_date: opt(isoDate),
    end_date: opt(isoDate),
    updated_start_date: opt(isoDate),
    updated_end_date: opt(isoDate),
    modality: opt(z.array(z.enum(dicomModalityCodes))),
    status: opt(z.array(z.enum(edenStatuses))),
    patient_identifier: opt(text(EDEN_LIMITS.patient_identifier)),
    facility: opt(z.uuid()),
    room: opt(z.uuid()),
    limit: opt(z.int().check(z.minimum(1), z.maximum(100))),
    offset: opt(z.int().check(z.minimum(0))),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (!value.start_date && !value.end_date) {
        ctx.addIssue({
          code: 'custom',
          path: ['start_date'],
          message: 'validation.windowRequired',
          input: undefined,
        });
      }
      checkEdenDateWindow(value.start_date, value.end_date, ctx, ['start_date', 'end_date']);
      checkEdenDateWindow(value.updated_start_date, value.updated_end_date, ctx, [
        'updated_start_date',
        'updated_end_date',
      ]);
    }),
  );
export type EdenListOrdersParams = z.input<typeof edenListOrdersParamsSchema>;

// ---- Functions --------------------------------------------------------------------------------------

/** `POST /orders/`. The input may use the documented aliases; canonical names are sent. */
export async function createEdenOrder(input: unknown, options: CallOptions = {}): Promise<EdenOrder> {
  const body = parseInput('eden', edenEndpoints.createOrder.name, edenCreateOrderSchema, input);
  return edenClient.request({
    ...edenEndpoints.createOrder.at(),
    json: body,
    schema: edenOrderSchema,
    ...options,
  });
}

/** `PUT /orders/{id}/`: the same fields as create, all optional. */
export async function updateEdenOrder(
  id: string,
  input: unknown,
  options: CallOptions = {},
): Promise<EdenOrder> {
  const body = parseInput('eden', edenEndpoints.updateOrder.name, edenUpdateOrderSchema, input);
  return edenClient.request({
    ...edenEndpoints.updateOrder.at({ id }),
    json: body,
    schema: edenOrderSchema,
    ...options,
  });
}

/** `DELETE /orders/{id}/` with `cancel_reason`. Answers the order, which stays in history. */
export async function cancelEdenOrder(
  id: string,
  cancelReason: EdenCancelReason,
  options: CallOptions = {},
): Promise<EdenOrder> {
  return edenClient.request({
    ...edenEndpoints.cancelOrder.at({ id }),
    json: parseInput('eden', edenEndpoints.cancelOrder.name, edenCancelOrderSchema, {
      cancel_reason: cancelReason,
    }),
    schema: edenOrderSchema,
    ...options,
  });
}

/** `GET /orders/{id}/` */
export async function getEdenOrder(id: string, options: CallOptions = {}): Promise<EdenOrder> {
  return edenClient.request({ ...edenEndpoints.getOrder.at({ id }), schema: edenOrderSchema, ...options });
}

/** `GET /orders/`: a date window of at most one month, filters, `limit`/`offset` pages. */
export async function listEdenOrders(
  params: EdenListOrdersParams,
  options: CallOptions = {},
): Promise<EdenOrderPage> {
  const query = parseInput('eden', edenEndpoints.listOrders.name, edenListOrdersParamsSchema, params);
  return edenClient.request({
    ...edenEndpoints.listOrders.at(),
    query,
    schema: edenOrderPageSchema,
    ...options,
  });
}
