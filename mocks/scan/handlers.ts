import { HttpResponse, http, type RequestHandler } from 'msw';
import { SCAN_MAX_DOCUMENT_BYTES } from '../../src/api/scan/documents';
import { scanEndpoints as e, SCAN_FOREIGN_REFERRAL_STATUS } from '../../src/api/scan/endpoints';
import { scanGenders } from '../../src/api/scan/referrals';
import { type ScanModality, scanModalities } from '../../src/lib/codes/scan-modalities';
import { formatOffsetTimestamp, instantToLocal } from '../../src/lib/mappings/datetime';
import { mockNow } from '../clock';
import {
  blocksPerSlot,
  issueScanTokens,
  type MockBlock,
  type MockReferral,
  SCAN_MOCK_TIME_ZONE,
  type ScanMockState,
  scanStore,
} from './store';

/**
 * Scan.com mock handlers (paths under `/api/scan`). Every answer is the `{ success, validation_errors, data }`
 * scanEnvelopeSchema; refusals are 4xx with `success: false` and `validation_errors: [{ field, message }]`.
 * - 401 without a valid, unexpired Bearer token (except user creation and refresh);
 * - a referral of another user answers 404 (SCAN_FOREIGN_REFERRAL_STATUS);
 * - 422 for validation errors, with the wire field names.
 */
const base = '*/api/scan';
type ValidationError = { field: string; message: string };

const ok = (data: unknown, status = 200) =>
  HttpResponse.json({ success: true, validation_errors: [], data }, { status });
const fail = (status: number, message: string, validation_errors: ValidationError[] = []) =>
  HttpResponse.json({ success: false, validation_errors, data: null, message }, { status });
const invalid = (errors: ValidationError[]) => fail(422, 'Validation failed', errors);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';
const isPositiveInt = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

async function readJson(request: Request): Promise<unknown> {
  try {
    const text = await request.text();
    return text.trim() ? JSON.parse(text) : {};
  } catch {
    return undefined;
  }
}

function authenticate(request: Request, state: ScanMockState): number | Response {
  const header = request.headers.get('Authorization') ?? '';
  const match = /^Bearer (.+)$/.exec(header);
  if (!match) return fail(401, 'Missing access token');
  const record = state.accessTokens.get(match[1] as string);
  if (!record) return fail(401, 'Invalid access token');
  if (record.expiresAt <= mockNow().getTime()) return fail(401, 'Access token expired');
  return record.userId;
}

function findReferral(state: ScanMockState, userId: number, rawId: unknown): MockReferral | Response {
  const referral = state.referrals.get(Number(rawId));
  // Another user's referral answers exactly like a missing one.
  if (!referral || referral.ownerId !== userId)
    return fail(SCAN_FOREIGN_REFERRAL_STATUS, 'Referral not found');
  return referral;
}

/** The caller's own referral: authenticated, and visible only to the user who created it. */
function ownReferral(
  request: Request,
  rawId: unknown,
): { state: ScanMockState; userId: number; referral: MockReferral } | Response {
  const state = scanStore.get();
  const userId = authenticate(request, state);
  if (userId instanceof Response) return userId;
  const referral = findReferral(state, userId, rawId);
  if (referral instanceof Response) return referral;
  return { state, userId, referral };
}

function toWire(referral: MockReferral) {
  const { ownerId: _owner, ...wire } = referral;
  return wire;
}

const dobFormats: Record<string, RegExp> = {
  date_of_birth_iso: /^\d{4}\/\d{2}\/\d{2}$/,
  date_of_birth: /^\d{2}\/\d{2}\/\d{4}$/,
};

