import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ScanModality } from '@/lib/codes/scan-modalities';
import { type WithMutationConfig, type WithQueryConfig, withMutationConfig } from '../query-config';
import { listScanBodyParts } from './body-parts';
import { answerScanSafetyQuestions, listScanSafetyQuestions, setScanGpDetails } from './confirmation';
import { uploadScanDocument } from './documents';
import {
  listScanImagingProviders,
  type ScanImagingProviderSearch,
  setScanImagingProvider,
} from './imaging-providers';
import {
  createScanReferral,
  getScanReferral,
  listScanReferrals,
  type ScanAdditionalDocument,
  type ScanCreateReferralInput,
  type ScanGpDetails,
  type ScanReferral,
  type ScanSafetyAnswer,
  type ScanUpdateReferralInput,
  updateScanReferral,
} from './referrals';
import { confirmScanReferral, submitScanReferral } from './submission';
import { listScanTimeSlots, pickScanTimeSlots, type ScanTimeSlotFilter } from './time-slots';
import { createScanUser, type ScanCreateUserInput } from './users';

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

// ---- Query options ----------------------------------------------------------------------------------

export const scanReferralsQuery = () =>
  queryOptions({ queryKey: scanKeys.referralList(), queryFn: ({ signal }) => listScanReferrals({ signal }) });

export const scanReferralQuery = (referralId: number) =>
  queryOptions({
    queryKey: scanKeys.referral(referralId),
    queryFn: ({ signal }) => getScanReferral(referralId, { signal }),
  });

export const scanBodyPartsQuery = (modality: ScanModality) =>
  queryOptions({
    queryKey: scanKeys.bodyPartList(modality),
    queryFn: ({ signal }) => listScanBodyParts(modality, { signal }),
    staleTime: 60 * 60_000,
  });

export const scanImagingProvidersQuery = (search: ScanImagingProviderSearch) =>
  queryOptions({
    queryKey: scanKeys.imagingProviderList(search),
    queryFn: ({ signal }) => listScanImagingProviders(search, { signal }),
  });

export const scanTimeSlotsQuery = (referralId: number, filter: ScanTimeSlotFilter = {}) =>
  queryOptions({
    queryKey: scanKeys.timeSlotList(referralId, filter),
    queryFn: ({ signal }) => listScanTimeSlots(referralId, filter, { signal }),
    staleTime: 0,
  });

export const scanSafetyQuestionsQuery = (referralId: number) =>
  queryOptions({
    queryKey: scanKeys.safetyQuestionList(referralId),
    queryFn: ({ signal }) => listScanSafetyQuestions(referralId, { signal }),
  });

// ---- Session ----------------------------------------------------------------------------------------

export { useScanSession } from './session-queries';

/** Creating a user switches the session: everything cached for the previous user is dropped. */
export function useCreateScanUser({
  mutationConfig,
}: WithMutationConfig<Awaited<ReturnType<typeof createScanUser>>, ScanCreateUserInput> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (input: ScanCreateUserInput) => createScanUser(input),
        onSuccess: () => queryClient.removeQueries({ queryKey: scanKeys.all }),
      },
      mutationConfig,
    ),
  );
}

// ---- Referrals --------------------------------------------------------------------------------------

export function useScanReferrals({ queryConfig }: WithQueryConfig<typeof scanReferralsQuery> = {}) {
  return useQuery({ ...scanReferralsQuery(), ...queryConfig });
}

export function useScanReferral(
  referralId: number | undefined,
  { queryConfig }: WithQueryConfig<typeof scanReferralQuery> = {},
) {
  return useQuery({
    ...scanReferralQuery(referralId ?? 0),
    enabled: referralId !== undefined,
    ...queryConfig,
  });
}

/** After any change to a referral: keep the answer as that referral and refresh the list. */
function useReferralWritten() {
  const queryClient = useQueryClient();
  return (referral: ScanReferral) => {
    queryClient.setQueryData(scanKeys.referral(referral.id), referral);
    return queryClient.invalidateQueries({ queryKey: scanKeys.referrals() });
  };
}

/** A mutation of one referral that answers the referral. */
function useReferralMutation<TVariables>(
  mutationFn: (variables: TVariables) => Promise<ScanReferral>,
  mutationConfig: WithMutationConfig<ScanReferral, TVariables>['mutationConfig'],
) {
  const written = useReferralWritten();
  return useMutation(withMutationConfig({ mutationFn, onSuccess: written }, mutationConfig));
}

export function useCreateScanReferral({
  mutationConfig,
}: WithMutationConfig<ScanReferral, ScanCreateReferralInput> = {}) {
  return useReferralMutation((input: ScanCreateReferralInput) => createScanReferral(input), mutationConfig);
}

