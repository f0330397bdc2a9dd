import { d as streamVendorSearch, ut as scanReferralsQuery } from "./search-Bd_rEMYc.js";
import { r as subscribeScanSession, t as getScanSessionSnapshot } from "./session-tZkRHlO9.js";
export { getScanSessionSnapshot, scanReferralsQuery, streamVendorSearch, subscribeScanSession };
