import { type CreateScanReferralInput, createScanReferral } from './referrals';
import { endScanSession } from './session';
import { createScanUser } from './users';

/** Test helpers (used by the *.test.ts files only): a fresh user with its session, and a draft referral. */
let serial = 0;
export async function startTestScanUser(name = 'Jane') {
  endScanSession();
  serial++;
  return createScanUser({
    first_name: name,
    last_name: 'Doe',
    email: `${name.toLowerCase()}.${serial}@example.com`,
  });
}

export const draftReferralInput: CreateScanReferralInput = {
  patient_information: {
    first_name: 'John',
    last_name: 'Doe',
    email: 'john.doe@example.com',
    date_of_birth: '1999/01/30',
    address_line_1: '123 Drury Lane',
    address_postcode: 'SK7 2EB',
    gender: 'male',
  },
};

export function createTestReferral(input: Partial<CreateScanReferralInput> = {}) {
  return createScanReferral({ ...draftReferralInput, ...input });
}
