import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import type { CallOptions } from './call';
import { parseInput } from './errors';
import type { PostDicomMethod } from './library';
import { useInvalidateOrders } from './orders';
import {
  dateTimeSchema,
  guidSchema,
  hhmmSchema,
  idSchema,
  isoDateSchema,
  modalitySchema,
  patientNameSchema,
  patientSexSchema,
  successSchema,
} from './schemas';
import { runPostDicom } from './session';

/**
 * Method group "order creation": CreateOrderWithMinimumParameters, CreateOrderWithFullParameters,
 * CreateOrderWithFullParameters2 and CreateOrderWithJSON. Optional parameters are sent as empty strings,
 * as the doc says.
 */

/** The created order. UNCONFIRMED shape: the doc only says the callback reports completion. */
export const createOrderResultSchema = successSchema.extend({
  PatientOrderUuid: idSchema,
  PatientOrderInstitutionUuid: idSchema.optional(),
});
export type CreatedOrder = z.infer<typeof createOrderResultSchema>;

const optionalText = (max = 64) => z.string().trim().max(max, `At most ${max} characters.`).default('');
/** DICOM SH: the accession number has 1–16 characters (CreateOrderWithJSON's rule); empty = none. */
const accessionNumber = z.string().trim().max(16, 'At most 16 characters.').default('');

export const createOrderMinimumInputSchema = z.object({
  userUuid: idSchema,
  institutionUuid: idSchema,
  /** `LAST NAME^FIRST NAME^MIDDLE NAME`. */
  patientName: patientNameSchema,
  patientId: z.string().trim().min(1, 'Required.').max(64, 'At most 64 characters.'),
  modality: modalitySchema,
  studyDescription: optionalText(),
  orderDate: isoDateSchema,
  /** `HH:MM` or empty. */
  orderTime: z.union([z.literal(''), hhmmSchema]).default(''),
});
export type CreateOrderMinimumInput = z.input<typeof createOrderMinimumInputSchema>;

export const createOrderFullInputSchema = createOrderMinimumInputSchema.extend({
  patientOtherId: optionalText(),
  patientBirthdate: isoDateSchema,
  accessionNumber,
  complaints: optionalText(1024),
  procedureId: optionalText(),
  procedureDescription: optionalText(),
  /** A DICOM node's uuid (GetDicomNodeList) or empty. */
  scheduledEquipmentUuid: z.union([z.literal(''), guidSchema]).default(''),
});
export type CreateOrderFullInput = z.input<typeof createOrderFullInputSchema>;

export const createOrderFull2InputSchema = createOrderFullInputSchema.extend({
  patientSex: patientSexSchema.default(''),
  referringPhysiciansName: z.union([z.literal(''), patientNameSchema]).default(''),
});
export type CreateOrderFull2Input = z.input<typeof createOrderFull2InputSchema>;

