/**
 * Scan.com paths and every assumption this module makes about the parts of the API the guide does not
 * print. Each one is marked CONFIRMED (seen in the vendor's guide/reference) or ASSUMED (our choice, to be
 * checked against the live reference; change it here and nowhere else). The mock (mocks/scan) imports the
 * same constants, so changing a path changes both sides.
 */
export const SCAN_API = '/api/v1';

export const scanPaths = {
  /** CONFIRMED: POST, HTTP Basic client_id:client_secret (added by the dev proxy / gateway, never the browser). */
  users: `${SCAN_API}/users`,
  /**
   * ASSUMED: "Request a refreshed Access Token" is `POST /api/v1/users/refresh_token` with the JSON body
   * `{ "refresh_token": "…" }` and no Authorization header. If the live reference needs Basic auth here too,
   * the proxy rule in build/vendor-proxy.ts must also match this path.
   */
  refreshToken: `${SCAN_API}/users/refresh_token`,
  /** CONFIRMED (guide: "Create a referral", "List referrals"): POST to create, GET to list the user's own. */
  referrals: `${SCAN_API}/referrals`,
  /** ASSUMED: GET one, PATCH to update (the guide's "Update a referral"). */
  referral: (id: number) => `${SCAN_API}/referrals/${id}`,
  /** CONFIRMED: PATCH; needs body_part_ids, modality, referral_information. */
  submit: (id: number) => `${SCAN_API}/referrals/${id}/submit`,
  /** ASSUMED: PATCH, the "Confirm a referral" endpoint (same shape as submit). */
  confirm: (id: number) => `${SCAN_API}/referrals/${id}/confirm`,
  /** CONFIRMED (reference slug post_api-v1-referrals-referral-id-additional-documents): POST multipart `file`. */
  additionalDocuments: (id: number) => `${SCAN_API}/referrals/${id}/additional_documents`,
  /** ASSUMED: GET the time slots at the referral's imaging provider; PATCH `{ time_slot_ids }` to pick. */
  timeSlots: (id: number) => `${SCAN_API}/referrals/${id}/time_slots`,
  /** ASSUMED: GET the safety questions that apply to the referral (they vary with modality/body parts). */
  safetyQuestions: (id: number) => `${SCAN_API}/referrals/${id}/safety_questions`,
  /** ASSUMED: GET with `modality` (CONFIRMED parameter name, value e.g. "MRI"). */
  bodyParts: `${SCAN_API}/body_parts`,
  /** ASSUMED path; CONFIRMED parameters body_part_ids and modality; ASSUMED `location` (postcode or town). */
  imagingProviders: `${SCAN_API}/imaging_providers`,
} as const;

/** Endpoint names (path templates) for errors and logs. */
export const scanEndpoints = {
  createUser: `POST ${SCAN_API}/users`,
  refreshToken: `POST ${SCAN_API}/users/refresh_token`,
  createReferral: `POST ${SCAN_API}/referrals`,
  listReferrals: `GET ${SCAN_API}/referrals`,
  getReferral: `GET ${SCAN_API}/referrals/{referral_id}`,
  updateReferral: `PATCH ${SCAN_API}/referrals/{referral_id}`,
  submit: `PATCH ${SCAN_API}/referrals/{referral_id}/submit`,
  confirm: `PATCH ${SCAN_API}/referrals/{referral_id}/confirm`,
  uploadDocument: `POST ${SCAN_API}/referrals/{referral_id}/additional_documents`,
  listTimeSlots: `GET ${SCAN_API}/referrals/{referral_id}/time_slots`,
  pickTimeSlots: `PATCH ${SCAN_API}/referrals/{referral_id}/time_slots`,
  safetyQuestions: `GET ${SCAN_API}/referrals/{referral_id}/safety_questions`,
  bodyParts: `GET ${SCAN_API}/body_parts`,
  imagingProviders: `GET ${SCAN_API}/imaging_providers`,
} as const;

/**
 * ASSUMED: array query parameters are written Rails-style (`body_part_ids[]=63&body_part_ids[]=64`),
 * which matches the API's snake_case/`validation_errors` conventions.
 */
export const BODY_PART_IDS_PARAM = 'body_part_ids[]';

/**
 * Modality names. CONFIRMED: "MRI" (not the DICOM "MR"). ASSUMED: the other names, taken from the scans
 * Scan.com sells on its site.
 */
export const scanModalities = ['MRI', 'CT', 'Ultrasound', 'X-Ray', 'DEXA', 'PET-CT', 'Mammogram'] as const;
export type ScanModality = (typeof scanModalities)[number];

/** ASSUMED gender values (the guide shows "male"). */
export const scanGenders = ['male', 'female', 'other'] as const;
export type ScanGender = (typeof scanGenders)[number];

/** ASSUMED referral statuses: created → submitted (patient finishes by email) or confirmed (done via API). */
export const scanReferralStatuses = ['draft', 'submitted', 'confirmed'] as const;
export type ScanReferralStatus = (typeof scanReferralStatuses)[number];

/** CONFIRMED: at most 25 MB per additional document (25 × 1024 × 1024 bytes ASSUMED, not 25 × 10^6). */
export const SCAN_MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

/** CONFIRMED: every time-slot id is one 15-minute block. */
export const SCAN_BLOCK_MINUTES = 15;

/**
 * Dates of birth. CONFIRMED: the guide shows `date_of_birth_iso: "1999/01/30"` and elsewhere
 * `date_of_birth: "24/11/1999"`. We accept both in answers and SEND `date_of_birth_iso` as `YYYY/MM/DD`
 * (the form the current guide uses).
 */
export const SCAN_SENT_DOB_FIELD = 'date_of_birth_iso';

/**
 * ASSUMED: a referral of another user answers 404 (not 403), so that ids of other users' referrals do not
 * leak. CONFIRMED: a referral is visible only with its creator's token.
 */
export const SCAN_FOREIGN_REFERRAL_STATUS = 404;

/** Our choice: refresh the access token when it has less than this left (the token lives about a day). */
export const SCAN_REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * ASSUMED: general (not field) validation errors are filed under this key in `VendorError.fieldErrors`.
 */
export const SCAN_BASE_ERROR_KEY = 'base';
