/**
 * The patient key: how one person is named across the console's pages and URLs
 * (`/patients/:key`, `?patient=<key>` on the orders and schedule pages).
 *
 * A person is known to each vendor by that vendor's own ids, so the key is the list of those ids, each
 * with its source and kind, e.g. `solo.id:P-1001,solo.spid:48213,impilo.id:5f3e…,eden.mrn:HC-88213`.
 * It carries identifiers only — never a name, a birth date or any other demographic — so a URL, the
 * browser history and a server log never hold more than ids. Pages fetch the demographics by these ids.
 */

/** Where an identity comes from. Kept equal to the service layer's vendor ids. */
export const identitySources = ['eden', 'solo', 'scan', 'impilo', 'postdicom'] as const;
export type IdentitySource = (typeof identitySources)[number];

/**
 * The kinds of id:
 * - `id`: the vendor's own record id (Solo patient id, Impilo patient id);
 * - `spid`: Solo's Patient ID (a number);
 * - `mrn`: the hospital's medical record number (Eden `patient_identifier`, Solo `mrn`, Impilo `externalIdentifier`);
 * - `patient-id`: the DICOM Patient ID held by PostDICOM;
 * - `referral`: a Scan.com referral (Scan.com has no patient record: a referral holds the patient's details);
 * - `order`: a vendor order that names the patient (PostDICOM `PatientOrderUuid`, Eden order id).
 */
export const identityKinds = ['id', 'spid', 'mrn', 'patient-id', 'referral', 'order'] as const;
export type IdentityKind = (typeof identityKinds)[number];

export interface PatientIdentity {
  source: IdentitySource;
  kind: IdentityKind;
  value: string;
}

const SEPARATOR = ',';

function isSource(value: string): value is IdentitySource {
  return (identitySources as readonly string[]).includes(value);
}
function isKind(value: string): value is IdentityKind {
  return (identityKinds as readonly string[]).includes(value);
}

/** Identities → key. Order and duplicates do not matter: the same set always gives the same key. */
export function encodePatientKey(identities: readonly PatientIdentity[]): string {
  const parts = new Set(
    identities
      .filter((identity) => identity.value.trim() !== '')
      .map((identity) => `${identity.source}.${identity.kind}:${encodeURIComponent(identity.value.trim())}`),
  );
  if (parts.size === 0) throw new PatientKeyError('A patient key needs at least one identity.');
  return [...parts].sort().join(SEPARATOR);
}

/** Key → identities. Throws `PatientKeyError` for a key that is not one (a hand-edited or truncated URL). */
export function decodePatientKey(key: string): PatientIdentity[] {
  if (!key.trim()) throw new PatientKeyError('The patient key is empty.');
  return key.split(SEPARATOR).map((part) => {
    const match = /^([a-z]+)\.([a-z-]+):(.+)$/.exec(part);
    const [, source = '', kind = '', encoded = ''] = match ?? [];
    if (!match || !isSource(source) || !isKind(kind))
      throw new PatientKeyError(`Not a patient identity: "${part}".`);
    let value: string;
    try {
      value = decodeURIComponent(encoded);
    } catch {
      throw new PatientKeyError(`Not a patient identity: "${part}".`);
    }
    if (!value.trim()) throw new PatientKeyError(`Not a patient identity: "${part}".`);
    return { source, kind, value };
  });
}

/** Like `decodePatientKey`, but `null` for something that is not a key. */
export function tryDecodePatientKey(key: string | null | undefined): PatientIdentity[] | null {
  if (!key) return null;
  try {
    return decodePatientKey(key);
  } catch {
    return null;
  }
}

/** The first identity of a source (and kind), e.g. the Solo patient id to fetch. */
export function identityOf(
  identities: readonly PatientIdentity[],
  source: IdentitySource,
  kind?: IdentityKind,
): PatientIdentity | undefined {
  return identities.find(
    (identity) => identity.source === source && (kind === undefined || identity.kind === kind),
  );
}

export class PatientKeyError extends Error {
  override readonly name = 'PatientKeyError';
}
