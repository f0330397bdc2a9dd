import { HttpResponse, http, type RequestHandler } from 'msw';
import { isIsoDate } from '../../src/lib/mappings/datetime';
import { mockNow } from '../clock';
import { errorAnswer, readRecord } from '../shared/http';
import { type EdenFacility, type EdenOrderRecord, edenStore } from './db';
import { canonical, validateOrder } from './rules';

/** Eden mock (paths under `/api/eden`). Errors use Django REST Framework shapes (see src/api/eden/client.ts). */
const base = '*/api/eden';
const notFound = () => errorAnswer('eden', 404, 'Not found.');
const fieldErrors = (errors: Record<string, string[]>) =>
  errorAnswer(
    'eden',
    400,
    'Invalid input.',
    Object.entries(errors).flatMap(([field, messages]) => messages.map((message) => ({ field, message }))),
  );
const PERFORMED = new Set(['COMPLETED', 'READING_PENDING', 'SIGNED', 'ADDENDUM_SIGNED']);
const DUPLICATE_FOLIO_MESSAGE = 'An order with this folio already exists.';
const CANCEL_REASONS = [
  'non-attendance',
  'room-not-available',
  'pregnant-risk',
  'physical-limitation',
  'other',
];

function orderDay(order: EdenOrderRecord): string {
  return order.appointment_date ?? order.created_at.slice(0, 10);
}

/** Resolves facility and room; returns field errors when they do not exist. */
type Placed =
  | { errors: Record<string, string[]>; facility?: undefined; room?: undefined }
  | { errors?: undefined; facility: EdenFacility; room: EdenOrderRecord['room'] };

function place(body: Record<string, unknown>, current?: EdenOrderRecord): Placed {
  const { facilities } = edenStore.get();
  const identifier = (body.facility_identifier as string | undefined) ?? current?.facility.identifier;
  const facility = facilities.find((f) => f.identifier === identifier);
  if (!facility) return { errors: { facility_identifier: [`Facility "${identifier}" does not exist.`] } };
  const roomKey = body.room_identifier as string | undefined;
  if (roomKey === undefined) {
    const keep = current && current.facility.identifier === facility.identifier ? current.room : null;
    return { facility, room: keep };
  }
  const room = facility.rooms.find((r) => r.ae_title === roomKey || r.slug === roomKey);
  if (!room)
    return { errors: { room_identifier: [`Room "${roomKey}" does not exist in ${facility.identifier}.`] } };
  return { facility, room: { id: room.id, ae_title: room.ae_title, name: room.name } };
}

function folioTaken(folio: unknown, exceptId?: string): boolean {
  for (const order of edenStore.get().orders.values())
    if (order.folio === folio && order.id !== exceptId) return true;
  return false;
}

function writeFields(target: EdenOrderRecord, body: Record<string, unknown>) {
  for (const [key, value] of Object.entries(body)) {
    if (key === 'facility_identifier' || key === 'room_identifier') continue;
    target[key] = value;
  }
}

