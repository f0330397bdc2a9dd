import type { RequestHandler } from 'msw';
import { edenHandlers } from './eden/handlers';
import { createFaultHandler } from './faults';
import { impiloHandlers } from './impilo/handlers';
import { postDicomConfigHandlers } from './postdicom/config';
import { scanHandlers } from './scan/handlers';
import { soloHandlers } from './solo/handlers';

/**
 * Every vendor's handlers. PostDICOM is a browser library, simulated in ./postdicom, not over HTTP; only the
 * server's `GET /api/postdicom/config` (the library's keys) is answered here.
 */
export const vendorHandlers: RequestHandler[] = [
  ...edenHandlers,
  ...soloHandlers,
  ...scanHandlers,
  ...impiloHandlers,
  ...postDicomConfigHandlers,
];

/** The one handler set, for the browser worker and the Node server alike. Fault scenarios go first. */
export const handlers: RequestHandler[] = [createFaultHandler(vendorHandlers), ...vendorHandlers];
