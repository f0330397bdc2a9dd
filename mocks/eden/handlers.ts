import type { RequestHandler } from 'msw';

/** eden mock handlers (paths under `/api/eden`). */
export const edenHandlers: RequestHandler[] = [];
