import type { RequestHandler } from 'msw';
import { soloAttachmentHandlers } from './integration-attachments';
import { soloDocumentHandlers } from './integration-documents';
import { soloPerfectAnswerHandlers } from './integration-perfect-answer';

/** Attachments, documents, reports, perfect answer, context links, webhooks, assistance requests. */
export const soloIntegrationHandlers: RequestHandler[] = [
  ...soloAttachmentHandlers,
  ...soloDocumentHandlers,
  ...soloPerfectAnswerHandlers,
];
