import { HttpResponse, http, type RequestHandler } from 'msw';
import { IMPILO_DEFAULT_PAGE_SIZE, IMPILO_MAX_PAGE_SIZE } from '../../src/api/impilo/common';
import { impiloEndpoints as e } from '../../src/api/impilo/endpoints';
import { type ImpiloWebhookType, impiloWebhookTypes } from '../../src/api/impilo/webhooks';
import { mockNow } from '../clock';
import { errorAnswer, isNonEmptyString, isRecord, readJson } from '../shared/http';
import {
  type ImpiloMockState,
  impiloStore,
  type MockLine,
  type MockPatient,
  nextImpiloId,
  orderProgress,
} from './store';

/**
 * Impilo mock handlers (paths under `/api/impilo`). Errors: `{ message, errors?: [{ field, message }] }`,
 * 400 for validation, 404 for an unknown id. The `Impilo-API-Key` header is the proxy's business; the mock
 * does not check it.
 */
const base = '*/api/impilo';
type FieldError = { field: string; message: string };

const badRequest = (errors: FieldError[]) =>
  errorAnswer('impilo', 400, errors[0]?.message ?? 'Bad request', errors);
const notFound = (what: string) => errorAnswer('impilo', 404, `${what} not found`);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads `page` (from 0) and `size` (1–250), or the field errors. */
function paging(params: URLSearchParams): { page: number; size: number } | FieldError[] {
  const errors: FieldError[] = [];
  const page = Number(params.get('page') ?? 0);
  const size = Number(params.get('size') ?? IMPILO_DEFAULT_PAGE_SIZE);
  if (!Number.isInteger(page) || page < 0) errors.push({ field: 'page', message: 'page must be 0 or more' });
  if (!Number.isInteger(size) || size < 1) errors.push({ field: 'size', message: 'size must be at least 1' });
  else if (size > IMPILO_MAX_PAGE_SIZE)
    errors.push({ field: 'size', message: `size must be at most ${IMPILO_MAX_PAGE_SIZE}` });
  return errors.length ? errors : { page, size };
}

function paginate<T>(items: T[], page: number, size: number) {
  const total = items.length;
  const lastPage = Math.max(0, Math.ceil(total / size) - 1);
  return {
    content: items.slice(page * size, page * size + size),
    page,
    size,
    total,
    first: page === 0,
    last: page >= lastPage,
  };
}

function listWith<T>(request: Request, items: (params: URLSearchParams) => T[] | FieldError[]) {
  const params = new URL(request.url).searchParams;
  const p = paging(params);
  if (Array.isArray(p)) return badRequest(p);
  const result = items(params);
  if (result.length > 0 && isFieldErrors(result)) return badRequest(result);
  return HttpResponse.json(paginate(result as T[], p.page, p.size));
}

function isFieldErrors(list: unknown[]): list is FieldError[] {
  return list.every((x) => isRecord(x) && 'field' in x && 'message' in x && Object.keys(x).length === 2);
}

function deliver(state: ImpiloMockState, type: ImpiloWebhookType, payload: unknown) {
  for (const webhook of state.webhooks.filter((w) => w.type === type))
    state.deliveries.push({ webhookId: webhook.id, type, payload });
}

function checkLines(
  value: unknown,
  field: string,
  state: ImpiloMockState,
  kind: 'item' | 'kit',
): FieldError[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return [{ field, message: `${field} must be a list` }];
  const known = new Set((kind === 'item' ? state.items : state.kits).map((x) => x.id));
  const errors: FieldError[] = [];
  value.forEach((line: unknown, i) => {
    if (!isRecord(line) || !isNonEmptyString(line.id))
      errors.push({ field: `${field}[${i}].id`, message: 'id is required' });
    else if (!known.has(line.id)) errors.push({ field: `${field}[${i}].id`, message: `unknown ${kind}` });
    if (
      isRecord(line) &&
      line.quantity !== undefined &&
      !(Number.isInteger(line.quantity) && (line.quantity as number) > 0)
    )
      errors.push({ field: `${field}[${i}].quantity`, message: 'quantity must be a positive whole number' });
  });
  return errors;
}

/** What Impilo refuses in a patient body (create and update). */
function patientErrors(
  body: Record<string, unknown>,
  state: ReturnType<typeof impiloStore.get>,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!isNonEmptyString(body.firstName))
    errors.push({ field: 'firstName', message: 'firstName is required' });
  if (!isNonEmptyString(body.lastName)) errors.push({ field: 'lastName', message: 'lastName is required' });
  if (
    body.dateOfBirth !== undefined &&
    !(typeof body.dateOfBirth === 'string' && ISO_DATE.test(body.dateOfBirth))
  )
    errors.push({ field: 'dateOfBirth', message: 'dateOfBirth must be YYYY-MM-DD' });
  if (body.siteId !== undefined && !state.sites.some((s) => s.id === body.siteId))
    errors.push({ field: 'siteId', message: 'unknown site' });
  return errors;
}

