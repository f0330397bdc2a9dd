import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type WithMutationConfig, type WithQueryConfig, withMutationConfig } from '../query-config';
import {
  cancelSoloAssistanceRequest,
  createSoloAssistanceRequest,
  getSoloCurrentAssistanceRequest,
  type SoloAssistanceLocator,
  type SoloAssistanceRequest,
} from './assistance';
import {
  deleteSoloAttachment,
  downloadSoloAttachment,
  listSoloAttachments,
  type SoloAttachment,
  type SoloUploadAttachmentParams,
  uploadSoloAttachment,
} from './attachments';
import type { SoloDownloadedFile } from './common';
import { addSoloPatientDocument, type SoloPatientDocument } from './documents';
import { isSoloAssistanceNotFound } from './errors';
import { buildSoloContextLink, type SoloContextLink, type SoloLinkOptions } from './linking';
import {
  createSoloPerfectAnswer,
  type SoloPerfectAnswerRequest,
  type SoloPerfectAnswerResponse,
} from './perfect-answer';
import { soloKeys } from './queries';
import {
  createSoloEncounterReport,
  downloadSoloCsvDataDump,
  downloadSoloEncounterReport,
  getSoloEncounterReportStatus,
  SOLO_REPORT_POLL_INTERVAL_MS,
  type SoloCsvDataDumpRange,
  type SoloEncounterReport,
  type SoloEncounterReportRequest,
} from './reports';
import {
  createSoloWebhook,
  deleteSoloWebhook,
  getSoloWebhook,
  listSoloWebhooks,
  type SoloWebhook,
  type SoloWebhookRequest,
  type SoloWebhookWithKey,
  updateSoloWebhook,
} from './webhooks';

/**
 * Query options and hooks of Solo's integration groups: assistance requests, attachments, patient documents,
 * context links, perfect answer, reports and webhooks (keys: `soloKeys` in ./queries.ts). Mutations never retry.
 */

// ---- Assistance requests ----------------------------------------------------------------------------

/** The current request at a place, or `null` when there is none. */
export const soloCurrentAssistanceRequestQuery = (locator: SoloAssistanceLocator) =>
  queryOptions({
    queryKey: soloKeys.currentAssistanceRequest(locator),
    queryFn: async ({ signal }): Promise<SoloAssistanceRequest | null> => {
      try {
        return await getSoloCurrentAssistanceRequest(locator, { signal });
      } catch (error) {
        if (isSoloAssistanceNotFound(error)) return null;
        throw error;
      }
    },
  });

export function useSoloCurrentAssistanceRequest(
  locator: SoloAssistanceLocator,
  { queryConfig }: WithQueryConfig<typeof soloCurrentAssistanceRequestQuery> = {},
) {
  return useQuery({ ...soloCurrentAssistanceRequestQuery(locator), ...queryConfig });
}

export function useCreateSoloAssistanceRequest({
  mutationConfig,
}: WithMutationConfig<SoloAssistanceRequest, SoloAssistanceLocator> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (locator: SoloAssistanceLocator) => createSoloAssistanceRequest(locator),
        onSuccess: () => queryClient.invalidateQueries({ queryKey: soloKeys.assistance() }),
      },
      mutationConfig,
    ),
  );
}

export function useCancelSoloAssistanceRequest({
  mutationConfig,
}: WithMutationConfig<void, SoloAssistanceLocator> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (locator: SoloAssistanceLocator) => cancelSoloAssistanceRequest(locator),
        onSuccess: () => queryClient.invalidateQueries({ queryKey: soloKeys.assistance() }),
      },
      mutationConfig,
    ),
  );
}

// ---- Attachments ------------------------------------------------------------------------------------

type AttachmentRef = { appointmentId: string; attachmentId: string };

export const soloAttachmentsQuery = (appointmentId: string) =>
  queryOptions({
    queryKey: soloKeys.attachmentList(appointmentId),
    queryFn: ({ signal }) => listSoloAttachments(appointmentId, { signal }),
    enabled: appointmentId.trim() !== '',
  });

