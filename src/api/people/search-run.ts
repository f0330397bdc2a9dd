import { TimeoutError, VendorError, type VendorId } from '../errors';
import type { CallOptions } from '../http';
import { IMPILO_MAX_PAGE_SIZE } from '../impilo/common';
import { type ImpiloPatientFilters, listImpiloPatients } from '../impilo/patients';
import { getPostDicomPatientOrderList } from '../postdicom/orders';
import type { ScanReferral } from '../scan/referrals';
import { getSoloPatient, getSoloPatientBySpid } from '../solo/patients';
import { walkEdenOrderWindows } from './eden-walk';
import { postDicomSearchUser } from './fetch-people';
import { matchesCriterion } from './local-match';
import {
  mapEdenOrder,
  mapImpiloPatient,
  mapPostDicomOrder,
  mapScanReferral,
  mapSoloPatient,
} from './mappers';
import { type Person, type PersonMapping, type PersonMappingFailure, personRecordKey } from './model';
import type { SearchCriterion, SearchVendor, VendorPlan } from './search-plan';

/**
 * Runs one vendor's part of a search (./search-plan.ts says what it is), streaming: each chunk is the
 * records of one answer (a PostDICOM search, an Impilo page, an Eden month), so the list fills as answers
 * come. This module holds the vendors' schemas: the search page loads it with a dynamic import, after its
 * first paint, to keep the first route small.
 *
 * Each vendor has its own abort signal (the query's: a new keystroke aborts the old search) and its own time
 * limit: past it, the vendor's search stops with a `TimeoutError` and what came so far stays shown.
 */
export interface VendorSearchChunk {
  people: Person[];
  failures: PersonMappingFailure[];
  /** How many records the vendor says match, when it says (Impilo pages carry a total). */
  total: number | null;
  /** The console stopped paging before the vendor's last page (see the caps below). */
  capped: boolean;
}

export const SEARCH_TIMEOUT_MS: Record<SearchVendor, number> = {
  solo: 8_000,
  impilo: 12_000,
  // Thirteen month windows in a row.
  eden: 20_000,
  postdicom: 12_000,
  scan: 10_000,
};
/** Impilo pages fetched at most per filter (250 each): 5,000 patients. */
export const IMPILO_MAX_PAGES = 20;
const IMPILO_PARALLEL_PAGES = 4;

export interface VendorSearchOptions {
  signal?: AbortSignal | undefined;
  /** Overrides the vendor's time limit (tests). */
  timeoutMs?: number;
  /** `YYYY-MM-DD` (Eden's walk); the browser's local day by default. */
  today?: string;
  /** The current Scan.com user's referrals (the page gives a cached list: one fetch per few seconds, not per keystroke). */
  scanReferrals: (options: CallOptions) => Promise<ScanReferral[]>;
}

function chunk(mappings: PersonMapping[], extra: Partial<VendorSearchChunk> = {}): VendorSearchChunk {
  const people: Person[] = [];
  const failures: PersonMappingFailure[] = [];
  for (const mapping of mappings) {
    if (mapping.ok) people.push(mapping.person);
    else failures.push(mapping.failure);
  }
  return { people, failures, total: null, capped: false, ...extra };
}

/** Yields each task's result as soon as it settles (the first failure ends the whole stream). */
async function* asTheyCome<T>(tasks: Promise<T>[]): AsyncGenerator<T> {
  const pending = new Map(
    tasks.map((task, index) => {
      const settled = task.then((value) => ({ index, value }));
      settled.catch(() => undefined); // a later failure, after the stream ended on an earlier one, is not unhandled
      return [index, settled] as const;
    }),
  );
  while (pending.size) {
    const { index, value } = await Promise.race(pending.values());
    pending.delete(index);
    yield value;
  }
}

/** Keeps the records matching the full name typed when the vendor was asked for one of its words. */
function refine(c: SearchCriterion, mappings: PersonMapping[]): PersonMapping[] {
  const full = c.match;
  if (!full) return mappings;
  return mappings.filter((m) => !m.ok || matchesCriterion(m.person, { field: 'name', value: full }));
}

async function* postDicom(criteria: SearchCriterion[], call: CallOptions): AsyncGenerator<VendorSearchChunk> {
  const userUuid = await postDicomSearchUser(call);
  const filterOf = (c: SearchCriterion) =>
    c.field === 'patientName'
      ? { patientName: c.value }
      : c.field === 'patientId'
        ? { patientId: c.value }
        : { accessionNumber: c.value };
  for await (const { c, orders } of asTheyCome(
    criteria.map(async (c) => ({
      c,
      orders: await getPostDicomPatientOrderList({ userUuid, ...filterOf(c) }, call),
    })),
  ))
    yield chunk(refine(c, orders.map(mapPostDicomOrder)));
}