/** A patient body's fields as the mock keeps them. */
function patientFields(body: Record<string, unknown>): Omit<MockPatient, 'id' | 'createdAt'> {
  const str = (v: unknown) => (isNonEmptyString(v) ? v : null);
  return {
    firstName: body.firstName as string,
    lastName: body.lastName as string,
    email: str(body.email),
    phone: str(body.phone),
    dateOfBirth: str(body.dateOfBirth),
    externalIdentifier: str(body.externalIdentifier),
    siteId: str(body.siteId),
    address: isRecord(body.address) ? (body.address as unknown as MockPatient['address']) : null,
  };
}

export const impiloHandlers: RequestHandler[] = [
  // ---------------------------------------------------------------- patients
  http.post(`${base}${e.createPatient.route}`, async ({ request }) => {
    const body = await readJson(request);
    if (!isRecord(body)) return badRequest([{ field: '', message: 'The body must be a JSON object' }]);
    const state = impiloStore.get();
    const errors = patientErrors(body, state);
    if (errors.length) return badRequest(errors);
    const patient: MockPatient = {
      id: nextImpiloId(state, 'patient'),
      ...patientFields(body),
      createdAt: mockNow().toISOString(),
    };
    state.patients.push(patient);
    deliver(state, 'patient.created', patient);
    return HttpResponse.json(patient, { status: 201 });
  }),

  // ASSUMED (as src/api/impilo/endpoints.ts says): PUT replaces the create fields and answers the patient.
  http.put(`${base}${e.updatePatient.route}`, async ({ request, params }) => {
    const state = impiloStore.get();
    const patient = state.patients.find((p) => p.id === params.patientId);
    if (!patient) return notFound('Patient');
    const body = await readJson(request);
    if (!isRecord(body)) return badRequest([{ field: '', message: 'The body must be a JSON object' }]);
    const errors = patientErrors(body, state);
    if (errors.length) return badRequest(errors);
    Object.assign(patient, patientFields(body));
    deliver(state, 'patient.updated', patient);
    return HttpResponse.json(patient);
  }),

  http.get(`${base}${e.listPatients.route}`, ({ request }) =>
    listWith(request, (params) => {
      const errors: FieldError[] = [];
      for (const name of ['dateOfBirthMin', 'dateOfBirthMax']) {
        const value = params.get(name);
        if (value !== null && !ISO_DATE.test(value))
          errors.push({ field: name, message: `${name} must be YYYY-MM-DD` });
      }
      if (errors.length) return errors;
      const name = params.get('name')?.toLowerCase();
      const email = params.get('email')?.toLowerCase();
      const externalIdentifier = params.get('externalIdentifier');
      const siteId = params.get('siteId');
      const min = params.get('dateOfBirthMin');
      const max = params.get('dateOfBirthMax');
      const postalCode = params.get('postalCode');
      return impiloStore
        .get()
        .patients.filter(
          (p) =>
            (!name || `${p.firstName} ${p.lastName}`.toLowerCase().includes(name)) &&
            (!email || (p.email ?? '').toLowerCase() === email) &&
            (!externalIdentifier || p.externalIdentifier === externalIdentifier) &&
            (!siteId || p.siteId === siteId) &&
            (!min || (p.dateOfBirth !== null && p.dateOfBirth >= min)) &&
            (!max || (p.dateOfBirth !== null && p.dateOfBirth <= max)) &&
            (!postalCode || p.address?.postalCode === postalCode),
        )
        .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName));
    }),
  ),

  http.get(`${base}${e.getPatient.route}`, ({ params }) => {
    const patient = impiloStore.get().patients.find((p) => p.id === params.patientId);
    return patient ? HttpResponse.json(patient) : notFound('Patient');
  }),

  // ---------------------------------------------------------------- sites
  http.get(`${base}${e.listSites.route}`, ({ request }) => listWith(request, () => impiloStore.get().sites)),
  http.get(`${base}${e.getSite.route}`, ({ params }) => {
    const site = impiloStore.get().sites.find((s) => s.id === params.siteId);
    return site ? HttpResponse.json(site) : notFound('Site');
  }),

  // ---------------------------------------------------------------- catalogue
  http.get(`${base}${e.listItems.route}`, ({ request }) => listWith(request, () => impiloStore.get().items)),
  http.get(`${base}${e.listKits.route}`, ({ request }) => listWith(request, () => impiloStore.get().kits)),

  // ---------------------------------------------------------------- orders
  http.post(`${base}${e.createOrder.route}`, async ({ request }) => {
    const body = await readJson(request);
    if (!isRecord(body)) return badRequest([{ field: '', message: 'The body must be a JSON object' }]);
    const state = impiloStore.get();
    const errors: FieldError[] = [];
    const hasPatient = body.patient !== undefined && body.patient !== null;
    const hasSite = body.site !== undefined && body.site !== null;
    if (hasPatient === hasSite)
      errors.push({ field: 'patient', message: 'exactly one of patient or site must be given' });
    if (hasPatient) {
      const id = isRecord(body.patient) ? body.patient.id : undefined;
      if (!state.patients.some((p) => p.id === id))
        errors.push({ field: 'patient.id', message: 'unknown patient' });
    }
    if (hasSite) {
      const id = isRecord(body.site) ? body.site.id : undefined;
      if (!state.sites.some((s) => s.id === id)) errors.push({ field: 'site.id', message: 'unknown site' });
    }
    errors.push(...checkLines(body.orderItems, 'orderItems', state, 'item'));
    errors.push(...checkLines(body.orderKits, 'orderKits', state, 'kit'));
    const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);
    if (count(body.orderItems) + count(body.orderKits) === 0)
      errors.push({ field: 'orderItems', message: 'at least one orderItems or orderKits entry is required' });
    if (
      body.externalOrderIds !== undefined &&
      !(Array.isArray(body.externalOrderIds) && body.externalOrderIds.every(isNonEmptyString))
    )
      errors.push({ field: 'externalOrderIds', message: 'externalOrderIds must be a list of strings' });
    if (body.orderNotes !== undefined && typeof body.orderNotes !== 'string')
      errors.push({ field: 'orderNotes', message: 'orderNotes must be text' });
    if (errors.length) return badRequest(errors);
    const order = {
      id: nextImpiloId(state, 'order'),
      patient: hasPatient ? { id: (body.patient as { id: string }).id } : null,
      site: hasSite ? { id: (body.site as { id: string }).id } : null,
      orderItems: (body.orderItems as MockLine[] | undefined) ?? [],
      orderKits: (body.orderKits as MockLine[] | undefined) ?? [],
      externalOrderIds: (body.externalOrderIds as string[] | undefined) ?? [],
      orderNotes: typeof body.orderNotes === 'string' ? body.orderNotes : null,
      createdAt: mockNow().getTime(),
      cancelledAt: null,
    };
    state.orders.unshift(order);
    const answer = orderProgress(order);
    deliver(state, 'order.status', { id: order.id, currentStatus: answer.currentStatus });
    return HttpResponse.json(answer, { status: 201 });
  }),

  http.get(`${base}${e.listOrders.route}`, ({ request }) =>
    listWith(request, () =>
      impiloStore
        .get()
        .orders.map((order) => orderProgress(order))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    ),
  ),

  http.get(`${base}${e.getOrder.route}`, ({ params }) => {
    const order = impiloStore.get().orders.find((o) => o.id === params.orderId);
    return order ? HttpResponse.json(orderProgress(order)) : notFound('Order');
  }),

  // ---------------------------------------------------------------- webhooks
  http.post(`${base}${e.createWebhook.route}`, async ({ request }) => {
    const body = await readJson(request);
    if (!isRecord(body)) return badRequest([{ field: '', message: 'The body must be a JSON object' }]);
    const errors: FieldError[] = [];
    if (!(impiloWebhookTypes as readonly unknown[]).includes(body.type))
      errors.push({ field: 'type', message: `type must be one of ${impiloWebhookTypes.join(', ')}` });
    let url: URL | null = null;
    try {
      url = new URL(String(body.url));
    } catch {
      url = null;
    }
    if (url?.protocol !== 'https:') errors.push({ field: 'url', message: 'url must be an https URL' });
    if (errors.length) return badRequest(errors);
    const state = impiloStore.get();
    const id = nextImpiloId(state, 'webhook');
    const webhook = {
      id,
      type: body.type as ImpiloWebhookType,
      url: String(body.url),
      secret: `whsec_${id.replaceAll('-', '').slice(0, 24)}`,
      createdAt: mockNow().toISOString(),
    };
    state.webhooks.push(webhook);
    return HttpResponse.json(webhook, { status: 201 });
  }),

  http.get(`${base}${e.listWebhooks.route}`, () =>
    HttpResponse.json(impiloStore.get().webhooks.map(({ secret: _secret, ...rest }) => rest)),
  ),

  http.delete(`${base}${e.deleteWebhook.route}`, ({ params }) => {
    const state = impiloStore.get();
    const index = state.webhooks.findIndex((w) => w.id === params.webhookId);
    if (index < 0) return notFound('Webhook');
    state.webhooks.splice(index, 1);
    return new HttpResponse(null, { status: 204 });
  }),
];
