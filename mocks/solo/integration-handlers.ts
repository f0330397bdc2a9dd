import type { RequestHandler } from 'msw';
import { soloAttachmentHandlers } from './integration-attachments';

/** Attachments, documents, reports, perfect answer, context links, webhooks, assistance requests. */
export const soloIntegrationHandlers: RequestHandler[] = [...soloAttachmentHandlers];
