import type { RequestHandler } from 'msw';
import { soloAssistanceHandlers } from './integration-assistance';
import { soloAttachmentHandlers } from './integration-attachments';
import { soloDocumentHandlers } from './integration-documents';
import { soloLinkingHandlers } from './integration-linking';
import { soloPerfectAnswerHandlers } from './integration-perfect-answer';
import { soloReportHandlers } from './integration-reports';
import { soloWebhookHandlers } from './webhooks';

/** Attachments, documents, reports, perfect answer, context links, webhooks, assistance requests. */
export const soloIntegrationHandlers: RequestHandler[] = [
  ...soloAttachmentHandlers,
  ...soloDocumentHandlers,
  ...soloPerfectAnswerHandlers,
  ...soloReportHandlers,
  ...soloLinkingHandlers,
  ...soloWebhookHandlers,
  ...soloAssistanceHandlers,
];
