import { z } from 'zod';
import type { InputIssue } from '@/api/errors';
import {
  POSTDICOM_CREATE_ORDER_JSON_KEYS,
  type PostDicomCreateOrderFull2Input,
  type PostDicomCreateOrderMinimumInput,
  postDicomCreateOrderFull2InputSchema,
  postDicomCreateOrderJsonInputSchema,
  postDicomCreateOrderMinimumInputSchema,
} from '@/api/postdicom/order-create';
import type { PostDicomOrderRequest, PostDicomOrderVariant } from '@/api/postdicom/order-create-once';
import type { ValidationResult } from '@/components/forms/form-errors';
import { zodIssues } from '@/components/forms/form-errors';

/**
 * The PostDICOM order form. Its fields carry CreateOrderWithJSON's key names (the variant with every key);
 * the minimum and full-parameter variants take a subset plus the order date and time, which only they
 * have. `CreateOrderWithFullParameters2` is offered as "full": it has every parameter of
 * `CreateOrderWithFullParameters` plus patient sex and referring physician, so the first adds nothing.
 * `toRequest` turns the form into the chosen variant's call (OpenMRS's pure form→payload function).
 */

export const postDicomVariants = [
  'json',
  'minimum',
  'full',
] as const satisfies readonly PostDicomOrderVariant[];

export const postDicomJsonFields = POSTDICOM_CREATE_ORDER_JSON_KEYS;
export type PostDicomJsonField = (typeof postDicomJsonFields)[number];
export type PostDicomTextField =
  | PostDicomJsonField
  | 'OrderDate'
  | 'OrderTime'
  | 'userUuid'
  | 'institutionUuid';

export type PostDicomOrderFormValues = Record<PostDicomTextField, string> & {
  variant: PostDicomOrderVariant;
};

/** The minimum variant's parameters, by form field. */
const minimumParameters = {
  PatientName: 'patientName',
  PatientID: 'patientId',
  OrderModality: 'modality',
  StudyDescription: 'studyDescription',
  OrderDate: 'orderDate',
  OrderTime: 'orderTime',
} as const satisfies Partial<Record<PostDicomTextField, string>>;

/** CreateOrderWithFullParameters2's parameters, by form field. */
const fullParameters = {
  ...minimumParameters,
  OtherPatientId: 'patientOtherId',
  PatientSex: 'patientSex',
  PatientsBirthDate: 'patientBirthdate',
  OrderAccessionNumber: 'accessionNumber',
  PatientComplaints: 'complaints',
  RequestedProcedureId: 'procedureId',
  RequestingProcedureDescription: 'procedureDescription',
  ScheduledEquipmentUuid: 'scheduledEquipmentUuid',
  ReferringPhysiciansName: 'referringPhysiciansName',
} as const satisfies Partial<Record<PostDicomTextField, string>>;

/** The fields a variant shows, in the order of the form. */
export function postDicomFieldsOf(variant: PostDicomOrderVariant): PostDicomTextField[] {
  if (variant === 'json') return [...postDicomJsonFields];
  return Object.keys(variant === 'minimum' ? minimumParameters : fullParameters) as PostDicomTextField[];
}

/** What the console requires in every variant (the vendor refuses an order without them). */
const requiredAlways: PostDicomTextField[] = ['PatientName', 'PatientID', 'OrderModality'];

export function postDicomRequiredFields(variant: PostDicomOrderVariant): Set<PostDicomTextField> {
  const required = new Set<PostDicomTextField>(['userUuid', 'institutionUuid', ...requiredAlways]);
  if (variant !== 'json') required.add('OrderDate');
  // The accession number is the retry key of both variants that have one; the full variant needs a birth date.
  if (variant !== 'minimum') required.add('OrderAccessionNumber');
  if (variant === 'full') required.add('PatientsBirthDate');
  return required;
}

/** `A260310K3F9Q2X`: 14 characters (the limit is 16), one per draft: the order's retry key. */
export function generateAccessionNumber(now = new Date()): string {
  const day = now.toISOString().slice(2, 10).replaceAll('-', '');
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(7));
  return `A${day}${Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('')}`;
}

const allFields: PostDicomTextField[] = [
  ...postDicomJsonFields,
  'OrderDate',
  'OrderTime',
  'userUuid',
  'institutionUuid',
];

export function emptyPostDicomOrderForm(): PostDicomOrderFormValues {
  const values = Object.fromEntries(allFields.map((field) => [field, ''])) as Record<
    PostDicomTextField,
    string
  >;
  return { ...values, variant: 'json' };
}

/** Form → the chosen variant's call. Every value trimmed; the JSON variant sends only the keys given. */
export function toPostDicomRequest(values: PostDicomOrderFormValues): PostDicomOrderRequest {
  const text = (field: PostDicomTextField) => values[field].trim();
  const ids = { userUuid: text('userUuid'), institutionUuid: text('institutionUuid') };
  if (values.variant === 'json') {
    const jsonParameters = Object.fromEntries(
      postDicomJsonFields.map((field) => [field, text(field)]).filter(([, value]) => value !== ''),
    );
    return { variant: 'json', input: { ...ids, jsonParameters } };
  }
  const parameters = values.variant === 'minimum' ? minimumParameters : fullParameters;
  const input = Object.fromEntries(
    Object.entries(parameters).map(([field, parameter]) => [parameter, text(field as PostDicomTextField)]),
  );
  // The strings are checked by the variant's schema (validatePostDicomOrder, and again by the service).
  if (values.variant === 'minimum')
    return { variant: 'minimum', input: { ...ids, ...input } as PostDicomCreateOrderMinimumInput };
  return { variant: 'full', input: { ...ids, ...input } as PostDicomCreateOrderFull2Input };
}

/** A wire path of any variant (`jsonParameters.PatientName`, `patientName`, `PatientName`) → the form field. */
export function postDicomFormField(wirePath: string): PostDicomTextField | null {
  const top = wirePath.replace(/^jsonParameters\.?/, '').split(/[.[]/)[0] ?? '';
  if (top === '') return null;
  if ((allFields as string[]).includes(top)) return top as PostDicomTextField;
  const entry = Object.entries(fullParameters).find(([, parameter]) => parameter === top);
  return (entry?.[0] as PostDicomTextField | undefined) ?? null;
}

/**
 * The form's checks: what the console requires, then the chosen variant's own schema (the service
 * layer's: every documented format and limit). Issues carry form paths and message keys.
 */
export function validatePostDicomOrder(
  values: PostDicomOrderFormValues,
): ValidationResult<PostDicomOrderFormValues> {
  const issues: InputIssue[] = [];
  for (const field of postDicomRequiredFields(values.variant))
    if (values[field].trim() === '') issues.push({ path: field, message: 'validation.required' });
  const request = toPostDicomRequest(values);
  const schema =
    request.variant === 'json'
      ? postDicomCreateOrderJsonInputSchema
      : request.variant === 'full'
        ? postDicomCreateOrderFull2InputSchema
        : postDicomCreateOrderMinimumInputSchema;
  for (const issue of zodIssues(schema, request.input)) {
    const field = postDicomFormField(issue.path);
    if (field && !issues.some((known) => known.path === field)) issues.push({ ...issue, path: field });
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: values };
}

const formShape = z.object({
  variant: z.enum(postDicomVariants),
  ...(Object.fromEntries(allFields.map((field) => [field, z.string()])) as Record<
    PostDicomTextField,
    z.ZodString
  >),
});

/** Whether a stored draft still has the form's shape. */
export function isPostDicomOrderDraft(value: unknown): value is PostDicomOrderFormValues {
  return formShape.safeParse(value).success;
}