/** Every key CreateOrderWithJSON documents; only those needed may be sent. Unknown keys are refused. */
export const createOrderJsonParametersSchema = z
  .strictObject({
    OtherPatientId: z.string(),
    PatientName: patientNameSchema,
    OrderModality: modalitySchema,
    OrderAccessionNumber: z.string().min(1, 'At least 1 character.').max(16, 'At most 16 characters.'),
    PatientsBirthDate: isoDateSchema,
    PatientID: z.string().min(1).max(64),
    Priority: z.string(),
    PatientHistory: z.string(),
    PatientComplaints: z.string(),
    PatientSymptom: z.string(),
    RequestingPhysician: z.string(),
    RequestingDepartment: z.string(),
    RequestingProcedureDescription: z.string(),
    PerformedDatetime: dateTimeSchema,
    OrderNote1: z.string(),
    OrderNote2: z.string(),
    ReferringPhysiciansName: z.string(),
    StudyDescription: z.string(),
    RequestedProcedureId: z.string(),
    ScheduledEquipmentUuid: guidSchema,
    /** One character: "M", "F", "O" (or empty). */
    PatientSex: patientSexSchema,
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Give at least one parameter.');
export type CreateOrderJsonParameters = z.input<typeof createOrderJsonParametersSchema>;
export const CREATE_ORDER_JSON_KEYS = Object.keys(
  createOrderJsonParametersSchema.shape,
) as (keyof CreateOrderJsonParameters)[];

export const createOrderJsonInputSchema = z.object({
  userUuid: idSchema,
  institutionUuid: idSchema,
  jsonParameters: createOrderJsonParametersSchema,
});
export type CreateOrderJsonInput = z.input<typeof createOrderJsonInputSchema>;

function create(
  method: PostDicomMethod,
  invoke: Parameters<typeof runPostDicom>[0]['invoke'],
  options: CallOptions,
) {
  return runPostDicom({ method, invoke, schema: createOrderResultSchema }, options);
}

/** `CreateOrderWithMinimumParameters(userUuid, institutionUuid, patientName, patientId, modality, studyDescription, orderDate, orderTime, callback)`. */
export async function createOrderWithMinimumParameters(
  input: CreateOrderMinimumInput,
  options: CallOptions = {},
): Promise<CreatedOrder> {
  const v = parseInput('CreateOrderWithMinimumParameters', createOrderMinimumInputSchema, input);
  return create(
    'CreateOrderWithMinimumParameters',
    (api, cb) =>
      api.CreateOrderWithMinimumParameters(
        v.userUuid,
        v.institutionUuid,
        v.patientName,
        v.patientId,
        v.modality,
        v.studyDescription,
        v.orderDate,
        v.orderTime,
        cb,
      ),
    options,
  );
}

/** `CreateOrderWithFullParameters(…)` (15 parameters and the callback). */
export async function createOrderWithFullParameters(
  input: CreateOrderFullInput,
  options: CallOptions = {},
): Promise<CreatedOrder> {
  const v = parseInput('CreateOrderWithFullParameters', createOrderFullInputSchema, input);
  return create(
    'CreateOrderWithFullParameters',
    (api, cb) =>
      api.CreateOrderWithFullParameters(
        v.userUuid,
        v.institutionUuid,
        v.patientName,
        v.patientId,
        v.patientOtherId,
        v.patientBirthdate,
        v.modality,
        v.studyDescription,
        v.accessionNumber,
        v.complaints,
        v.orderDate,
        v.orderTime,
        v.procedureId,
        v.procedureDescription,
        v.scheduledEquipmentUuid,
        cb,
      ),
    options,
  );
}

/** `CreateOrderWithFullParameters2(…)`: the full variant plus patient sex and referring physician. */
export async function createOrderWithFullParameters2(
  input: CreateOrderFull2Input,
  options: CallOptions = {},
): Promise<CreatedOrder> {
  const v = parseInput('CreateOrderWithFullParameters2', createOrderFull2InputSchema, input);
  return create(
    'CreateOrderWithFullParameters2',
    (api, cb) =>
      api.CreateOrderWithFullParameters2(
        v.userUuid,
        v.institutionUuid,
        v.patientName,
        v.patientId,
        v.patientOtherId,
        v.patientSex,
        v.patientBirthdate,
        v.modality,
        v.studyDescription,
        v.accessionNumber,
        v.complaints,
        v.orderDate,
        v.orderTime,
        v.procedureId,
        v.procedureDescription,
        v.scheduledEquipmentUuid,
        v.referringPhysiciansName,
        cb,
      ),
    options,
  );
}

/** `CreateOrderWithJSON(userUuid, institutionUuid, jsonParameters, callback)`. */
export async function createOrderWithJson(
  input: CreateOrderJsonInput,
  options: CallOptions = {},
): Promise<CreatedOrder> {
  const v = parseInput('CreateOrderWithJSON', createOrderJsonInputSchema, input);
  const json = Object.fromEntries(
    Object.entries(v.jsonParameters).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
  return create(
    'CreateOrderWithJSON',
    (api, cb) => api.CreateOrderWithJSON(v.userUuid, v.institutionUuid, json, cb),
    options,
  );
}

// Mutations: never retried (creating twice is worse than failing once); they invalidate the orders.
export function useCreateOrderWithMinimumParameters() {
  const invalidate = useInvalidateOrders();
  return useMutation({
    mutationFn: (i: CreateOrderMinimumInput) => createOrderWithMinimumParameters(i),
    onSuccess: invalidate,
  });
}
export function useCreateOrderWithFullParameters() {
  const invalidate = useInvalidateOrders();
  return useMutation({
    mutationFn: (i: CreateOrderFullInput) => createOrderWithFullParameters(i),
    onSuccess: invalidate,
  });
}
export function useCreateOrderWithFullParameters2() {
  const invalidate = useInvalidateOrders();
  return useMutation({
    mutationFn: (i: CreateOrderFull2Input) => createOrderWithFullParameters2(i),
    onSuccess: invalidate,
  });
}
export function useCreateOrderWithJson() {
  const invalidate = useInvalidateOrders();
  return useMutation({
    mutationFn: (i: CreateOrderJsonInput) => createOrderWithJson(i),
    onSuccess: invalidate,
  });
}