export function useSoloAttachments(
  appointmentId: string,
  { queryConfig }: WithQueryConfig<typeof soloAttachmentsQuery> = {},
) {
  return useQuery({ ...soloAttachmentsQuery(appointmentId), ...queryConfig });
}

export function useUploadSoloAttachment({
  mutationConfig,
}: WithMutationConfig<SoloAttachment, SoloUploadAttachmentParams> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (params: SoloUploadAttachmentParams) => uploadSoloAttachment(params),
        onSuccess: (_attachment, params) =>
          queryClient.invalidateQueries({ queryKey: soloKeys.attachmentList(params.appointmentId) }),
      },
      mutationConfig,
    ),
  );
}

export function useDeleteSoloAttachment({ mutationConfig }: WithMutationConfig<void, AttachmentRef> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (params: AttachmentRef) => deleteSoloAttachment(params),
        onSuccess: (_nothing, params) =>
          queryClient.invalidateQueries({ queryKey: soloKeys.attachmentList(params.appointmentId) }),
      },
      mutationConfig,
    ),
  );
}

/** Downloading is on demand (a click), so it is a mutation-style hook; it changes nothing on the server. */
export function useDownloadSoloAttachment({
  mutationConfig,
}: WithMutationConfig<SoloDownloadedFile, AttachmentRef> = {}) {
  return useMutation(
    withMutationConfig(
      { mutationFn: (params: AttachmentRef) => downloadSoloAttachment(params) },
      mutationConfig,
    ),
  );
}

// ---- Patient documents ------------------------------------------------------------------------------

type PatientDocumentArgs = { patientId: string; document: SoloPatientDocument };

export function useAddSoloPatientDocument({
  mutationConfig,
}: WithMutationConfig<void, PatientDocumentArgs> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (params: PatientDocumentArgs) =>
          addSoloPatientDocument(params.patientId, params.document),
        onSuccess: (_nothing, params) =>
          queryClient.invalidateQueries({ queryKey: soloKeys.patientDocuments(params.patientId) }),
      },
      mutationConfig,
    ),
  );
}

// ---- Context links ----------------------------------------------------------------------------------

type ContextLinkArgs = { context: SoloContextLink } & SoloLinkOptions;

/** Builds a link on demand (WebCrypto is async); nothing is sent to Solo until the user opens it. */
export function useBuildSoloContextLink({
  mutationConfig,
}: WithMutationConfig<string, ContextLinkArgs> = {}) {
  return useMutation(
    withMutationConfig(
      { mutationFn: (params: ContextLinkArgs) => buildSoloContextLink(params.context, params) },
      mutationConfig,
    ),
  );
}

// ---- Perfect answer ---------------------------------------------------------------------------------

/**
 * Creates the visit. It creates a patient and an appointment owned by the other Solo modules, so on success
 * it invalidates every cached Solo query.
 */
export function useCreateSoloPerfectAnswer({
  mutationConfig,
}: WithMutationConfig<SoloPerfectAnswerResponse, SoloPerfectAnswerRequest> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (request: SoloPerfectAnswerRequest) => createSoloPerfectAnswer(request),
        onSuccess: () => queryClient.invalidateQueries({ queryKey: soloKeys.all }),
      },
      mutationConfig,
    ),
  );
}

// ---- Reports ----------------------------------------------------------------------------------------

/** Reading the dump as a query (e.g. for a preview); `gcTime: 0` so files are not kept in memory. */
export const soloCsvDataDumpQuery = (range: SoloCsvDataDumpRange) =>
  queryOptions({
    queryKey: soloKeys.csvDataDump(range),
    queryFn: ({ signal }) => downloadSoloCsvDataDump(range, { signal }),
    staleTime: 0,
    gcTime: 0,
  });

/**
 * The report's status, polled every `intervalMs` while it is `pending`; polling stops by itself once it is
 * `completed` or `failed`.
 */
export const soloEncounterReportStatusQuery = (
  reportId: string,
  intervalMs: number = SOLO_REPORT_POLL_INTERVAL_MS,
) =>
  queryOptions({
    queryKey: soloKeys.encounterReportStatus(reportId),
    queryFn: ({ signal }) => getSoloEncounterReportStatus(reportId, { signal }),
    enabled: reportId.trim() !== '',
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? intervalMs : false),
    refetchIntervalInBackground: true,
  });