function validDate(y: number, m: number, d: number) {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Validates patient_information; `partial` for updates. */
function checkPatient(value: unknown, partial: boolean): ValidationError[] {
  const errors: ValidationError[] = [];
  const field = (name: string) => `patient_information.${name}`;
  if (!isRecord(value)) return [{ field: 'patient_information', message: "can't be blank" }];
  for (const name of ['first_name', 'last_name', 'email']) {
    if (value[name] === undefined && partial) continue;
    if (!isNonEmptyString(value[name])) errors.push({ field: field(name), message: "can't be blank" });
  }
  if (isNonEmptyString(value.email) && !EMAIL.test(value.email))
    errors.push({ field: field('email'), message: 'is invalid' });
  const dobFields = Object.keys(dobFormats).filter((name) => value[name] !== undefined);
  if (dobFields.length === 0 && !partial)
    errors.push({ field: field('date_of_birth_iso'), message: "can't be blank" });
  for (const name of dobFields) {
    const raw = value[name];
    const format = dobFormats[name] as RegExp;
    if (typeof raw !== 'string' || !format.test(raw)) {
      errors.push({ field: field(name), message: 'is not a valid date' });
      continue;
    }
    const parts = raw.split('/').map(Number);
    const [y, m, d] = name === 'date_of_birth_iso' ? parts : [parts[2], parts[1], parts[0]];
    if (!validDate(y as number, m as number, d as number))
      errors.push({ field: field(name), message: 'is not a valid date' });
  }
  if (value.gender !== undefined && !(scanGenders as readonly unknown[]).includes(value.gender))
    errors.push({ field: field('gender'), message: 'is not included in the list' });
  return errors;
}

function isModality(value: unknown): value is ScanModality {
  return (scanModalities as readonly unknown[]).includes(value);
}

/** Free appointment slots at a provider for a modality: aligned windows of N free blocks, in the future. */
export function freeSlots(state: ScanMockState, providerId: number, modality: ScanModality, date?: string) {
  const size = blocksPerSlot[modality];
  const now = mockNow().getTime();
  const byDay = new Map<string, MockBlock[]>();
  for (const block of state.blocks.values()) {
    if (block.providerId !== providerId) continue;
    const day = instantToLocal(new Date(block.start), SCAN_MOCK_TIME_ZONE).date;
    byDay.set(day, [...(byDay.get(day) ?? []), block]);
  }
  const slots: { ids: number[]; start_time: string; end_time: string }[] = [];
  for (const [day, blocks] of [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (date && day !== date) continue;
    blocks.sort((a, b) => a.start - b.start);
    for (let i = 0; i + size <= blocks.length; i += size) {
      const window = blocks.slice(i, i + size);
      const first = window[0] as MockBlock;
      const contiguous = window.every((b, k) => b.start === first.start + k * 15 * 60_000);
      if (!contiguous || first.start <= now || window.some((b) => b.bookedBy !== null)) continue;
      slots.push({
        ids: window.map((b) => b.id),
        start_time: formatOffsetTimestamp(new Date(first.start), SCAN_MOCK_TIME_ZONE),
        end_time: formatOffsetTimestamp(new Date(first.start + size * 15 * 60_000), SCAN_MOCK_TIME_ZONE),
      });
    }
  }
  return slots;
}

function releaseBlocks(state: ScanMockState, referral: MockReferral) {
  for (const id of referral.time_slot_ids) {
    const block = state.blocks.get(id);
    if (block && block.bookedBy === referral.id) block.bookedBy = null;
  }
  referral.time_slot_ids = [];
}

const now = () => mockNow().toISOString();

function missingForSubmit(referral: MockReferral): ValidationError[] {
  const errors: ValidationError[] = [];
  if (referral.body_part_ids.length === 0) errors.push({ field: 'body_part_ids', message: "can't be blank" });
  if (!referral.modality) errors.push({ field: 'modality', message: "can't be blank" });
  if (!referral.referral_information)
    errors.push({ field: 'referral_information', message: "can't be blank" });
  return errors;
}

export const scanHandlers: RequestHandler[] = [
  // ---------------------------------------------------------------- users and tokens
  http.post(`${base}${e.createUser.route}`, async ({ request }) => {
    const body = await readJson(request);
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
    return ok(issueScanTokens(state, id), 201);
  }),

  http.post(`${base}${e.refreshToken.route}`, async ({ request }) => {
    const state = scanStore.get();
    state.refreshCalls++;
    const body = await readJson(request);
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
    const body = await readJson(request);
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
    const body = await readJson(request);
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

  // ---------------------------------------------------------------- additional documents
  http.post(`${base}/api/v1/referrals/:referralId/additional_documents`, async ({ request, params }) => {
    const found = ownReferral(request, params.referralId);
    if (found instanceof Response) return found;
    const { referral, state } = found;
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return invalid([{ field: 'file', message: 'must be sent as multipart/form-data' }]);
    }
    const files = form.getAll('file');
    if (files.length === 0) return invalid([{ field: 'file', message: "can't be blank" }]);
    if (files.length > 1) return invalid([{ field: 'file', message: 'only one file per request' }]);
    const file = files[0];
    if (typeof file === 'string' || file === undefined)
      return invalid([{ field: 'file', message: 'must be a file' }]);
    if (file.size > SCAN_MAX_DOCUMENT_BYTES)
      return invalid([{ field: 'file', message: 'must be 25MB or less' }]);
    const document = {
      id: state.nextDocumentId++,
      file_name: file instanceof File && file.name ? file.name : 'document',
      content_type: file.type || 'application/octet-stream',
      size: file.size,
      created_at: now(),
    };
    referral.additional_documents.push(document);
    referral.updated_at = document.created_at;
    return ok(document, 201);
  }),

  // ---------------------------------------------------------------- time slots
  http.get(`${base}/api/v1/referrals/:referralId/time_slots`, ({ request, params }) => {
    const found = ownReferral(request, params.referralId);
    if (found instanceof Response) return found;
    const { referral, state } = found;
    if (!referral.imaging_provider_id || !referral.modality)
      return invalid([{ field: 'imaging_provider_id', message: 'choose an imaging provider first' }]);
    const date = new URL(request.url).searchParams.get('date') ?? undefined;
    return ok(freeSlots(state, referral.imaging_provider_id, referral.modality, date));
  }),

  http.patch(`${base}/api/v1/referrals/:referralId/time_slots`, async ({ request, params }) => {
    const found = ownReferral(request, params.referralId);
    if (found instanceof Response) return found;
    const { referral, state } = found;
    if (referral.status !== 'draft')
      return invalid([{ field: 'base', message: `The referral is already ${referral.status}` }]);
    if (!referral.imaging_provider_id || !referral.modality)
      return invalid([{ field: 'imaging_provider_id', message: 'choose an imaging provider first' }]);
    const body = await readJson(request);
    const ids = isRecord(body) ? body.time_slot_ids : undefined;
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every(isPositiveInt))
      return invalid([{ field: 'time_slot_ids', message: "can't be blank" }]);
    const wanted = [...ids].sort((a, b) => a - b).join(',');
    const slot = freeSlots(state, referral.imaging_provider_id, referral.modality).find(
      (s) => [...s.ids].sort((a, b) => a - b).join(',') === wanted,
    );
    if (!slot)
      return invalid([
        { field: 'time_slot_ids', message: 'are not one free time slot at this imaging provider' },
      ]);
    releaseBlocks(state, referral);
    for (const id of slot.ids) (state.blocks.get(id) as MockBlock).bookedBy = referral.id;
    referral.time_slot_ids = slot.ids;
    referral.updated_at = now();
    return ok(toWire(referral));
  }),

  // ---------------------------------------------------------------- safety questions
  http.get(`${base}/api/v1/referrals/:referralId/safety_questions`, ({ request, params }) => {
    const found = ownReferral(request, params.referralId);
    if (found instanceof Response) return found;
    const { referral, state } = found;
    if (!referral.modality) return invalid([{ field: 'modality', message: "can't be blank" }]);
    return ok(state.safetyQuestions[referral.modality]);
  }),

  // ---------------------------------------------------------------- catalogue
  http.get(`${base}${e.bodyParts.route}`, ({ request }) => {
    const state = scanStore.get();
    const userId = authenticate(request, state);
    if (userId instanceof Response) return userId;
    const modality = new URL(request.url).searchParams.get('modality');
    if (!isModality(modality))
      return invalid([{ field: 'modality', message: 'is not included in the list' }]);
    return ok(state.bodyParts[modality]);
  }),

  http.get(`${base}${e.imagingProviders.route}`, ({ request }) => {
    const state = scanStore.get();
    const userId = authenticate(request, state);
    if (userId instanceof Response) return userId;
    const params = new URL(request.url).searchParams;
    const modality = params.get('modality');
    if (!isModality(modality))
      return invalid([{ field: 'modality', message: 'is not included in the list' }]);
    const bodyPartIds = params.getAll('body_part_ids[]').map(Number);
    const known = new Set(state.bodyParts[modality].map((p) => p.id));
    if (bodyPartIds.length === 0 || !bodyPartIds.every((id) => known.has(id)))
      return invalid([{ field: 'body_part_ids', message: `must be body parts scanned by ${modality}` }]);
    const location = params.get('location')?.trim().toUpperCase();
    const providers = state.providers
      .filter((p) => p.modalities.includes(modality))
      .map((p, i) => ({
        id: p.id,
        name: p.name,
        address: p.address,
        postcode: p.postcode,
        price: p.price,
        modalities: p.modalities,
        // Deterministic pseudo-distance: a provider whose postcode area matches the search comes first.
        distance_miles: location && p.postcode.startsWith(location.split(' ')[0] ?? '') ? 0.5 : 3 + i * 2.5,
      }))
      .sort((a, b) => a.distance_miles - b.distance_miles);
    return ok(providers);
  }),
];
