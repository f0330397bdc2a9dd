import type { RequestHandler } from 'msw';

/** Attachments, documents, reports, perfect answer, webhooks, assistance requests. */
export const soloIntegrationHandlers: RequestHandler[] = [];
