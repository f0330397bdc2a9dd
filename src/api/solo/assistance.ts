import { z } from 'zod';
import type { CallOptions } from '../http';
import { refineIsoDate } from '../iso-date';
import { parseInput } from '../zod-issues';
import { soloClient } from './client';
import { soloEmptyResponseSchema } from './common';
import { soloEndpoints } from './endpoints';

/*
 * Solo: Virtual Nursing and Sitting, assistance requests. One current request per device (care location).
 * `POST /qapi/v1/request-assistance` creates it, `GET` answers the current one, `DELETE` cancels it; all three
 * take the same four ways of naming the place (SoloAssistanceLocator). Errors come as `{ "message": "…" }`
 * (not Solo's usual `{ "error": { "message" } }`); ./client.ts reads both.
 *
 * Assumptions (change them here):
 * - GET cannot carry a body from a browser (fetch refuses it), so the console sends the locator of
 *   "Get Current Assistance Request" as query parameters with the same names; DELETE sends it as JSON.
 * - A body must be exactly one variant: mixing fields of two (e.g. `building` with `department`) is refused.
 * - All documented strings must be non-empty.
 * - `patient` may be null (a place without a known patient); `assignedTo` and `avSessions` items are not
 *   described by the page and are kept as they come.
 * - A 404 "Request not found" on GET means "no current request": the query answers `null`.
 * - Cancel answers an empty body.
 */

const text = () => z.string().trim().min(1);

export const soloAssistanceByBedSchema = z
  .object({
    building: text(),
    floor: text(),
    room: text(),
    bed: text().optional(),
  })
  .strict();
export const soloAssistanceByDepartmentSchema = z
  .object({ department: text(), room: text(), bed: text().optional() })
  .strict();
export const soloAssistanceByPatientSchema = z.object({ patientMrn: text() }).strict();
export const soloAssistanceByDeviceSchema = z.object({ deviceSerialNumber: text() }).strict();

/** The four documented bodies: building+floor+room(+bed), department+room(+bed), patient MRN, device serial. */
export const soloAssistanceLocatorSchema = z.union(
  [
    soloAssistanceByBedSchema,
    soloAssistanceByDepartmentSchema,
    soloAssistanceByPatientSchema,
    soloAssistanceByDeviceSchema,
  ],
  // The vendor's own refusal is SOLO_ASSISTANCE_MESSAGES.missingParameters (./errors.ts).
  { error: 'validation.assistanceLocator' },
);
export type SoloAssistanceLocator = z.infer<typeof soloAssistanceLocatorSchema>;

export const soloAssistanceRequestSchema = z.object({
  id: z.string().min(1),
  device: z.string(),
  careLocation: z.object({
    availability: z.string(),
    id: z.string(),
    name: z.string(),
    status: z.string(),
    video: z.object({
      type: z.string(),
      clientId: z.string().nullable(),
      serialNumber: z.string(),
      careLocationId: z.string(),
      skipActivation: z.boolean(),
    }),
  }),
  practice: z.string(),
  patient: z
    .object({
      age: z.number().int().nonnegative(),
      id: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      middleName: z.string().nullable(),
      dob: z.string().superRefine(refineIsoDate),
      mrn: z.string(),
    })
    .nullable(),
  assignedTo: z.unknown().nullable(),
  room: z.string(),
  status: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
  location: z.object({ id: z.string(), name: z.string() }),
  avSessions: z.array(z.unknown()),
  createdFromExternalApi: z.boolean(),
});
export type SoloAssistanceRequest = z.infer<typeof soloAssistanceRequestSchema>;

/** `POST /qapi/v1/request-assistance` */
export async function createSoloAssistanceRequest(
  locator: SoloAssistanceLocator,
  options: CallOptions = {},
): Promise<SoloAssistanceRequest> {
  return soloClient.request({
    ...soloEndpoints.createAssistanceRequest.at(),
    json: parseInput(
      'solo',
      soloEndpoints.createAssistanceRequest.name,
      soloAssistanceLocatorSchema,
      locator,
    ),
    schema: soloAssistanceRequestSchema,
    ...options,
  });
}

/** `GET /qapi/v1/request-assistance` (locator as query parameters). 404 "Request not found" when there is none. */
export async function getSoloCurrentAssistanceRequest(
  locator: SoloAssistanceLocator,
  options: CallOptions = {},
): Promise<SoloAssistanceRequest> {
  return soloClient.request({
    ...soloEndpoints.getCurrentAssistanceRequest.at(),
    query: parseInput(
      'solo',
      soloEndpoints.getCurrentAssistanceRequest.name,
      soloAssistanceLocatorSchema,
      locator,
    ),
    schema: soloAssistanceRequestSchema,
    ...options,
  });
}

/** `DELETE /qapi/v1/request-assistance`: cancels the current request. */
export async function cancelSoloAssistanceRequest(
  locator: SoloAssistanceLocator,
  options: CallOptions = {},
): Promise<void> {
  await soloClient.request({
    ...soloEndpoints.cancelAssistanceRequest.at(),
    json: parseInput(
      'solo',
      soloEndpoints.cancelAssistanceRequest.name,
      soloAssistanceLocatorSchema,
      locator,
    ),
    schema: soloEmptyResponseSchema,
    ...options,
  });
}
