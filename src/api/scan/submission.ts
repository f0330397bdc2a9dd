import type { CallOptions } from '../http';
import { scanRequest } from './client';
import { scanEndpoints } from './endpoints';
import { scanReferralSchema } from './referrals';

/**
 * Submit (CONFIRMED `PATCH /api/v1/referrals/{id}/submit`): needs body_part_ids, modality and
 * referral_information; Scan.com then emails the patient to choose a centre and a time, answer the safety
 * questions and pay. Confirm (ASSUMED `PATCH …/confirm`): everything entered through the API instead —
 * provider, time slots, GP details and every safety answer. Both answer the referral. The vendor checks the
 * required fields; its validation errors arrive as field errors on the VendorError.
 */
export async function submitScanReferral(referralId: number, options: CallOptions = {}) {
  return scanRequest({
    ...scanEndpoints.submit.at({ referral_id: referralId }),
    data: scanReferralSchema,
    ...options,
  });
}

export async function confirmScanReferral(referralId: number, options: CallOptions = {}) {
  return scanRequest({
    ...scanEndpoints.confirm.at({ referral_id: referralId }),
    data: scanReferralSchema,
    ...options,
  });
}
