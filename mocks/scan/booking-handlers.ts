import { http, type RequestHandler } from 'msw';
import { SCAN_MAX_DOCUMENT_BYTES } from '../../src/api/scan/documents';
import { scanEndpoints as e } from '../../src/api/scan/endpoints';
import { isPositiveInt, isRecord } from '../shared/http';
import { authenticate, base, invalid, now, ok, ownReferral, readBody, toWire } from './answers';
import { freeSlots, isModality, pickableBlocks, releaseBlocks } from './rules';
import { scanStore } from './store';

/** Scan.com mock: additional documents, time slots, safety questions and the catalogue (body parts, providers). */
export const scanBookingHandlers: RequestHandler[] = [
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
    const body = await readBody(request);
    const ids = isRecord(body) ? body.time_slot_ids : undefined;
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every(isPositiveInt))
      return invalid([{ field: 'time_slot_ids', message: "can't be blank" }]);
    const pick = pickableBlocks(state, referral, ids);
    if ('refusal' in pick) return invalid([{ field: 'time_slot_ids', message: pick.refusal }]);
    releaseBlocks(state, referral);
    for (const block of pick.blocks) block.bookedBy = referral.id;
    referral.time_slot_ids = pick.blocks.map((block) => block.id);
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
