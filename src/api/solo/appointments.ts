import { z } from 'zod';
import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { soloClient } from './client';
import { SOLO_APPOINTMENT_UPDATE_STATUSES, soloDurationSecondsSchema, soloUnixSecondsSchema } from './common';
import { soloDemographicsSchema } from './demographics';
import { soloEndpoints } from './endpoints';

/**
 * Solo appointments: create (by patient id, HSID or SPID), get, update (reschedule, cancel, external id,
 * reasons, encounter), and the video-call links (provider, MS Teams provider, provider + patient).
 * Times are unix timestamps in seconds (UTC); durations are seconds.
 */

/** The documented appointment status list. */
export const soloAppointmentStatuses = [
  'scheduled',
  'arrived',
  'in progress.intake.ready',
  'in progress.intake.progress',
  'in progress.exam.ready',
  'in progress.exam.progress',
  'discharge.ready',
  'discharge.progress',
  'completed',
  'sign off',
  'cancelled',
  'not showed up',
] as const;
export const soloAppointmentStatusSchema = z.enum(soloAppointmentStatuses);
export type SoloAppointmentStatus = z.infer<typeof soloAppointmentStatusSchema>;

export const soloVideoCallStatuses = [
  'LWBS',
  'incomplete',
  'complete',
  'finalizing',
  'on hold',
  'on call',
  'waiting',
] as const;
export const soloVideoCallStatusSchema = z.enum(soloVideoCallStatuses);
export type SoloVideoCallStatus = z.infer<typeof soloVideoCallStatusSchema>;

// ---- create -------------------------------------------------------------------------------------

export const soloCreateAppointmentSchema = z.object({
  /** Appointment date (unix seconds); without it the visit is on demand. */
  date: soloUnixSecondsSchema.optional(),
  reasons: z.array(z.string()).optional(),
  /** By default the waiting room's slot duration is used. */
  duration: soloDurationSecondsSchema.optional(),
  /** Waiting room name: required. */
  waitingRoom: z.string().trim().min(1),
  externalId: z.string().min(1).optional(),
  episodeOfCareId: z.string().min(1).optional(),
  /** Encounter id. */
  accountNumber: z.string().min(1).optional(),
});
export type SoloCreateAppointmentInput = z.input<typeof soloCreateAppointmentSchema>;

export const soloAppointmentCreatedSchema = z.object({
  id: z.number().int().positive(),
  visitUrl: z.url(),
});
export type SoloAppointmentCreated = z.infer<typeof soloAppointmentCreatedSchema>;

/** Whom the appointment is for: the caller's patient id, the EHR's HSID or the Solo Patient ID. */
export type SoloPatientRef = { patientId: string } | { hsid: string } | { spid: number };

// ---- get ----------------------------------------------------------------------------------------

export const soloVideoCallSchema = z.object({ id: z.string(), status: soloVideoCallStatusSchema });

export const soloProviderSchema = z.object({
  id: z.string(),
  email: z.string(),
  firstName: z.string(),
  middleName: z.string().optional(),
  lastName: z.string(),
});
export type SoloProvider = z.infer<typeof soloProviderSchema>;

export const soloAppointmentSchema = z.object({
  id: z.number().int().positive(),
  date: soloUnixSecondsSchema,
  duration: z.number().int().nonnegative(),
  reasons: z.array(z.string()),
  status: soloAppointmentStatusSchema,
  videoCall: soloVideoCallSchema.nullable(),
  externalId: z.string().nullable(),
  patient: z.object({ id: z.string(), demographics: soloDemographicsSchema }),
  providers: z.array(soloProviderSchema),
});
export type SoloAppointment = z.infer<typeof soloAppointmentSchema>;

// ---- update -------------------------------------------------------------------------------------