export function useSoloEncounterReportStatus(
  reportId: string,
  intervalMs?: number,
  { queryConfig }: WithQueryConfig<typeof soloEncounterReportStatusQuery> = {},
) {
  return useQuery({ ...soloEncounterReportStatusQuery(reportId, intervalMs), ...queryConfig });
}

/** On-demand download of the CSV dump (a click); mutations never retry. */
export function useDownloadSoloCsvDataDump({
  mutationConfig,
}: WithMutationConfig<SoloDownloadedFile, SoloCsvDataDumpRange> = {}) {
  return useMutation(
    withMutationConfig(
      { mutationFn: (range: SoloCsvDataDumpRange) => downloadSoloCsvDataDump(range) },
      mutationConfig,
    ),
  );
}

export function useCreateSoloEncounterReport({
  mutationConfig,
}: WithMutationConfig<SoloEncounterReport, SoloEncounterReportRequest> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (request: SoloEncounterReportRequest) => createSoloEncounterReport(request),
        // Seeds the status query; `useSoloEncounterReportStatus(report.id)` then polls from there.
        onSuccess: (report) => queryClient.setQueryData(soloKeys.encounterReportStatus(report.id), report),
      },
      mutationConfig,
    ),
  );
}

export function useDownloadSoloEncounterReport({
  mutationConfig,
}: WithMutationConfig<SoloDownloadedFile, string> = {}) {
  return useMutation(
    withMutationConfig(
      { mutationFn: (reportId: string) => downloadSoloEncounterReport(reportId) },
      mutationConfig,
    ),
  );
}

// ---- Webhooks ---------------------------------------------------------------------------------------

export const soloWebhooksQuery = () =>
  queryOptions({ queryKey: soloKeys.webhookList(), queryFn: ({ signal }) => listSoloWebhooks({ signal }) });

export const soloWebhookQuery = (webhookId: string) =>
  queryOptions({
    queryKey: soloKeys.webhook(webhookId),
    queryFn: ({ signal }) => getSoloWebhook(webhookId, { signal }),
    enabled: webhookId.trim() !== '',
  });

export function useSoloWebhooks({ queryConfig }: WithQueryConfig<typeof soloWebhooksQuery> = {}) {
  return useQuery({ ...soloWebhooksQuery(), ...queryConfig });
}

export function useSoloWebhook(
  webhookId: string,
  { queryConfig }: WithQueryConfig<typeof soloWebhookQuery> = {},
) {
  return useQuery({ ...soloWebhookQuery(webhookId), ...queryConfig });
}

export function useCreateSoloWebhook({
  mutationConfig,
}: WithMutationConfig<SoloWebhookWithKey, SoloWebhookRequest> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (request: SoloWebhookRequest) => createSoloWebhook(request),
        onSuccess: () => queryClient.invalidateQueries({ queryKey: soloKeys.webhooks() }),
      },
      mutationConfig,
    ),
  );
}

type UpdateWebhookArgs = { webhookId: string; request: SoloWebhookRequest };

export function useUpdateSoloWebhook({
  mutationConfig,
}: WithMutationConfig<SoloWebhook, UpdateWebhookArgs> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (params: UpdateWebhookArgs) => updateSoloWebhook(params.webhookId, params.request),
        onSuccess: () => queryClient.invalidateQueries({ queryKey: soloKeys.webhooks() }),
      },
      mutationConfig,
    ),
  );
}

export function useDeleteSoloWebhook({ mutationConfig }: WithMutationConfig<void, string> = {}) {
  const queryClient = useQueryClient();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: (webhookId: string) => deleteSoloWebhook(webhookId),
        onSuccess: (_nothing, webhookId) => {
          queryClient.removeQueries({ queryKey: soloKeys.webhook(webhookId) });
          return queryClient.invalidateQueries({ queryKey: soloKeys.webhookList() });
        },
      },
      mutationConfig,
    ),
  );
}
