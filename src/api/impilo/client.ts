import { createVendorClient } from '../http';
import { parseImpiloError } from './errors';

/** The Impilo client. The `Impilo-API-Key` header is added by the proxy (live) — never by the browser. */
export const impiloClient = createVendorClient({ vendor: 'impilo', parseError: parseImpiloError });
