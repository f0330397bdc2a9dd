import { VendorError } from '../errors';
import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { soloEndpoints } from './endpoints';
import {
  createSoloPatient,
  getSoloPatient,
  type SoloCreatePatientInput,
  type SoloPatient,
  soloCreatePatientSchema,
} from './patients';

/**
 * Creating a Solo patient exactly once. The create body carries the caller's `id` (required by Solo), which
 * the console makes once per draft: it is the idempotency key. When Solo says that id exists (ASSUMED:
 * 409, as the mock answers), the patient is fetched by that id, and if it carries the data that was sent,
 * an earlier attempt got through and only its answer was lost: that is success. An id held by another
 * patient stays an error.
 */
export interface SoloCreateOnceResult {
  id: string;
  /** The SPID Solo answered; null when the patient already existed (a GET does not answer the SPID). */
  spid: number | null;
  replayed: boolean;
}

export function isSoloDuplicatePatientError(error: unknown): error is VendorError {
  return error instanceof VendorError && error.status === 409 && /already exists/i.test(error.vendorMessage);
}

const clean = (value: string | undefined | null) => (value ?? '').trim().toLowerCase();

/** Whether the stored patient is the one that was sent (name, birth date, sex, MRN). */
export function sameSoloPatientData(sent: SoloCreatePatientInput, stored: SoloPatient): boolean {
  const a = sent.name?.[0];
  const b = stored.name?.[0];
  return (
    clean(a?.firstName) === clean(b?.firstName) &&
    clean(a?.lastName) === clean(b?.lastName) &&
    clean(sent.birthDate) === clean(stored.birthDate) &&
    clean(sent.gender) === clean(stored.gender) &&
    clean(sent.mrn) === clean(stored.mrn)
  );
}

/** `POST /qapi/v1/patients`, exactly once (see above). */
export async function createSoloPatientOnce(
  input: SoloCreatePatientInput,
  options: CallOptions = {},
): Promise<SoloCreateOnceResult> {
  // Bad input is an InputError on its fields, before anything is sent (as in createSoloPatient).
  const sent = parseInput('solo', soloEndpoints.createPatient.name, soloCreatePatientSchema, input);
  try {
    return { id: sent.id, spid: await createSoloPatient(sent, options), replayed: false };
  } catch (error) {
    if (!isSoloDuplicatePatientError(error)) throw error;
    const stored = await getSoloPatient(sent.id, options);
    if (sameSoloPatientData(sent, stored)) return { id: sent.id, spid: null, replayed: true };
    throw error;
  }
}