function impiloFilter(c: SearchCriterion): ImpiloPatientFilters {
  if (c.field === 'dateOfBirth') return { dateOfBirthMin: c.value, dateOfBirthMax: c.value };
  return { [c.field]: c.value } as ImpiloPatientFilters;
}

async function* impiloPages(c: SearchCriterion, call: CallOptions): AsyncGenerator<VendorSearchChunk> {
  const filters = { ...impiloFilter(c), size: IMPILO_MAX_PAGE_SIZE };
  const first = await listImpiloPatients({ ...filters, page: 0 }, call);
  const pages = Math.ceil(first.total / first.size);
  const last = Math.min(pages, IMPILO_MAX_PAGES);
  yield chunk(refine(c, first.content.map(mapImpiloPatient)), { total: first.total, capped: pages > last });
  for (let from = 1; from < last; from += IMPILO_PARALLEL_PAGES) {
    const batch = Array.from({ length: Math.min(IMPILO_PARALLEL_PAGES, last - from) }, (_, i) =>
      listImpiloPatients({ ...filters, page: from + i }, call),
    );
    for await (const page of asTheyCome(batch)) yield chunk(refine(c, page.content.map(mapImpiloPatient)));
  }
}

async function* impilo(criteria: SearchCriterion[], call: CallOptions): AsyncGenerator<VendorSearchChunk> {
  for (const c of criteria) yield* impiloPages(c, call);
}

async function* eden(criteria: SearchCriterion[], call: CallOptions & { today?: string }) {
  for (const c of criteria)
    for await (const { orders } of walkEdenOrderWindows(c.value, call))
      if (orders.length) yield chunk(orders.map(mapEdenOrder));
}

async function* scan(
  criteria: SearchCriterion[],
  call: CallOptions,
  referrals: VendorSearchOptions['scanReferrals'],
): AsyncGenerator<VendorSearchChunk> {
  const all = (await referrals(call)).map(mapScanReferral);
  yield chunk(all.filter((m) => !m.ok || criteria.some((c) => matchesCriterion(m.person, c))));
}

const isNotFound = (error: unknown) => error instanceof VendorError && error.status === 404;

async function* solo(criteria: SearchCriterion[], call: CallOptions): AsyncGenerator<VendorSearchChunk> {
  const lookups = criteria.map(async (c): Promise<PersonMapping[]> => {
    try {
      if (c.field === 'spid') {
        const spid = Number(c.value);
        return [mapSoloPatient(await getSoloPatientBySpid(spid, call), { spid })];
      }
      return [mapSoloPatient(await getSoloPatient(c.value, call), { id: c.value })];
    } catch (error) {
      if (isNotFound(error)) return []; // no patient with that id: no result, not a failure
      throw error;
    }
  });
  for await (const mappings of asTheyCome(lookups)) yield chunk(mappings);
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** One vendor's search as a stream of chunks; stops when `signal` aborts, throws `TimeoutError` past its time. */
export async function* streamVendorSearch(
  plan: Extract<VendorPlan, { asked: true }>,
  options: VendorSearchOptions,
): AsyncGenerator<VendorSearchChunk> {
  const limit = options.timeoutMs ?? SEARCH_TIMEOUT_MS[plan.vendor];
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), limit);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  const call: CallOptions = { signal };
  const timedOut = () => new TimeoutError(plan.vendor as VendorId, 'search', limit);
  const source = {
    postdicom: () => postDicom(plan.criteria, call),
    impilo: () => impilo(plan.criteria, call),
    eden: () => eden(plan.criteria, options.today ? { ...call, today: options.today } : call),
    scan: () => scan(plan.criteria, call, options.scanReferrals),
    solo: () => solo(plan.criteria, call),
  }[plan.vendor]();
  // The PostDICOM library and Scan's cached list do not always listen to the signal: race the timeout too.
  const expired = new Promise<never>((_, reject) =>
    timeout.signal.addEventListener('abort', () => reject(timedOut()), { once: true }),
  );
  expired.catch(() => undefined);
  // Several filters (a PostDICOM name and id search, Impilo's pages) may answer the same record: once only.
  const seen = new Set<string>();
  const fresh = (people: Person[]) =>
    people.filter((person) => {
      const key = personRecordKey(person);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  try {
    while (true) {
      if (options.signal?.aborted) throw abortError(options.signal);
      const next = await Promise.race([source.next(), expired]);
      if (next.done) return;
      yield { ...next.value, people: fresh(next.value.people) };
    }
  } catch (error) {
    if (timeout.signal.aborted && !options.signal?.aborted) throw timedOut();
    throw error;
  } finally {
    clearTimeout(timer);
    void source.return(undefined);
  }
}