export function useUpdateScanReferral(
  referralId: number,
  { mutationConfig }: WithMutationConfig<ScanReferral, ScanUpdateReferralInput> = {},
) {
  return useReferralMutation(
    (input: ScanUpdateReferralInput) => updateScanReferral(referralId, input),
    mutationConfig,
  );
}

// ---- Catalogue: body parts and imaging providers ------------------------------------------------------

export function useScanBodyParts(
  modality: ScanModality | undefined,
  { queryConfig }: WithQueryConfig<typeof scanBodyPartsQuery> = {},
) {
  return useQuery({
    ...scanBodyPartsQuery(modality ?? 'MRI'),
    enabled: modality !== undefined,
    ...queryConfig,
  });
}

export function useScanImagingProviders(
  search: ScanImagingProviderSearch | undefined,
  { queryConfig }: WithQueryConfig<typeof scanImagingProvidersQuery> = {},
) {
  return useQuery({
    ...scanImagingProvidersQuery(search ?? { modality: 'MRI', body_part_ids: [] }),
    enabled: search !== undefined,
    ...queryConfig,
  });
}

/** Choosing a provider changes the referral and the time slots on offer. */
export function useSetScanImagingProvider(
  referralId: number,
  { mutationConfig }: WithMutationConfig<ScanReferral, number> = {},
) {
  return useReferralMutation(
    (imagingProviderId: number) => setScanImagingProvider(referralId, imagingProviderId),
    mutationConfig,
  );
}

// ---- Documents --------------------------------------------------------------------------------------

/** One file per call; upload several files one after another. */
export function useUploadScanDocument(
  referralId: number,
  { mutationConfig }: WithMutationConfig<ScanAdditionalDocument, { file: Blob; fileName?: string }> = {},
) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: ({ file, fileName }: { file: Blob; fileName?: string }) =>
          uploadScanDocument(referralId, file, { fileName }),
        onSuccess: () => queryClient.invalidateQueries({ queryKey: scanKeys.referral(referralId) }),
      },
      mutationConfig,
    ),
  );
}

// ---- Booking: time slots, GP details, safety questions, submit and confirm ---------------------------------

export function useScanTimeSlots(
  referralId: number | undefined,
  filter: ScanTimeSlotFilter = {},
  { queryConfig }: WithQueryConfig<typeof scanTimeSlotsQuery> = {},
) {
  return useQuery({
    ...scanTimeSlotsQuery(referralId ?? 0, filter),
    enabled: referralId !== undefined,
    ...queryConfig,
  });
}

/** A booked block disappears from every list of slots: refresh them and the referral. */
export function usePickScanTimeSlots(
  referralId: number,
  { mutationConfig }: WithMutationConfig<ScanReferral, number[]> = {},
) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (timeSlotIds: number[]) => pickScanTimeSlots(referralId, timeSlotIds),
        onSuccess: (referral) => {
          queryClient.setQueryData(scanKeys.referral(referral.id), referral);
          return Promise.all([
            queryClient.invalidateQueries({ queryKey: scanKeys.timeSlots() }),
            queryClient.invalidateQueries({ queryKey: scanKeys.referrals() }),
          ]);
        },
      },
      mutationConfig,
    ),
  );
}

export function useScanSafetyQuestions(
  referralId: number | undefined,
  { queryConfig }: WithQueryConfig<typeof scanSafetyQuestionsQuery> = {},
) {
  return useQuery({
    ...scanSafetyQuestionsQuery(referralId ?? 0),
    enabled: referralId !== undefined,
    ...queryConfig,
  });
}

export function useSetScanGpDetails(
  referralId: number,
  { mutationConfig }: WithMutationConfig<ScanReferral, ScanGpDetails> = {},
) {
  return useReferralMutation(
    (gpDetails: ScanGpDetails) => setScanGpDetails(referralId, gpDetails),
    mutationConfig,
  );
}

export function useAnswerScanSafetyQuestions(
  referralId: number,
  { mutationConfig }: WithMutationConfig<ScanReferral, ScanSafetyAnswer[]> = {},
) {
  return useReferralMutation(
    (answers: ScanSafetyAnswer[]) => answerScanSafetyQuestions(referralId, answers),
    mutationConfig,
  );
}

export function useSubmitScanReferral(
  referralId: number,
  { mutationConfig }: WithMutationConfig<ScanReferral, void> = {},
) {
  return useReferralMutation(() => submitScanReferral(referralId), mutationConfig);
}

export function useConfirmScanReferral(
  referralId: number,
  { mutationConfig }: WithMutationConfig<ScanReferral, void> = {},
) {
  return useReferralMutation(() => confirmScanReferral(referralId), mutationConfig);
}
