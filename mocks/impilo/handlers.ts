import type { RequestHandler } from 'msw';

/** impilo mock handlers (paths under `/api/impilo`). */
export const impiloHandlers: RequestHandler[] = [];
