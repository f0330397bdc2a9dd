import type { RequestHandler } from 'msw';

/** solo mock handlers (paths under `/api/solo`). */
export const soloHandlers: RequestHandler[] = [];