export const soloUpdateAppointmentSchema = z
  .object({
    date: soloUnixSecondsSchema.optional(),
    duration: soloDurationSecondsSchema.optional(),
    /** Only `cancelled` may be set through the API (assumption 2 in common.ts). */
    status: z.enum(SOLO_APPOINTMENT_UPDATE_STATUSES).optional(),
    externalId: z.string().min(1).optional(),
    reasons: z.array(z.string()).optional(),
    accountNumber: z.string().min(1).optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'validation.nothingToUpdate');
export type SoloUpdateAppointmentInput = z.input<typeof soloUpdateAppointmentSchema>;

// ---- links --------------------------------------------------------------------------------------

export const soloProviderLinkSchema = z.object({
  id: z.number().int().positive(),
  providerVisitUrl: z.url(),
});
export type SoloProviderLink = z.infer<typeof soloProviderLinkSchema>;

export const soloMsTeamsProviderLinkSchema = z.object({
  id: z.number().int().positive(),
  msTeamsProviderVisitUrl: z.url(),
});
export type SoloMsTeamsProviderLink = z.infer<typeof soloMsTeamsProviderLinkSchema>;

export const soloVideoCallLinksSchema = z.object({
  /** Null when the appointment (fetched by SAID) has no external id. */
  appointmentExternalId: z.string().nullable(),
  providerVisitUrl: z.url(),
  patientVisitUrl: z.url(),
});
export type SoloVideoCallLinks = z.infer<typeof soloVideoCallLinksSchema>;

// ---- functions ----------------------------------------------------------------------------------

function createCall(patient: SoloPatientRef) {
  if ('spid' in patient) return soloEndpoints.createAppointmentBySpid.at({ solo_patient_id: patient.spid });
  if ('hsid' in patient) return soloEndpoints.createAppointmentByHsid.at({ hsid: patient.hsid });
  return soloEndpoints.createAppointment.at({ patient_id: patient.patientId });
}

/** Books an appointment. A slot taken in the meantime answers 409 (VendorError). */
export async function createSoloAppointment(
  patient: SoloPatientRef,
  input: SoloCreateAppointmentInput,
  options: CallOptions = {},
): Promise<SoloAppointmentCreated> {
  const call = createCall(patient);
  const body = parseInput('solo', call.endpoint, soloCreateAppointmentSchema, input);
  return soloClient.request({
    ...call,
    json: body,
    schema: soloAppointmentCreatedSchema,
    ...options,
  });
}

export async function getSoloAppointment(id: number, options: CallOptions = {}): Promise<SoloAppointment> {
  return soloClient.request({
    ...soloEndpoints.getAppointment.at({ appointment_id: id }),
    schema: soloAppointmentSchema,
    ...options,
  });
}

export async function updateSoloAppointment(
  id: number,
  input: SoloUpdateAppointmentInput,
  options: CallOptions = {},
): Promise<SoloAppointmentCreated> {
  const body = parseInput('solo', soloEndpoints.updateAppointment.name, soloUpdateAppointmentSchema, input);
  return soloClient.request({
    ...soloEndpoints.updateAppointment.at({ appointment_id: id }),
    json: body,
    schema: soloAppointmentCreatedSchema,
    ...options,
  });
}

/** Moves the appointment (and optionally changes its length). */
export function rescheduleSoloAppointment(
  id: number,
  change: { date: number; duration?: number },
  options: CallOptions = {},
): Promise<SoloAppointmentCreated> {
  return updateSoloAppointment(id, change, options);
}

export function cancelSoloAppointment(
  id: number,
  options: CallOptions = {},
): Promise<SoloAppointmentCreated> {
  return updateSoloAppointment(id, { status: 'cancelled' }, options);
}

export function setSoloAppointmentExternalId(
  id: number,
  externalId: string,
  options: CallOptions = {},
): Promise<SoloAppointmentCreated> {
  return updateSoloAppointment(id, { externalId }, options);
}

export async function getSoloProviderLink(id: number, options: CallOptions = {}): Promise<SoloProviderLink> {
  return soloClient.request({
    ...soloEndpoints.getProviderLink.at({ appointment_id: id }),
    schema: soloProviderLinkSchema,
    ...options,
  });
}

/** Needs the provider's Microsoft Teams token, sent as `Teams-Auth-Token`. */
export async function getSoloMsTeamsProviderLink(
  id: number,
  teamsAuthToken: string,
  options: CallOptions = {},
): Promise<SoloMsTeamsProviderLink> {
  const token = parseInput(
    'solo',
    soloEndpoints.getMsTeamsProviderLink.name,
    z.string().trim().min(1),
    teamsAuthToken,
    { at: 'teamsAuthToken' },
  );
  return soloClient.request({
    ...soloEndpoints.getMsTeamsProviderLink.at({ appointment_id: id }),
    headers: { 'Teams-Auth-Token': token },
    schema: soloMsTeamsProviderLinkSchema,
    ...options,
  });
}

export async function getSoloVideoCallLinksByExternalId(
  externalId: string,
  options: CallOptions = {},
): Promise<SoloVideoCallLinks> {
  return soloClient.request({
    ...soloEndpoints.getVideoCallLinksByExternalId.at({ external_appointment_id: externalId }),
    schema: soloVideoCallLinksSchema,
    ...options,
  });
}

export async function getSoloVideoCallLinksBySaid(
  id: number,
  options: CallOptions = {},
): Promise<SoloVideoCallLinks> {
  return soloClient.request({
    ...soloEndpoints.getVideoCallLinksBySaid.at({ solo_appointment_id: id }),
    schema: soloVideoCallLinksSchema,
    ...options,
  });
}
