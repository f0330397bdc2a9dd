import { useMutation } from '@tanstack/react-query';
import { scanEndpoints, scanPaths } from './paths';
import { referralSchema, useInvalidateScanReferral } from './referrals';
import { scanRequest } from './session';

/**
 * Submit (CONFIRMED `PATCH /api/v1/referrals/{id}/submit`): needs body_part_ids, modality and
 * referral_information; Scan.com then emails the patient to choose a centre and a time, answer the safety
 * questions and pay. Confirm (ASSUMED `PATCH …/confirm`): everything entered through the API instead —
 * provider, time slots, GP details and every safety answer. Both answer the referral. The vendor checks the
 * required fields; its validation errors arrive as field errors on the VendorError.
 */
export async function submitScanReferral(referralId: number, options: { signal?: AbortSignal } = {}) {
  return scanRequest({
    method: 'PATCH',
    path: scanPaths.submit(referralId),
    endpoint: scanEndpoints.submit,
    data: referralSchema,
    signal: options.signal,
  });
}

export async function confirmScanReferral(referralId: number, options: { signal?: AbortSignal } = {}) {
  return scanRequest({
    method: 'PATCH',
    path: scanPaths.confirm(referralId),
    endpoint: scanEndpoints.confirm,
    data: referralSchema,
    signal: options.signal,
  });
}

export function useSubmitScanReferral(referralId: number) {
  const invalidate = useInvalidateScanReferral();
  return useMutation({ mutationFn: () => submitScanReferral(referralId), onSuccess: invalidate });
}

export function useConfirmScanReferral(referralId: number) {
  const invalidate = useInvalidateScanReferral();
  return useMutation({ mutationFn: () => confirmScanReferral(referralId), onSuccess: invalidate });
}
