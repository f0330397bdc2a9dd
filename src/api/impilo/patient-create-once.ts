import { VendorError } from '../errors';
import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { impiloEndpoints } from './endpoints';
import {
  createImpiloPatient,
  type ImpiloCreatePatientInput,
  type ImpiloPatient,
  impiloCreatePatientSchema,
  listImpiloPatients,
} from './patients';

/**
 * Creating an Impilo patient exactly once. Impilo takes no client key of its own, so the console uses the
 * patient's `externalIdentifier` (the hospital MRN, required by the console's form for this reason): before
 * every create attempt, the patients list is asked for that identifier. The same patient there (same name and
 * birth date) means an earlier attempt got through: success, nothing sent. Another patient with it is an
 * error on that field; none: the patient is created.
 */
export interface ImpiloCreateOnceResult {
  patient: ImpiloPatient;
  replayed: boolean;
}

/** The MRN is held by another patient (answered before anything is created). */
export class ImpiloExternalIdentifierTakenError extends VendorError {
  constructor(readonly existing: ImpiloPatient) {
    super('impilo', 'POST /api/v3/patient', 409, 'externalIdentifier is already used by another patient', {
      externalIdentifier: ['already used by another patient'],
    });
  }
}

const clean = (value: string | null | undefined) => (value ?? '').trim().toLowerCase();

export function sameImpiloPatientData(sent: ImpiloCreatePatientInput, stored: ImpiloPatient): boolean {
  return (
    clean(sent.firstName) === clean(stored.firstName) &&
    clean(sent.lastName) === clean(stored.lastName) &&
    clean(sent.dateOfBirth) === clean(stored.dateOfBirth)
  );
}

/** `POST /api/v3/patient`, exactly once by `externalIdentifier` (see above). */
export async function createImpiloPatientOnce(
  input: ImpiloCreatePatientInput & { externalIdentifier: string },
  options: CallOptions = {},
): Promise<ImpiloCreateOnceResult> {
  // Bad input is an InputError on its fields, before anything is sent (as in createImpiloPatient).
  const sent = parseInput('impilo', impiloEndpoints.createPatient.name, impiloCreatePatientSchema, input);
  const page = await listImpiloPatients({ externalIdentifier: sent.externalIdentifier, size: 10 }, options);
  const existing = page.content.find((patient) => patient.externalIdentifier === sent.externalIdentifier);
  if (existing) {
    if (sameImpiloPatientData(sent, existing)) return { patient: existing, replayed: true };
    throw new ImpiloExternalIdentifierTakenError(existing);
  }
  return { patient: await createImpiloPatient(sent, options), replayed: false };
}
