import { identityMatchValue, identitySystem, isPersonIdentity } from '@/lib/patients/identity-system';
import { personNameKey } from '@/lib/patients/name-key';
import { encodePatientKey, type IdentitySource, type PatientIdentity } from '@/lib/patients/patient-key';
import { type Person, personRecordKey } from './model';

/**
 * Grouping search results into people, never silently:
 * - a **cluster** is records that share an identifier value in the same system (src/lib/patients/
 *   identity-system.ts: the hospital MRN under each vendor's field, a vendor's own patient id): the "same
 *   person", for certain;
 * - a **possible** group is clusters whose records share a normalized name (first given name and first
 *   surname, accents, case and order ignored: `personNameKey`) and the same birth date. It is shown as
 *   "possible", and the user can split it (`split`: the keys of the groups split apart).
 */
export interface PersonCluster {
  /** The smallest record key of its records: stable while the records stay. */
  key: string;
  records: Person[];
}

export type PersonGroupKind = 'single' | 'same' | 'possible';

export interface PersonGroup {
  key: string;
  /** single: one record; same: records linked by an identifier; possible: clusters linked by name and birth date. */
  kind: PersonGroupKind;
  clusters: PersonCluster[];
  records: Person[];
  /** When the group is split from a possible one: that group's key (to join it again). */
  splitFrom: string | null;
}

/** Plain code-unit order: keys are ids, and `localeCompare` is far too slow for 10,000 of them. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    let node = i;
    while (this.parent[node] !== root) {
      const next = this.parent[node] as number;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function components<T>(items: T[], tokensOf: (item: T) => Iterable<string>): T[][] {
  const uf = new UnionFind(items.length);
  const firstByToken = new Map<string, number>();
  items.forEach((item, index) => {
    for (const token of tokensOf(item)) {
      const first = firstByToken.get(token);
      if (first === undefined) firstByToken.set(token, index);
      else uf.union(first, index);
    }
  });
  const byRoot = new Map<number, T[]>();
  items.forEach((item, index) => {
    const root = uf.find(index);
    const list = byRoot.get(root);
    if (list) list.push(item);
    else byRoot.set(root, [item]);
  });
  return [...byRoot.values()];
}

const nameKeys = new WeakMap<Person, string | null>();
/** The record's name key (cached: grouping runs on every streamed chunk). */
export function recordNameKey(person: Person): string | null {
  let key = nameKeys.get(person);
  if (key === undefined) {
    key = personNameKey({
      given: person.givenNames,
      firstSurname: person.firstSurname,
      secondSurname: person.secondSurname,
    });
    nameKeys.set(person, key);
  }
  return key;
}

function identityTokens(person: Person): string[] {
  return person.identifiers
    .filter(isPersonIdentity)
    .map((identity) => `${identitySystem(identity)}|${identityMatchValue(identity)}`);
}

function possibleTokens(cluster: PersonCluster): string[] {
  const tokens = new Set<string>();
  for (const record of cluster.records) {
    const name = recordNameKey(record);
    if (name && record.birthDate) tokens.add(`${name}|${record.birthDate}`);
  }
  return [...tokens];
}

function makeCluster(records: Person[]): PersonCluster {
  const sorted =
    records.length === 1
      ? records
      : [...records].sort((a, b) => byText(personRecordKey(a), personRecordKey(b)));
  return { key: personRecordKey(sorted[0] as Person), records: sorted };
}

function single(cluster: PersonCluster, splitFrom: string | null): PersonGroup {
  return {
    key: cluster.key,
    kind: cluster.records.length > 1 ? 'same' : 'single',
    clusters: [cluster],
    records: cluster.records,
    splitFrom,
  };
}

/** Records (several vendors, any order, duplicates allowed) → people. Output order: by first record key. */
export function groupPeople(
  records: readonly Person[],
  split: ReadonlySet<string> = new Set(),
): PersonGroup[] {
  const unique = new Map<string, Person>();
  for (const record of records) unique.set(personRecordKey(record), record);
  const clusters = components([...unique.values()], identityTokens).map(makeCluster);
  const groups: PersonGroup[] = [];
  for (const linked of components(clusters, possibleTokens)) {
    if (linked.length === 1) {
      groups.push(single(linked[0] as PersonCluster, null));
      continue;
    }
    linked.sort((a, b) => byText(a.key, b.key));
    const key = `possible:${linked.map((cluster) => cluster.key).join('+')}`;
    if (split.has(key)) {
      for (const cluster of linked) groups.push(single(cluster, key));
      continue;
    }
    groups.push({
      key,
      kind: 'possible',
      clusters: linked,
      records: linked.flatMap((c) => c.records),
      splitFrom: null,
    });
  }
  return groups.sort((a, b) => byText(a.key, b.key));
}

/** The vendors holding the group's records, in the console's order. */
export function groupSources(group: Pick<PersonGroup, 'records'>): IdentitySource[] {
  const order: IdentitySource[] = ['solo', 'impilo', 'eden', 'postdicom', 'scan'];
  return order.filter((source) => group.records.some((record) => record.source === source));
}

/** Every identity of the group's records, each once, in record order. */
export function groupIdentities(group: Pick<PersonGroup, 'records'>): PatientIdentity[] {
  const seen = new Set<string>();
  const out: PatientIdentity[] = [];
  for (const record of group.records)
    for (const identity of record.identifiers) {
      const token = `${identity.source}.${identity.kind}:${identity.value}`;
      if (!seen.has(token)) {
        seen.add(token);
        out.push(identity);
      }
    }
  return out;
}

/**
 * The patient key of a group: its person identities (ids, SPIDs, MRNs, Patient IDs), plus the order or
 * referral of each record that has no person identity (a Scan.com referral, an order without a patient id).
 * Short enough for a URL even for a patient with many orders.
 */
export function groupPatientKey(group: Pick<PersonGroup, 'records'>): string {
  const identities: PatientIdentity[] = [];
  for (const record of group.records) {
    const person = record.identifiers.filter(isPersonIdentity);
    identities.push(...(person.length ? person : record.identifiers));
  }
  return encodePatientKey(identities);
}
