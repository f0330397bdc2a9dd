import { defineEndpoint } from '../endpoint';

/**
 * Scan.com's endpoints and every assumption this module makes about the parts of the API the guide does not
 * print. Each one is marked CONFIRMED (seen in the vendor's guide/reference) or ASSUMED (our choice, to be
 * checked against the live reference; change it here and nowhere else). The mock (mocks/scan) routes the
 * same entries, so changing a path changes both sides.
 */
export const scanEndpoints = {
  /** CONFIRMED: POST, HTTP Basic client_id:client_secret (added by the dev proxy / gateway, never the browser). */
  createUser: defineEndpoint('POST', '/api/v1/users'),
  /**
   * ASSUMED: "Request a refreshed Access Token" is `POST /api/v1/users/refresh_token` with the JSON body
   * `{ "refresh_token": "…" }` and no Authorization header. If the live reference needs Basic auth here too,
   * the proxy rule in build/vendor-proxy.ts must also match this path.
   */
  refreshToken: defineEndpoint('POST', '/api/v1/users/refresh_token'),
  /** CONFIRMED (guide: "Create a referral"). */
  createReferral: defineEndpoint('POST', '/api/v1/referrals'),
  /** CONFIRMED (guide: "List referrals"): the user's own referrals only. */
  listReferrals: defineEndpoint('GET', '/api/v1/referrals'),
  /** ASSUMED: GET one. */
  getReferral: defineEndpoint('GET', '/api/v1/referrals/{referral_id}'),
  /** ASSUMED path of the guide's "Update a referral" (PATCH). */
  updateReferral: defineEndpoint('PATCH', '/api/v1/referrals/{referral_id}'),
  /** CONFIRMED: PATCH; needs body_part_ids, modality, referral_information. */
  submit: defineEndpoint('PATCH', '/api/v1/referrals/{referral_id}/submit'),
  /** ASSUMED: PATCH, the "Confirm a referral" endpoint (same shape as submit). */
  confirm: defineEndpoint('PATCH', '/api/v1/referrals/{referral_id}/confirm'),
  /** CONFIRMED (reference slug post_api-v1-referrals-referral-id-additional-documents): POST multipart `file`. */
  uploadDocument: defineEndpoint('POST', '/api/v1/referrals/{referral_id}/additional_documents'),
  /** ASSUMED: GET the time slots at the referral's imaging provider. */
  listTimeSlots: defineEndpoint('GET', '/api/v1/referrals/{referral_id}/time_slots'),
  /** ASSUMED: PATCH `{ time_slot_ids }` to pick (CONFIRMED body). */
  pickTimeSlots: defineEndpoint('PATCH', '/api/v1/referrals/{referral_id}/time_slots'),
  /** ASSUMED: GET the safety questions that apply to the referral (they vary with modality/body parts). */
  safetyQuestions: defineEndpoint('GET', '/api/v1/referrals/{referral_id}/safety_questions'),
  /** ASSUMED: GET with `modality` (CONFIRMED parameter name, value e.g. "MRI"). */
  bodyParts: defineEndpoint('GET', '/api/v1/body_parts'),
  /** ASSUMED path; CONFIRMED parameters body_part_ids and modality; ASSUMED `location` (postcode or town). */
  imagingProviders: defineEndpoint('GET', '/api/v1/imaging_providers'),
} as const;

/**
 * ASSUMED: array query parameters are written Rails-style (`body_part_ids[]=63&body_part_ids[]=64`),
 * which matches the API's snake_case/`validation_errors` conventions.
 */
export const SCAN_BODY_PART_IDS_PARAM = 'body_part_ids[]';

/**
 * ASSUMED: a referral of another user answers 404 (not 403), so that ids of other users' referrals do not
 * leak. CONFIRMED: a referral is visible only with its creator's token.
 */
export const SCAN_FOREIGN_REFERRAL_STATUS = 404;
