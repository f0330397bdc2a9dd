import { z } from 'zod';
import type { CallOptions } from '../http';
import { runPostDicom } from './client';
import {
  postDicomDateTimeSchema,
  postDicomGuidSchema,
  postDicomHhmmSchema,
  postDicomIdSchema,
  postDicomIsoDateSchema,
  postDicomModalitySchema,
  postDicomPatientNameSchema,
  postDicomPatientSexSchema,
  postDicomSuccessSchema,
} from './common';
import { parsePostDicomInput } from './errors';
import type { PostDicomMethod } from './library';

/**
 * Method group "order creation": CreateOrderWithMinimumParameters, CreateOrderWithFullParameters,
 * CreateOrderWithFullParameters2 and CreateOrderWithJSON. Optional parameters are sent as empty strings,
 * as the doc says.
 */

/** The created order. UNCONFIRMED shape: the doc only says the callback reports completion. */
export const postDicomCreateOrderResultSchema = postDicomSuccessSchema.extend({
  PatientOrderUuid: postDicomIdSchema,
  PatientOrderInstitutionUuid: postDicomIdSchema.optional(),
});
export type PostDicomCreatedOrder = z.infer<typeof postDicomCreateOrderResultSchema>;

const optionalText = (max = 64) => z.string().trim().max(max).default('');
/** DICOM SH: the accession number has 1–16 characters (CreateOrderWithJSON's rule); empty = none. */
const accessionNumber = z.string().trim().max(16).default('');

export const postDicomCreateOrderMinimumInputSchema = z.object({
  userUuid: postDicomIdSchema,
  institutionUuid: postDicomIdSchema,
  /** `LAST NAME^FIRST NAME^MIDDLE NAME`. */
  patientName: postDicomPatientNameSchema,
  patientId: z.string().trim().min(1).max(64),
  modality: postDicomModalitySchema,
  studyDescription: optionalText(),
  orderDate: postDicomIsoDateSchema,
  /** `HH:MM` or empty. */
  orderTime: z.union([z.literal(''), postDicomHhmmSchema]).default(''),
});
export type PostDicomCreateOrderMinimumInput = z.input<typeof postDicomCreateOrderMinimumInputSchema>;

export const postDicomCreateOrderFullInputSchema = postDicomCreateOrderMinimumInputSchema.extend({
  patientOtherId: optionalText(),
  patientBirthdate: postDicomIsoDateSchema,
  accessionNumber,
  complaints: optionalText(1024),
  procedureId: optionalText(),
  procedureDescription: optionalText(),
  /** A DICOM node's uuid (GetDicomNodeList) or empty. */
  scheduledEquipmentUuid: z.union([z.literal(''), postDicomGuidSchema]).default(''),
});
export type PostDicomCreateOrderFullInput = z.input<typeof postDicomCreateOrderFullInputSchema>;

export const postDicomCreateOrderFull2InputSchema = postDicomCreateOrderFullInputSchema.extend({
  patientSex: postDicomPatientSexSchema.default(''),
  referringPhysiciansName: z.union([z.literal(''), postDicomPatientNameSchema]).default(''),
});
export type PostDicomCreateOrderFull2Input = z.input<typeof postDicomCreateOrderFull2InputSchema>;

/** Every key CreateOrderWithJSON documents; only those needed may be sent. Unknown keys are refused. */
export const postDicomCreateOrderJsonParametersSchema = z
  .strictObject({
    OtherPatientId: z.string(),
    PatientName: postDicomPatientNameSchema,
    OrderModality: postDicomModalitySchema,
    OrderAccessionNumber: z.string().min(1).max(16),
    PatientsBirthDate: postDicomIsoDateSchema,
    PatientID: z.string().min(1).max(64),
    Priority: z.string(),
    PatientHistory: z.string(),
    PatientComplaints: z.string(),
    PatientSymptom: z.string(),
    RequestingPhysician: z.string(),
    RequestingDepartment: z.string(),
    RequestingProcedureDescription: z.string(),
    PerformedDatetime: postDicomDateTimeSchema,
    OrderNote1: z.string(),
    OrderNote2: z.string(),
    ReferringPhysiciansName: z.string(),
    StudyDescription: z.string(),
    RequestedProcedureId: z.string(),
    ScheduledEquipmentUuid: postDicomGuidSchema,
    /** One character: "M", "F", "O" (or empty). */
    PatientSex: postDicomPatientSexSchema,
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'validation.atLeastOneValue');
export type PostDicomCreateOrderJsonParameters = z.input<typeof postDicomCreateOrderJsonParametersSchema>;
export const POSTDICOM_CREATE_ORDER_JSON_KEYS = Object.keys(
  postDicomCreateOrderJsonParametersSchema.shape,
) as (keyof PostDicomCreateOrderJsonParameters)[];

export const postDicomCreateOrderJsonInputSchema = z.object({
  userUuid: postDicomIdSchema,
  institutionUuid: postDicomIdSchema,
  jsonParameters: postDicomCreateOrderJsonParametersSchema,
});
export type PostDicomCreateOrderJsonInput = z.input<typeof postDicomCreateOrderJsonInputSchema>;

function create(
  method: PostDicomMethod,
  invoke: Parameters<typeof runPostDicom>[0]['invoke'],
  options: CallOptions,
) {
  return runPostDicom({ method, invoke, schema: postDicomCreateOrderResultSchema }, options);
}

/** `CreateOrderWithMinimumParameters(userUuid, institutionUuid, patientName, patientId, modality, studyDescription, orderDate, orderTime, callback)`. */
export async function createPostDicomOrderWithMinimumParameters(
  input: PostDicomCreateOrderMinimumInput,
  options: CallOptions = {},
): Promise<PostDicomCreatedOrder> {
  const v = parsePostDicomInput(
    'CreateOrderWithMinimumParameters',
    postDicomCreateOrderMinimumInputSchema,
    input,
  );
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
export async function createPostDicomOrderWithFullParameters(
  input: PostDicomCreateOrderFullInput,
  options: CallOptions = {},
): Promise<PostDicomCreatedOrder> {
  const v = parsePostDicomInput('CreateOrderWithFullParameters', postDicomCreateOrderFullInputSchema, input);
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
export async function createPostDicomOrderWithFullParameters2(
  input: PostDicomCreateOrderFull2Input,
  options: CallOptions = {},
): Promise<PostDicomCreatedOrder> {
  const v = parsePostDicomInput(
    'CreateOrderWithFullParameters2',
    postDicomCreateOrderFull2InputSchema,
    input,
  );
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
export async function createPostDicomOrderWithJson(
  input: PostDicomCreateOrderJsonInput,
  options: CallOptions = {},
): Promise<PostDicomCreatedOrder> {
  const v = parsePostDicomInput('CreateOrderWithJSON', postDicomCreateOrderJsonInputSchema, input);
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
