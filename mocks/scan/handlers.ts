import { http, type RequestHandler } from 'msw';
import { scanEndpoints as e } from '../../src/api/scan/endpoints';
import { isNonEmptyString, isPositiveInt, isRecord } from '../shared/http';
import {
  authenticate,
  base,
  EMAIL,
  fail,
  invalid,
  now,
  ok,
  ownReferral,
  readBody,
  toWire,
  type ValidationError,
} from './answers';
import { scanBookingHandlers } from './booking-handlers';
import { checkPatient, isModality, missingForSubmit, releaseBlocks } from './rules';
import { claimPopulationReferrals, issueScanTokens, type MockReferral, scanStore } from './store';

/**
 * Scan.com mock handlers (paths under `/api/scan`). Every answer is the `{ success, validation_errors, data }`
 * envelope; refusals are 4xx with `success: false` and `validation_errors: [{ field, message }]`.
 * - 401 without a valid, unexpired Bearer token (except user creation and refresh);
 * - a referral of another user answers 404 (SCAN_FOREIGN_REFERRAL_STATUS);
 * - 422 for validation errors, with the wire field names.
 */
export const scanHandlers: RequestHandler[] = [
  // ---------------------------------------------------------------- users and tokens
  http.post(`${base}${e.createUser.route}`, async ({ request }) => {
    const body = await readBody(request);
    if (!isRecord(body)) return fail(400, 'The body is not JSON');
    const errors: ValidationError[] = [];
    for (const name of ['first_name', 'last_name', 'email'])
      if (!isNonEmptyString(body[name])) errors.push({ field: name, message: "can't be blank" });
    if (isNonEmptyString(body.email) && !EMAIL.test(body.email))
      errors.push({ field: 'email', message: 'is invalid' });
    if (errors.length) return invalid(errors);
    const state = scanStore.get();
    const id = state.nextUserId++;
    state.users.set(id, {
      id,
      first_name: body.first_name as string,
      last_name: body.last_name as string,
      email: body.email as string,
    });
    claimPopulationReferrals(state, id, body.email as string);
    return ok(issueScanTokens(state, id), 201);
  }),

  http.post(`${base}${e.refreshToken.route}`, async ({ request }) => {
    const state = scanStore.get();
    state.refreshCalls++;
    const body = await readBody(request);
    const token = isRecord(body) ? body.refresh_token : undefined;
    if (!isNonEmptyString(token)) return invalid([{ field: 'refresh_token', message: "can't be blank" }]);
    const userId = state.refreshTokens.get(token);
    if (userId === undefined) return fail(401, 'Invalid refresh token');
    state.refreshTokens.delete(token); // single use
    return ok(issueScanTokens(state, userId));
  }),

  // ---------------------------------------------------------------- referrals
  http.post(`${base}${e.createReferral.route}`, async ({ request }) => {
    const state = scanStore.get();
    const userId = authenticate(request, state);
    if (userId instanceof Response) return userId;
    const body = await readBody(request);
    if (!isRecord(body)) return fail(400, 'The body is not JSON');
    const errors = checkPatient(body.patient_information, false);
    if (body.modality !== undefined && !isModality(body.modality))
      errors.push({ field: 'modality', message: 'is not included in the list' });
    if (errors.length) return invalid(errors);
    const stamp = now();
    const referral: MockReferral = {
      id: state.nextReferralId++,
      ownerId: userId,
      status: 'draft',
      patient_information: { ...(body.patient_information as Record<string, unknown>) },
      modality: isModality(body.modality) ? body.modality : null,
      body_part_ids: Array.isArray(body.body_part_ids) ? (body.body_part_ids as number[]) : [],
      referral_information: isNonEmptyString(body.referral_information) ? body.referral_information : null,
      imaging_provider_id: null,
      time_slot_ids: [],
      gp_details: null,
      safety_question_answers: [],
      additional_documents: [],
      created_at: stamp,
      updated_at: stamp,
    };
    state.referrals.set(referral.id, referral);
    return ok(toWire(referral), 201);
  }),

  http.get(`${base}${e.listReferrals.route}`, ({ request }) => {
    const state = scanStore.get();
    const userId = authenticate(request, state);
    if (userId instanceof Response) return userId;
    return ok([...state.referrals.values()].filter((r) => r.ownerId === userId).map(toWire));
  }),

  http.get(`${base}/api/v1/referrals/:referralId`, ({ request, params }) => {
    const found = ownReferral(request, params.referralId);
    if (found instanceof Response) return found;
    const { referral } = found;
    return ok(toWire(referral));
  }),

  http.patch(`${base}/api/v1/referrals/:referralId`, async ({ request, params }) => {
    const found = ownReferral(request, params.referralId);
    if (found instanceof Response) return found;
    const { referral, state } = found;
    const body = await readBody(request);
    if (!isRecord(body)) return fail(400, 'The body is not JSON');
    if (referral.status !== 'draft')
      return invalid([{ field: 'base', message: `The referral is already ${referral.status}` }]);

    const errors: ValidationError[] = [];
    if (body.patient_information !== undefined) errors.push(...checkPatient(body.patient_information, true));
    if (body.modality !== undefined && !isModality(body.modality))
      errors.push({ field: 'modality', message: 'is not included in the list' });
    const modality = isModality(body.modality) ? body.modality : referral.modality;
    if (body.body_part_ids !== undefined) {
      const ids = body.body_part_ids;
      if (!Array.isArray(ids) || ids.length === 0 || !ids.every(isPositiveInt))
        errors.push({ field: 'body_part_ids', message: 'must be a list of ids' });
      else if (!modality)
        errors.push({ field: 'modality', message: "can't be blank when body parts are set" });
      else {
        const known = new Set(state.bodyParts[modality].map((p) => p.id));
        if (!ids.every((id) => known.has(id)))
          errors.push({ field: 'body_part_ids', message: `contains a body part not scanned by ${modality}` });
      }
    }
    if (body.referral_information !== undefined && !isNonEmptyString(body.referral_information))
      errors.push({ field: 'referral_information', message: "can't be blank" });
    if (body.imaging_provider_id !== undefined) {
      const provider = state.providers.find((p) => p.id === body.imaging_provider_id);
      if (!provider) errors.push({ field: 'imaging_provider_id', message: 'does not exist' });
      else if (modality && !provider.modalities.includes(modality))
        errors.push({ field: 'imaging_provider_id', message: `does not offer ${modality}` });
    }
    if (body.gp_details !== undefined) {
      const gp = body.gp_details;
      if (!isRecord(gp)) errors.push({ field: 'gp_details', message: 'is invalid' });
      else
        for (const name of ['gp_name', 'practice_name', 'practice_address', 'practice_postcode'])
          if (!isNonEmptyString(gp[name]))
            errors.push({ field: `gp_details.${name}`, message: "can't be blank" });
    }
    if (body.safety_question_answers !== undefined) {
      const answers = body.safety_question_answers;
      const questions = modality ? state.safetyQuestions[modality] : [];
      if (!Array.isArray(answers) || answers.length === 0)
        errors.push({ field: 'safety_question_answers', message: "can't be blank" });
      else
        answers.forEach((answer: unknown, i) => {
          const at = `safety_question_answers[${i}]`;
          if (!isRecord(answer) || typeof answer.answer !== 'boolean') {
            errors.push({ field: `${at}.answer`, message: 'must be true or false' });
            return;
          }
          const question = questions.find((q) => q.id === answer.safety_question_id);
          if (!question)
            errors.push({ field: `${at}.safety_question_id`, message: 'does not apply to this referral' });
          else if (question.details_required_if_yes && answer.answer && !isNonEmptyString(answer.details))
            errors.push({ field: `${at}.details`, message: "can't be blank when the answer is yes" });
        });
    }
    if (errors.length) return invalid(errors);

    // Valid: apply every change at once.
    if (isRecord(body.patient_information))
      referral.patient_information = { ...referral.patient_information, ...body.patient_information };
    if (modality !== referral.modality) {
      referral.modality = modality;
      if (body.body_part_ids === undefined) referral.body_part_ids = [];
      referral.safety_question_answers = [];
      releaseBlocks(state, referral);
    }
    if (Array.isArray(body.body_part_ids)) referral.body_part_ids = body.body_part_ids as number[];
    if (isNonEmptyString(body.referral_information))
      referral.referral_information = body.referral_information;
    if (
      isPositiveInt(body.imaging_provider_id) &&
      body.imaging_provider_id !== referral.imaging_provider_id
    ) {
      releaseBlocks(state, referral);
      referral.imaging_provider_id = body.imaging_provider_id;
    }
    if (isRecord(body.gp_details)) referral.gp_details = body.gp_details;
    if (Array.isArray(body.safety_question_answers)) {
      const merged = new Map(referral.safety_question_answers.map((a) => [a.safety_question_id, a]));
      for (const answer of body.safety_question_answers as MockReferral['safety_question_answers'])
        merged.set(answer.safety_question_id, answer);
      referral.safety_question_answers = [...merged.values()];
    }
    referral.updated_at = now();
    return ok(toWire(referral));
  }),

  // ---------------------------------------------------------------- submit / confirm
  http.patch(`${base}/api/v1/referrals/:referralId/submit`, ({ request, params }) => {
    const found = ownReferral(request, params.referralId);
    if (found instanceof Response) return found;
    const { referral } = found;
    if (referral.status !== 'draft')
      return invalid([{ field: 'base', message: `The referral is already ${referral.status}` }]);
    const errors = missingForSubmit(referral);
    if (errors.length) return invalid(errors);
    referral.status = 'submitted';
    referral.updated_at = now();
    return ok(toWire(referral));
  }),

  http.patch(`${base}/api/v1/referrals/:referralId/confirm`, ({ request, params }) => {
    const found = ownReferral(request, params.referralId);
    if (found instanceof Response) return found;
    const { referral, state } = found;
    if (referral.status !== 'draft')
      return invalid([{ field: 'base', message: `The referral is already ${referral.status}` }]);
    const errors = missingForSubmit(referral);
    if (!referral.imaging_provider_id)
      errors.push({ field: 'imaging_provider_id', message: "can't be blank" });
    if (referral.time_slot_ids.length === 0)
      errors.push({ field: 'time_slot_ids', message: "can't be blank" });
    if (!referral.gp_details) errors.push({ field: 'gp_details', message: "can't be blank" });
    const questions = referral.modality ? state.safetyQuestions[referral.modality] : [];
    const answered = new Set(referral.safety_question_answers.map((a) => a.safety_question_id));
    if (questions.some((q) => !answered.has(q.id)))
      errors.push({ field: 'safety_question_answers', message: 'every safety question must be answered' });
    if (errors.length) return invalid(errors);
    referral.status = 'confirmed';
    referral.updated_at = now();
    return ok(toWire(referral));
  }),
  ...scanBookingHandlers,
];
