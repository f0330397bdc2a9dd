import {
  decodePatientKey,
  type IdentitySource,
  identitySources,
  type PatientIdentity,
} from '@/lib/patients/patient-key';
import { getEdenOrder } from '../eden/orders';
import type { CallOptions } from '../http';
import { getImpiloPatient, listImpiloPatients } from '../impilo/patients';
import { initializePostDicom } from '../postdicom/account';
import type { PostDicomOrderSummary } from '../postdicom/common';
import { getPostDicomPatientOrderList, getPostDicomPatientOrderProperties } from '../postdicom/orders';
import { getScanReferral } from '../scan/referrals';
import { getSoloPatient, getSoloPatientBySpid } from '../solo/patients';
import { walkEdenOrdersByPatient } from './eden-walk';
import {
  mapEdenOrder,
  mapImpiloPatient,
  mapPostDicomOrder,
  mapScanReferral,
  mapSoloPatient,
} from './mappers';
import type { Person, PersonMapping, PersonMappingFailure } from './model';

/**
 * Demographics by patient key: each identity's record fetched from its own vendor, one call set per vendor,
 * each vendor failing alone. This is what the orders and schedule pages use to prefill a form from
 * `?patient=<key>`, and the patient record page to show each source side by side.
 *
 *   const results = await fetchPeopleByKey(key, { signal });
 *   for (const result of results) if (result.status === 'ok') result.value.people // Person[]
 *
 * How each vendor is asked (ids only, never a name):
 * - Solo: `GET /patients/{id}` for each `solo.id`, `GET …/SPID/value/{spid}` for each `solo.spid`;
 * - Impilo: `GET /patient/{id}` for each `impilo.id`; without one, the list filtered by `externalIdentifier`
 *   for each `impilo.mrn`;
 * - Eden: `GET /orders/{id}/` for each `eden.order`; without one, the orders of each `eden.mrn`
 *   (`patient_identifier`), walking back month by month up to the first month that has some;
 * - PostDICOM: the orders of each `postdicom.patient-id` (exact Patient ID); without one, each
 *   `postdicom.order` by its properties, in every institution of the account;
 * - Scan.com: `GET /referrals/{id}` for each `scan.referral` (only the user who created it may read it).
 * A record whose fields cannot be mapped without guessing is listed in `failures`, never filled in.
 */
export interface PeopleFromSource {
  source: IdentitySource;
  /** The identities of the key this vendor was asked by. */
  identities: PatientIdentity[];
  /** Records read, newest activity first. */
  people: Person[];
  failures: PersonMappingFailure[];
}

export type PeopleSourceResult =
  | { source: IdentitySource; status: 'ok'; value: PeopleFromSource }
  | { source: IdentitySource; status: 'error'; error: unknown };

function ofKind(identities: readonly PatientIdentity[], kind: PatientIdentity['kind']): string[] {
  return [
    ...new Set(identities.filter((identity) => identity.kind === kind).map((identity) => identity.value)),
  ];
}

function collect(
  source: IdentitySource,
  identities: PatientIdentity[],
  mappings: PersonMapping[],
): PeopleFromSource {
  const people: Person[] = [];
  const failures: PersonMappingFailure[] = [];
  const seen = new Set<string>();
  for (const mapping of mappings) {
    if (!mapping.ok) {
      failures.push(mapping.failure);
      continue;
    }
    if (seen.has(mapping.person.recordId)) continue;
    seen.add(mapping.person.recordId);
    people.push(mapping.person);
  }
  people.sort((a, b) => (b.activity.date ?? '').localeCompare(a.activity.date ?? ''));
  return { source, identities, people, failures };
}

/** The PostDICOM user the console searches as: the account's first user (ASSUMED: the front desk's). */
export async function postDicomSearchUser(options: CallOptions = {}): Promise<string> {
  const account = await initializePostDicom(options);
  const user = account.UserList[0];
  if (!user) throw new Error('The PostDICOM account has no user.');
  return user.UserUuid;
}

async function fromSolo(identities: PatientIdentity[], options: CallOptions): Promise<PersonMapping[]> {
  const byId = ofKind(identities, 'id').map(async (id) =>
    mapSoloPatient(await getSoloPatient(id, options), { id }),
  );
  const bySpid = ofKind(identities, 'spid').map(async (value) => {
    const spid = Number(value);
    return mapSoloPatient(await getSoloPatientBySpid(spid, options), { spid });
  });
  return Promise.all([...byId, ...bySpid]);
}

