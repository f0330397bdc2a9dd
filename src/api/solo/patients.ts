import { z } from 'zod';
import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { soloClient } from './client';
import { soloAckSchema } from './common';
import {
  refineSoloDemographicsWrite,
  type SoloDemographicsInput,
  soloDemographicsInputSchema,
  soloDemographicsInputShape,
  soloDemographicsSchema,
} from './demographics';
import { soloEndpoints } from './endpoints';

/**
 * Solo patients: get and update by the caller's patient id or by SPID (Solo Patient ID), and create.
 * There is no patient search endpoint.
 */

/** GET answers (both by id and by SPID). */
export const soloPatientSchema = soloDemographicsSchema;
export type SoloPatient = z.infer<typeof soloPatientSchema>;

/** Create body: the demographics plus `id`, which is required. */
export const soloCreatePatientSchema = z
  .object({ id: z.string().trim().min(1), ...soloDemographicsInputShape })
  .superRefine(refineSoloDemographicsWrite);
export type SoloCreatePatientInput = z.input<typeof soloCreatePatientSchema>;

/** Update body: every field optional, same rules. */
export const soloUpdatePatientSchema = soloDemographicsInputSchema;
export type SoloUpdatePatientInput = SoloDemographicsInput;

/** Create answers the new Solo Patient ID, as a bare integer. */
export const soloCreatePatientResponseSchema = z.number().int().positive();
/** Update answers `[]`. */
export const soloUpdatePatientResponseSchema = soloAckSchema;

/** `GET /qapi/v1/patients/{patient_id}` */
export async function getSoloPatient(patientId: string, options: CallOptions = {}): Promise<SoloPatient> {
  return soloClient.request({
    ...soloEndpoints.getPatient.at({ patient_id: patientId }),
    schema: soloPatientSchema,
    ...options,
  });
}

/** `GET /qapi/v1/patients/id/type/SPID/value/{solo_patient_id}` */
export async function getSoloPatientBySpid(spid: number, options: CallOptions = {}): Promise<SoloPatient> {
  return soloClient.request({
    ...soloEndpoints.getPatientBySpid.at({ solo_patient_id: spid }),
    schema: soloPatientSchema,
    ...options,
  });
}

/** `POST /qapi/v1/patients`: creates a patient; resolves to its SPID. */
export async function createSoloPatient(
  input: SoloCreatePatientInput,
  options: CallOptions = {},
): Promise<number> {
  const body = parseInput('solo', soloEndpoints.createPatient.name, soloCreatePatientSchema, input);
  return soloClient.request({
    ...soloEndpoints.createPatient.at(),
    json: body,
    schema: soloCreatePatientResponseSchema,
    ...options,
  });
}

/** `PUT /qapi/v1/patients/{patient_id}` */
export async function updateSoloPatient(
  patientId: string,
  input: SoloUpdatePatientInput,
  options: CallOptions = {},
): Promise<void> {
  const body = parseInput('solo', soloEndpoints.updatePatient.name, soloUpdatePatientSchema, input);
  await soloClient.request({
    ...soloEndpoints.updatePatient.at({ patient_id: patientId }),
    json: body,
    schema: soloUpdatePatientResponseSchema,
    ...options,
  });
}

/** `PUT /qapi/v1/patients/id/type/SPID/value/{solo_patient_id}` */
export async function updateSoloPatientBySpid(
  spid: number,
  input: SoloUpdatePatientInput,
  options: CallOptions = {},
): Promise<void> {
  const body = parseInput('solo', soloEndpoints.updatePatientBySpid.name, soloUpdatePatientSchema, input);
  await soloClient.request({
    ...soloEndpoints.updatePatientBySpid.at({ solo_patient_id: spid }),
    json: body,
    schema: soloUpdatePatientResponseSchema,
    ...options,
  });
}
