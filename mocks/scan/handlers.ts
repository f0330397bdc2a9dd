import type { RequestHandler } from 'msw';

/** scan mock handlers (paths under `/api/scan`). */
export const scanHandlers: RequestHandler[] = [];