async function fromImpilo(identities: PatientIdentity[], options: CallOptions): Promise<PersonMapping[]> {
  const ids = ofKind(identities, 'id');
  if (ids.length)
    return Promise.all(ids.map(async (id) => mapImpiloPatient(await getImpiloPatient(id, options))));
  const pages = await Promise.all(
    ofKind(identities, 'mrn').map((mrn) =>
      listImpiloPatients({ externalIdentifier: mrn, size: 50 }, options),
    ),
  );
  return pages.flatMap((page) => page.content.map(mapImpiloPatient));
}

async function fromEden(identities: PatientIdentity[], options: CallOptions): Promise<PersonMapping[]> {
  const ids = ofKind(identities, 'order');
  if (ids.length) return Promise.all(ids.map(async (id) => mapEdenOrder(await getEdenOrder(id, options))));
  const lists = await Promise.all(
    ofKind(identities, 'mrn').map((mrn) => walkEdenOrdersByPatient(mrn, { ...options, stopAtFirst: true })),
  );
  return lists.flat().map(mapEdenOrder);
}

async function fromPostDicom(identities: PatientIdentity[], options: CallOptions): Promise<PersonMapping[]> {
  const userUuid = await postDicomSearchUser(options);
  const patientIds = ofKind(identities, 'patient-id');
  if (patientIds.length) {
    const lists = await Promise.all(
      patientIds.map(async (patientId) =>
        // The search matches a part of the id: keep the exact ones.
        (await getPostDicomPatientOrderList({ userUuid, patientId }, options)).filter(
          (order) => order.PatientId === patientId,
        ),
      ),
    );
    return lists.flat().map(mapPostDicomOrder);
  }
  const account = await initializePostDicom(options);
  const orders = await Promise.all(
    ofKind(identities, 'order').map(async (patientOrderUuid): Promise<PostDicomOrderSummary | null> => {
      for (const institution of account.InstitutionList) {
        try {
          return await getPostDicomPatientOrderProperties(
            { userUuid, patientOrderInstitutionUuid: institution.InstitutionUuid, patientOrderUuid },
            options,
          );
        } catch (error) {
          if (options.signal?.aborted) throw error;
          // Not in this institution: try the next one.
        }
      }
      return null;
    }),
  );
  return orders.filter((order): order is PostDicomOrderSummary => order !== null).map(mapPostDicomOrder);
}

async function fromScan(identities: PatientIdentity[], options: CallOptions): Promise<PersonMapping[]> {
  return Promise.all(
    ofKind(identities, 'referral').map(async (id) =>
      mapScanReferral(await getScanReferral(Number(id), options)),
    ),
  );
}

const fetchers: Record<
  IdentitySource,
  (identities: PatientIdentity[], options: CallOptions) => Promise<PersonMapping[]>
> = {
  solo: fromSolo,
  impilo: fromImpilo,
  eden: fromEden,
  postdicom: fromPostDicom,
  scan: fromScan,
};

/** The records of one vendor named by `identities` (those of other vendors are ignored). */
export async function fetchPeopleFromSource(
  source: IdentitySource,
  identities: readonly PatientIdentity[],
  options: CallOptions = {},
): Promise<PeopleFromSource> {
  const own = identities.filter((identity) => identity.source === source);
  return collect(source, own, own.length ? await fetchers[source](own, options) : []);
}

/** The vendors a key names, in the console's vendor order. */
export function sourcesOfKey(identities: readonly PatientIdentity[]): IdentitySource[] {
  return identitySources.filter((source) => identities.some((identity) => identity.source === source));
}

/**
 * Every vendor a key names, asked in parallel; each settles on its own (one failing vendor does not hide
 * the others). Throws `PatientKeyError` for a string that is not a key.
 */
export async function fetchPeopleByKey(
  key: string,
  options: CallOptions = {},
): Promise<PeopleSourceResult[]> {
  const identities = decodePatientKey(key);
  return Promise.all(
    sourcesOfKey(identities).map(async (source): Promise<PeopleSourceResult> => {
      try {
        return { source, status: 'ok', value: await fetchPeopleFromSource(source, identities, options) };
      } catch (error) {
        if (options.signal?.aborted) throw error;
        return { source, status: 'error', error };
      }
    }),
  );
}
