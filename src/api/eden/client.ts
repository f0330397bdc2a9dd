import { createVendorClient } from '../http';
import { parseEdenError } from './errors';

/** The Eden client. The `Authorization` header is added by the proxy (live), never by the browser. */
export const edenClient = createVendorClient({ vendor: 'eden', parseError: parseEdenError });
