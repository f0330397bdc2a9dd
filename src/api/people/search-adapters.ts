/**
 * Everything the search needs that carries vendor schemas (zod) or vendor clients, in one chunk the search
 * page loads with a dynamic import right after its first paint (`loadSearchAdapters` in ./search-queries.ts).
 */

export { scanReferralsQuery } from '../scan/queries';
export { getScanSessionSnapshot, subscribeScanSession } from '../scan/session';
export { streamVendorSearch } from './search-run';
