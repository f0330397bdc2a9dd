import { z } from 'zod';
import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { impiloClient } from './client';
import {
  impiloIdSchema,
  impiloIsoDateSchema,
  impiloIsoDateTimeSchema,
  impiloPageSchema,
  impiloPagingSchema,
} from './common';
import { impiloEndpoints } from './endpoints';

/** Impilo patients: create, list (CONFIRMED filters), get. */

/** ASSUMED address shape. */
export const impiloAddressSchema = z.object({
  line1: z.string().min(1),
  line2: z.string().nullish(),
  city: z.string().min(1),
  state: z.string().nullish(),
  postalCode: z.string().min(1),
  country: z.string().min(2),
});

/** CONFIRMED: firstName and lastName are required. Others ASSUMED from the list filters. */
export const impiloCreatePatientSchema = z.object({
  firstName: z.string().trim().min(1).max(255),
  lastName: z.string().trim().min(1).max(255),
  email: z.email().optional(),
  phone: z.string().trim().min(1).max(50).optional(),
  dateOfBirth: impiloIsoDateSchema.optional(),
  externalIdentifier: z.string().trim().min(1).max(255).optional(),
  siteId: impiloIdSchema.optional(),
  address: impiloAddressSchema.optional(),
});
export type ImpiloCreatePatientInput = z.input<typeof impiloCreatePatientSchema>;

export const impiloPatientSchema = z.object({
  id: impiloIdSchema,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  dateOfBirth: impiloIsoDateSchema.nullish(),
  externalIdentifier: z.string().nullish(),
  siteId: impiloIdSchema.nullish(),
  address: impiloAddressSchema.nullish(),
  createdAt: impiloIsoDateTimeSchema.nullish(),
});
export type ImpiloPatient = z.infer<typeof impiloPatientSchema>;

/** CONFIRMED filters: page, size (≤ 250), name, email, externalIdentifier, siteId, dateOfBirthMin/Max, postalCode. */
export const impiloPatientFiltersSchema = impiloPagingSchema
  .extend({
    name: z.string().trim().min(1).optional(),
    email: z.string().trim().min(1).optional(),
    externalIdentifier: z.string().trim().min(1).optional(),
    siteId: impiloIdSchema.optional(),
    dateOfBirthMin: impiloIsoDateSchema.optional(),
    dateOfBirthMax: impiloIsoDateSchema.optional(),
    postalCode: z.string().trim().min(1).optional(),
  })
  .refine((f) => !f.dateOfBirthMin || !f.dateOfBirthMax || f.dateOfBirthMin <= f.dateOfBirthMax, {
    message: 'validation.windowReversed',
    path: ['dateOfBirthMax'],
  });
export type ImpiloPatientFilters = z.input<typeof impiloPatientFiltersSchema>;

export const impiloPatientPageSchema = impiloPageSchema(impiloPatientSchema);

/** `POST /api/v3/patient` */
export async function createImpiloPatient(input: ImpiloCreatePatientInput, options: CallOptions = {}) {
  return impiloClient.request({
    ...impiloEndpoints.createPatient.at(),
    json: parseInput('impilo', impiloEndpoints.createPatient.name, impiloCreatePatientSchema, input),
    schema: impiloPatientSchema,
    ...options,
  });
}

/** `GET /api/v3/patient` (ASSUMED list with the CONFIRMED filters). */
export async function listImpiloPatients(filters: ImpiloPatientFilters = {}, options: CallOptions = {}) {
  return impiloClient.request({
    ...impiloEndpoints.listPatients.at(),
    query: parseInput('impilo', impiloEndpoints.listPatients.name, impiloPatientFiltersSchema, filters),
    schema: impiloPatientPageSchema,
    ...options,
  });
}

/** `GET /api/v3/patient/{patientId}` */
export async function getImpiloPatient(patientId: string, options: CallOptions = {}) {
  return impiloClient.request({
    ...impiloEndpoints.getPatient.at({
      patientId: parseInput('impilo', impiloEndpoints.getPatient.name, impiloIdSchema, patientId, {
        at: 'patientId',
      }),
    }),
    schema: impiloPatientSchema,
    ...options,
  });
}

/** The update body: the create fields (ASSUMED, see `impiloEndpoints.updatePatient`). */
export const impiloUpdatePatientSchema = impiloCreatePatientSchema;
export type ImpiloUpdatePatientInput = ImpiloCreatePatientInput;

/** `PUT /api/v3/patient/{patientId}` (ASSUMED). */
export async function updateImpiloPatient(
  patientId: string,
  input: ImpiloUpdatePatientInput,
  options: CallOptions = {},
) {
  return impiloClient.request({
    ...impiloEndpoints.updatePatient.at({ patientId: impiloIdSchema.parse(patientId) }),
    json: impiloUpdatePatientSchema.parse(input),
    schema: impiloPatientSchema,
    ...options,
  });
}
