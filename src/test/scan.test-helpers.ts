import { endScanSession } from '../api/scan/client';
import { createScanReferral, type ScanCreateReferralInput } from '../api/scan/referrals';
import { createScanUser } from '../api/scan/users';

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

export const draftReferralInput: ScanCreateReferralInput = {
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

export function createTestReferral(input: Partial<ScanCreateReferralInput> = {}) {
  return createScanReferral({ ...draftReferralInput, ...input });
}
