import { defineEndpoint } from '../endpoint';

/**
 * Teladoc Health Solo's endpoints: the one table of paths and endpoint names (as the vendor's pages write
 * them). CONFIRMED unless marked ASSUMED; the assumptions about bodies and answers are listed in
 * ./common.ts (care) and at the top of each endpoint group's file. The mock (mocks/solo) routes the same
 * entries.
 */
export const soloEndpoints = {
  // ---- Patients (./patients.ts)
  getPatient: defineEndpoint('GET', '/qapi/v1/patients/{patient_id}'),
  getPatientBySpid: defineEndpoint('GET', '/qapi/v1/patients/id/type/SPID/value/{solo_patient_id}'),
  createPatient: defineEndpoint('POST', '/qapi/v1/patients'),
  updatePatient: defineEndpoint('PUT', '/qapi/v1/patients/{patient_id}'),
  updatePatientBySpid: defineEndpoint('PUT', '/qapi/v1/patients/id/type/SPID/value/{solo_patient_id}'),

  // ---- Appointments (./appointments.ts)
  createAppointment: defineEndpoint('POST', '/qapi/v1/patients/{patient_id}/appointments'),
  createAppointmentByHsid: defineEndpoint('POST', '/qapi/v1/patients/HSID/{hsid}/appointments'),
  createAppointmentBySpid: defineEndpoint(
    'POST',
    '/qapi/v1/patients/id/type/SPID/value/{solo_patient_id}/appointments',
  ),
  getAppointment: defineEndpoint('GET', '/qapi/v1/appointments/{appointment_id}'),
  /** ASSUMED: only `status: "cancelled"` may be set (./common.ts, assumption 2). */
  updateAppointment: defineEndpoint('PUT', '/qapi/v1/appointments/{appointment_id}'),
  getProviderLink: defineEndpoint('GET', '/qapi/v1/appointments/{appointment_id}/provider-link'),
  /** Needs the provider's Microsoft Teams token in `Teams-Auth-Token`. */
  getMsTeamsProviderLink: defineEndpoint(
    'GET',
    '/qapi/v1/appointments/{appointment_id}/msteams-provider-link',
  ),
  getVideoCallLinksByExternalId: defineEndpoint(
    'GET',
    '/qapi/v1/appointments/{external_appointment_id}/video-call-links',
  ),
  getVideoCallLinksBySaid: defineEndpoint(
    'GET',
    '/qapi/v1/appointments/id/type/SAID/value/{solo_appointment_id}/video-call-links',
  ),

  // ---- Slots and waiting rooms (./slots.ts, ./waiting-rooms.ts)
  listSlots: defineEndpoint('GET', '/qapi/v1/appointment-slots'),
  listWaitingRooms: defineEndpoint('GET', '/qapi/v1/waiting-rooms'),

  // ---- Episodes of care (./episodes.ts)
  createEpisode: defineEndpoint('POST', '/qapi/v1/patients/{patient_id}/episodes'),
  listEpisodes: defineEndpoint('GET', '/qapi/v1/patients/{patient_id}/episodes'),
  getEpisode: defineEndpoint('GET', '/qapi/v1/episodes/{episode_id}'),
  /** ASSUMED answer `{ episodeId }` (./common.ts, assumption 9). */
  updateEpisode: defineEndpoint('PUT', '/qapi/v1/episodes/{episode_id}'),
  getEpisodeAppointments: defineEndpoint('GET', '/qapi/v1/episodes/{episode_id}/appointments'),
  /** ASSUMED empty answer (./common.ts, assumption 9). */
  assignAppointmentEpisode: defineEndpoint('PUT', '/qapi/v1/appointments/{appointment_id}/episode/assign'),

  // ---- Visit notes (./visit-notes.ts)
  getVisitNote: defineEndpoint('GET', '/qapi/v1/appointments/{appointment_id}/visit-note'),
  /** ASSUMED answer `[]` (./common.ts, assumption 9). */
  updateVisitNote: defineEndpoint('PUT', '/qapi/v1/appointments/{appointment_id}/visit-note'),

  // ---- Virtual Nursing and Sitting: assistance requests (./assistance.ts)
  createAssistanceRequest: defineEndpoint('POST', '/qapi/v1/request-assistance'),
  /** ASSUMED: the locator goes in the query (a browser cannot send a GET body). */
  getCurrentAssistanceRequest: defineEndpoint('GET', '/qapi/v1/request-assistance'),
  cancelAssistanceRequest: defineEndpoint('DELETE', '/qapi/v1/request-assistance'),

  // ---- Appointment attachments (./attachments.ts)
  uploadAttachment: defineEndpoint('POST', '/qapi/v1/appointments/{appointmentId}/attachments'),
  listAttachments: defineEndpoint('GET', '/qapi/v1/appointments/{appointmentId}/attachments'),
  deleteAttachment: defineEndpoint(
    'DELETE',
    '/qapi/v1/appointments/{appointmentId}/attachments/{attachmentId}',
  ),
  /** ASSUMED: download is not documented; the file's bytes at the attachment's own path. */
  downloadAttachment: defineEndpoint(
    'GET',
    '/qapi/v1/appointments/{appointmentId}/attachments/{attachmentId}',
  ),

  // ---- Patient documents (./documents.ts)
  addPatientDocument: defineEndpoint('POST', '/qapi/v1/patients/{patient_id}/documents'),

  // ---- Context-aware linking (./linking.ts): a link opened by the user, on Solo's web app, never fetched.
  contextLink: defineEndpoint('GET', '/integrations/linking'),
  /**
   * NOT Solo's: the console's own server encrypts a context link with the secret only it holds
   * (./context-links.ts; the mock, the dev proxy and the gateway answer it).
   */
  encryptContextLink: defineEndpoint('POST', '/context-link'),

  // ---- Perfect answer (./perfect-answer.ts)
  createPerfectAnswer: defineEndpoint('POST', '/qapi/v1/perfect-answer'),

  // ---- Reports (./reports.ts)
  csvDataDump: defineEndpoint('GET', '/qapi/v1/reports/csv-data-dump'),
  createEncounterReport: defineEndpoint('POST', '/qapi/v1/encounter-report/create'),
  getEncounterReportStatus: defineEndpoint('GET', '/qapi/v1/encounter-report/status/{reportId}'),
  downloadEncounterReport: defineEndpoint('GET', '/qapi/v1/encounter-report/download/{reportId}'),

  // ---- Webhooks (./webhooks.ts)
  createWebhook: defineEndpoint('POST', '/qapi/v1/webhooks'),
  updateWebhook: defineEndpoint('PUT', '/qapi/v1/webhooks/{webhookId}'),
  listWebhooks: defineEndpoint('GET', '/qapi/v1/webhooks'),
  getWebhook: defineEndpoint('GET', '/qapi/v1/webhooks/{webhookId}'),
  /** Deactivates the webhook. ASSUMED: an empty answer. */
  deleteWebhook: defineEndpoint('DELETE', '/qapi/v1/webhooks/{webhookId}'),
} as const;