export const edenHandlers: RequestHandler[] = [
  http.get(`${base}/facilities/`, () => HttpResponse.json(edenStore.get().facilities)),

  http.post(`${base}/orders/`, async ({ request }) => {
    const raw = await readRecord(request);
    if (!raw) return HttpResponse.json({ detail: 'JSON parse error.' }, { status: 400 });
    const body = canonical(raw);
    const errors = validateOrder(body, 'create');
    if (Object.keys(errors).length) return fieldErrors(errors);
    const placed = place(body);
    if (placed.errors) return fieldErrors(placed.errors);
    // Check and insert with no await in between: two identical requests cannot both get through.
    if (folioTaken(body.folio)) return fieldErrors({ folio: [DUPLICATE_FOLIO_MESSAGE] });
    const { faker, orders } = edenStore.get();
    const now = mockNow().toISOString();
    const order: EdenOrderRecord = {
      id: faker.string.uuid(),
      folio: body.folio as string,
      status: 'NEW',
      priority: 'NORMAL',
      facility: {
        id: placed.facility.id,
        identifier: placed.facility.identifier,
        name: placed.facility.name,
      },
      room: placed.room,
      patient_identifier: null,
      modality: body.modality as string,
      appointment_date: null,
      appointment_time: null,
      cancel_reason: null,
      extra_fields: {},
      created_at: now,
      updated_at: now,
    };
    writeFields(order, body);
    orders.set(order.id, order);
    return HttpResponse.json(order, { status: 201 });
  }),

  http.get(`${base}/orders/`, ({ request }) => {
    const q = new URL(request.url).searchParams;
    const start = q.get('start_date');
    const end = q.get('end_date');
    if (!start && !end) return fieldErrors({ start_date: ['start_date or end_date is required.'] });
    for (const [name, value] of [
      ['start_date', start],
      ['end_date', end],
      ['updated_start_date', q.get('updated_start_date')],
      ['updated_end_date', q.get('updated_end_date')],
    ] as const) {
      if (value && !isIsoDate(value)) return fieldErrors({ [name]: ['Enter a valid date.'] });
    }
    const from =
      start ?? new Date(Date.parse(`${end}T00:00:00Z`) - 31 * 86_400_000).toISOString().slice(0, 10);
    const to = end ?? new Date(Date.parse(`${start}T00:00:00Z`) + 31 * 86_400_000).toISOString().slice(0, 10);
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    if (days < 0) return fieldErrors({ end_date: ['end_date must not be before start_date.'] });
    if (days > 31)
      return HttpResponse.json({ detail: 'The date window must not exceed one month.' }, { status: 400 });
    const limit = Math.min(Number(q.get('limit') ?? 10) || 10, 100);
    const offset = Math.max(Number(q.get('offset') ?? 0) || 0, 0);
    const modalities = q.getAll('modality');
    const statuses = q.getAll('status');
    const patient = q.get('patient_identifier');
    const facility = q.get('facility');
    const room = q.get('room');
    const updatedFrom = q.get('updated_start_date');
    const updatedTo = q.get('updated_end_date');
    const matches = [...edenStore.get().orders.values()]
      .filter((o) => {
        const day = orderDay(o);
        const updated = o.updated_at.slice(0, 10);
        return (
          day >= from &&
          day <= to &&
          (!modalities.length || modalities.includes(o.modality)) &&
          (!statuses.length || statuses.includes(o.status)) &&
          (!patient || o.patient_identifier === patient) &&
          (!facility || o.facility.id === facility) &&
          (!room || o.room?.id === room) &&
          (!updatedFrom || updated >= updatedFrom) &&
          (!updatedTo || updated <= updatedTo)
        );
      })
      .sort((a, b) =>
        `${orderDay(a)}T${a.appointment_time ?? ''}${a.id}`.localeCompare(
          `${orderDay(b)}T${b.appointment_time ?? ''}${b.id}`,
        ),
      );
    const page = matches.slice(offset, offset + limit);
    const link = (o: number) => {
      const u = new URL(request.url);
      u.searchParams.set('offset', String(o));
      u.searchParams.set('limit', String(limit));
      return u.toString();
    };
    return HttpResponse.json({
      count: matches.length,
      next: offset + limit < matches.length ? link(offset + limit) : null,
      previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
      results: page,
    });
  }),

  http.get(`${base}/orders/:id/`, ({ params }) => {
    const order = edenStore.get().orders.get(String(params.id));
    return order ? HttpResponse.json(order) : notFound();
  }),

  http.put(`${base}/orders/:id/`, async ({ params, request }) => {
    const order = edenStore.get().orders.get(String(params.id));
    if (!order) return notFound();
    const raw = await readRecord(request);
    if (!raw) return HttpResponse.json({ detail: 'JSON parse error.' }, { status: 400 });
    const body = canonical(raw);
    const errors = validateOrder(body, 'update');
    if (Object.keys(errors).length) return fieldErrors(errors);
    if (order.status === 'CANCELLED')
      return HttpResponse.json({ detail: 'A cancelled order cannot be changed.' }, { status: 400 });
    const placed = place(body, order);
    if (placed.errors) return fieldErrors(placed.errors);
    if (body.folio !== undefined && folioTaken(body.folio, order.id))
      return fieldErrors({ folio: [DUPLICATE_FOLIO_MESSAGE] });
    writeFields(order, body);
    order.facility = {
      id: placed.facility.id,
      identifier: placed.facility.identifier,
      name: placed.facility.name,
    };
    order.room = placed.room;
    order.updated_at = mockNow().toISOString();
    return HttpResponse.json(order);
  }),

  http.delete(`${base}/orders/:id/`, async ({ params, request }) => {
    const order = edenStore.get().orders.get(String(params.id));
    if (!order) return notFound();
    const body = await readRecord(request);
    const reason = body?.cancel_reason;
    if (reason === undefined) return fieldErrors({ cancel_reason: ['This field is required.'] });
    if (typeof reason !== 'string' || !CANCEL_REASONS.includes(reason)) {
      return fieldErrors({ cancel_reason: [`"${String(reason)}" is not a valid choice.`] });
    }
    if (order.status === 'CANCELLED')
      return HttpResponse.json({ detail: 'The order is already cancelled.' }, { status: 400 });
    if (PERFORMED.has(order.status)) {
      return HttpResponse.json(
        { detail: 'An order whose study was performed cannot be cancelled.' },
        { status: 400 },
      );
    }
    order.status = 'CANCELLED';
    order.cancel_reason = reason;
    order.updated_at = mockNow().toISOString();
    return HttpResponse.json(order);
  }),
];
