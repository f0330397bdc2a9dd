import type { ScanModality } from '@/lib/codes/scan-modalities';
import type { ScanImagingProviderSearch } from './imaging-providers';
import type { ScanTimeSlotFilter } from './time-slots';

/**
 * Query keys of every Scan.com query: `[vendor, group, …]`. Invalidating a prefix invalidates what is under
 * it; a new user drops everything under `all` (the previous user's referrals are not this user's).
 */
export const scanKeys = {
  all: ['scan'] as const,
  referrals: () => [...scanKeys.all, 'referrals'] as const,
  referralList: () => [...scanKeys.referrals(), 'list'] as const,
  referral: (referralId: number) => [...scanKeys.referrals(), 'detail', referralId] as const,
  bodyParts: () => [...scanKeys.all, 'body-parts'] as const,
  bodyPartList: (modality: ScanModality) => [...scanKeys.bodyParts(), modality] as const,
  imagingProviders: () => [...scanKeys.all, 'imaging-providers'] as const,
  imagingProviderList: (search: ScanImagingProviderSearch) =>
    [...scanKeys.imagingProviders(), search] as const,
  timeSlots: () => [...scanKeys.all, 'time-slots'] as const,
  timeSlotList: (referralId: number, filter: ScanTimeSlotFilter = {}) =>
    [...scanKeys.timeSlots(), referralId, filter] as const,
  safetyQuestions: () => [...scanKeys.all, 'safety-questions'] as const,
  safetyQuestionList: (referralId: number) => [...scanKeys.safetyQuestions(), referralId] as const,
};
