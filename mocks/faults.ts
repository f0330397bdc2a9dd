import { delay, getResponse, HttpResponse, http, type RequestHandler } from 'msw';
import { type VendorId, vendorIds } from '../src/api/errors';
import { errorAnswer } from './shared/http';

/**
 * Fault scenarios QA can switch on at run time: from the mock panel in the app, from Playwright through
 * `window.__consoleMocks.faults`, and from Vitest by importing this module. They sit in front of every
 * vendor handler (see ./handlers.ts), so one switch affects every back end alike.
 */
/** The vendors a scenario can be limited to: the one list, `vendorIds` (src/api/errors.ts). */
export type MockVendor = VendorId;
export type Latency = 'none' | 'realistic' | 'slow';
export type Failure = 'none' | 'network' | 'server-error' | 'rate-limit' | 'malformed-json' | 'hang';

export interface FaultScenario {
  latency: Latency;
  failure: Failure;
  /** Whose requests fail. */
  vendor: MockVendor | 'all';
  /** `writes`: only POST/PUT/PATCH/DELETE; `reads`: only GET. */
  methods: 'all' | 'writes' | 'reads';
  /**
   * The back end receives and processes the request, then the answer is lost (network error, 500, hang…).
   * This is the case that makes idempotency matter: the order exists although the client saw a failure.
   */
  afterProcessing: boolean;
  /** How many more matching requests fail before the failure switches itself off; null: until reset. */
  remaining: number | null;
  /** This vendor alone answers with the `slow` latency, whatever `latency` says (one slow back end among quick ones). */
  slowVendor: MockVendor | null;
  /**
   * This vendor's answers wait, however long, until the scenario stops holding it (`heldVendor: null` or
   * another vendor): a slow back end whose answers the test lets go when it has read the waiting state,
   * never one raced against a delay on a busy machine.
   */
  heldVendor: MockVendor | null;
}

export const latencies: readonly Latency[] = ['none', 'realistic', 'slow'];
export const failures: readonly Failure[] = [
  'none',
  'network',
  'server-error',
  'rate-limit',
  'malformed-json',
  'hang',
];
export const RETRY_AFTER_SECONDS = 2;

const initial: FaultScenario = {
  latency: 'none',
  failure: 'none',
  vendor: 'all',
  methods: 'all',
  afterProcessing: false,
  remaining: null,
  slowVendor: null,
  heldVendor: null,
};

let scenario: FaultScenario = { ...initial };
const listeners = new Set<(scenario: FaultScenario) => void>();

export const faults = {
  get(): FaultScenario {
    return { ...scenario };
  },
  set(patch: Partial<FaultScenario>): FaultScenario {
    scenario = { ...scenario, ...patch };
    for (const listener of listeners) listener(faults.get());
    return faults.get();
  },
  reset(): void {
    faults.set({ ...initial });
  },
  subscribe(listener: (scenario: FaultScenario) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function latencyMs(latency: Latency = scenario.latency): number {
  if (latency === 'slow') return 3000;
  if (latency === 'realistic') return 150 + Math.round(Math.random() * 450);
  return 0;
}

/** Resolves at once unless `vendor` is held; then when the scenario lets it go (see `heldVendor`). */
export function untilReleased(vendor: MockVendor): Promise<void> {
  if (scenario.heldVendor !== vendor) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = faults.subscribe((next) => {
      if (next.heldVendor === vendor) return;
      stop();
      resolve();
    });
  });
}

/** The latency of one answer of `vendor`: the scenario's, or `slow` for the scenario's slow vendor. */
export function latencyFor(vendor: MockVendor): number {
  return latencyMs(scenario.slowVendor === vendor ? 'slow' : scenario.latency);
}

const isWrite = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());

/**
 * Whether the next request of `vendor` with `method` must fail, and how. Consumes one of `remaining`.
 * Exported for the PostDICOM library simulation, which does not go through HTTP.
 */
export function takeFailure(vendor: MockVendor, method: string): Failure | null {
  const s = scenario;
  if (s.failure === 'none') return null;
  if (s.vendor !== 'all' && s.vendor !== vendor) return null;
  if (s.methods === 'writes' && !isWrite(method)) return null;
  if (s.methods === 'reads' && isWrite(method)) return null;
  if (s.remaining !== null) {
    if (s.remaining <= 0) return null;
    const remaining = s.remaining - 1;
    faults.set(remaining === 0 ? { remaining: null, failure: 'none' } : { remaining });
  }
  return s.failure;
}

async function failureResponse(vendor: MockVendor, failure: Failure): Promise<Response> {
  switch (failure) {
    case 'network':
      return HttpResponse.error();
    case 'server-error':
      return errorAnswer(vendor, 500, 'Internal server error (mock fault scenario).');
    case 'rate-limit':
      return errorAnswer(vendor, 429, 'Too many requests (mock fault scenario).', [], {
        'Retry-After': String(RETRY_AFTER_SECONDS),
      });
    case 'malformed-json':
      return new HttpResponse('{"id": 1, "truncated', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    case 'hang':
      await delay('infinite');
      return HttpResponse.error();
    default:
      throw new Error(`Unknown failure ${failure}`);
  }
}

/**
 * Whose request this is: `/api/<vendor>/…`. `/api/postdicom/config` is the console's own server (the
 * library's keys), not the vendor: PostDICOM's faults apply inside the library simulation instead.
 */
function vendorOf(url: string): MockVendor | null {
  const [, api, vendor] = new URL(url).pathname.split('/');
  if (api !== 'api' || !vendorIds.includes(vendor as MockVendor)) return null;
  if (new URL(url).pathname === '/api/postdicom/config') return null;
  return vendor as MockVendor;
}

/** The handler that goes first: adds latency, then fails the request when a scenario says so. */
export function createFaultHandler(vendorHandlers: RequestHandler[]): RequestHandler {
  return http.all('*/api/*', async ({ request }) => {
    const vendor = vendorOf(request.url);
    if (!vendor) return undefined;
    const wait = latencyFor(vendor);
    if (wait > 0) await delay(wait);
    await untilReleased(vendor);
    const failure = takeFailure(vendor, request.method);
    if (!failure) return undefined; // fall through to the vendor's handler
    if (scenario.afterProcessing) {
      // The back end does the work; only the answer is broken.
      await getResponse(vendorHandlers, request.clone());
    }
    return failureResponse(vendor, failure);
  });
}
