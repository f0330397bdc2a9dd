import { z } from 'zod';
import { refineIsoDate } from '../iso-date';

/*
 * Schemas shared by Solo's endpoint groups, and the ASSUMPTIONS of the Solo "care" service layer and its mock, kept in this one place (the vendor page leaves
 * these open; see docs/coverage/solo-care.md). Change them here; the mock reads the same constants.
 *
 * 1. Appointment durations (create, update, slot search) must lie in [1, 86400] seconds. The page states the
 *    range for create and slots; the update body only says "appointment duration", so the same range applies.
 * 2. `PUT /appointments/{id}` accepts `status: "cancelled"` only ("only cancelled is allowed"). The other
 *    statuses of the documented list (and video-call statuses such as LWBS) are set by the Solo platform
 *    itself; the mock simulates that with `advanceSoloAppointment` (mocks/solo/care-workflow.ts).
 * 3. Status codes of the mock: 201 for a create, 400 for an invalid body or query, 404 for an unknown resource
 *    (patient, HSID, SPID, appointment, episode, waiting room or visit-note template named in a body or query),
 *    409 for a conflict with the current state (slot already booked, duplicate patient id or appointment
 *    external id, cancelling or rescheduling a finished appointment), 422 for a well-formed request the back
 *    end cannot honour (time outside the waiting room's opening hours, episode of another patient), 401 for the
 *    MS Teams link without `Teams-Auth-Token`.
 * 4. "deceasedAt is specified" means present and not null; a `null` deceasedAt with deceased false is fine.
 * 5. `deceasedAt` is written `YYYY-MM-DD hh:mm AM|PM` (the page's only example); `birthDate` `YYYY-MM-DD`.
 * 6. `groupType` and `groupName` (writes) / `sharedEmailGroup` (reads) are required when `isLinkedByEmail` is
 *    true and otherwise ignored.
 * 7. Slots: the grid starts at each opening time of the waiting room (its own IANA zone), steps by the
 *    requested duration (default: the room's slot duration), and only slots wholly inside [after, before]
 *    are returned; `after` must be before `before`.
 * 8. An appointment created with a `date` must fit the room's opening hours and overlap no active appointment
 *    of the same room (a double booking answers 409). Without `date` it is an on-demand visit starting now and
 *    is not slot-checked. Cancelled appointments free their slot.
 * 9. Responses the page does not show are taken as: visit-note update → `[]`, episode update → `{ episodeId }`,
 *    reassign episode → empty body; the client accepts an empty body, `[]` or an object for all three.
 * 10. Episode `status` is sent upper-case (as the enum is written) and read case-insensitively (the page's
 *    answers show `planning`). `to`, when given, is not before `from`. Episode `type` is free text (the
 *    "predefined" list is not published).
 * 11. Appointment `externalId` is unique (it addresses `GET /appointments/{external_appointment_id}/video-call-links`).
 * 12. The HSID is a string distinct from the caller's patient id; the patient `id` in paths is the caller's id.
 * 13. Only a `scheduled` appointment can be rescheduled (date/duration); a finished one (completed, sign off,
 *    cancelled, not showed up) cannot be cancelled again (409).
 * 14. Webhooks: a patient update raises `patient:updated`, plus `patient:deactivated` when `active` turns false;
 *    episode events carry the episode's string id (`{ episodeId: "<uuid>" }`).
 * 15. The waiting-room answer has only the documented fields; each room's IANA time zone, opening hours and
 *    slot duration are back-end settings that only the mock knows.
 */
export const SOLO_MIN_DURATION_SECONDS = 1;
export const SOLO_MAX_DURATION_SECONDS = 86_400;
export const SOLO_APPOINTMENT_UPDATE_STATUSES = ['cancelled'] as const;
export const SOLO_DECEASED_AT_PATTERN = /^\d{4}-\d{2}-\d{2} (0[1-9]|1[0-2]):[0-5]\d (AM|PM)$/;

/** Unix timestamp in seconds (UTC). */
export const soloUnixSecondsSchema = z.number().int().nonnegative();

/** A duration in whole seconds, in [1, 86400] (assumption 1). */
export const soloDurationSecondsSchema = z
  .number()
  .int()
  .refine((seconds) => seconds >= SOLO_MIN_DURATION_SECONDS && seconds <= SOLO_MAX_DURATION_SECONDS, {
    message: 'validation.durationSeconds',
    params: { minimum: SOLO_MIN_DURATION_SECONDS, maximum: SOLO_MAX_DURATION_SECONDS },
  });

/** A calendar date `YYYY-MM-DD` that exists. */
export const soloIsoDateSchema = z.string().superRefine(refineIsoDate);

/** Answers the page leaves undocumented for writes: nothing, `[]` or an object (assumption 9). */
export const soloAckSchema = z.union([z.undefined(), z.array(z.unknown()).max(0), z.looseObject({})]);

/** Empty answers (204, or 200 with `[]` / `{}`), as Solo sends after deletes and document posts. */
export const soloEmptyResponseSchema = z.union([
  z.undefined(),
  z.null(),
  z.array(z.unknown()).length(0),
  z.object({}).strict(),
]);

/** A file answer (`client.requestBinary`): the bytes and what the vendor said they are. */
export const soloBinaryAnswerSchema = z.object({
  blob: z.custom<Blob>((value) => value instanceof Blob, 'validation.fileRequired'),
  contentType: z.string(),
  fileName: z.string().optional(),
});
export type SoloDownloadedFile = z.infer<typeof soloBinaryAnswerSchema>;
