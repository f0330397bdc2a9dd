import type { RequestHandler } from 'msw';
import { soloCareHandlers } from './care-handlers';
import { soloIntegrationHandlers } from './integration-handlers';

/** Solo mock handlers (paths under `/api/solo`). */
export const soloHandlers: RequestHandler[] = [...soloCareHandlers, ...soloIntegrationHandlers];
