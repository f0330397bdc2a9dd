import { createVendorClient } from '../http';
import { parseSoloError } from './errors';

/** The Solo client. The `Api-Key` header is added by the proxy (live), never by the browser. */
export const soloClient = createVendorClient({ vendor: 'solo', parseError: parseSoloError });
