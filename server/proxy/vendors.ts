import { proxyHeadersFor } from '../../build/vendor-proxy';
import type { StaffRole } from '../auth/roles';
import type { VendorWithBase } from '../config';

/**
 * The vendors behind `/api/<vendor>/*`, one for one with the dev proxy (build/vendor-proxy.ts): the same
 * paths and the same credential headers, taken from the same rule (`proxyHeadersFor`). PostDICOM is a
 * browser library: the gateway only hands its keys over at `GET /api/postdicom/config`.
 */
export const proxiedVendors: readonly VendorWithBase[] = ['eden', 'solo', 'scan', 'impilo'];

export function credentialHeaders(
  vendor: VendorWithBase,
  env: Record<string, string | undefined>,
  method: string,
  vendorPath: string,
): Record<string, string> {
  return proxyHeadersFor(vendor, env, method, vendorPath);
}

/** Vendor paths that only admins may call: webhook settings and reports. */
const adminOnly: Record<VendorWithBase, RegExp[]> = {
  eden: [],
  solo: [/^\/qapi\/v1\/webhooks(\/|$)/, /^\/qapi\/v1\/reports\//, /^\/qapi\/v1\/encounter-report\//],
  scan: [],
  impilo: [/^\/api\/v3\/webhook(\/|$)/],
};

/**
 * Exceptions to `adminOnly`, for every signed-in role: the day agenda (`/schedule/agenda`, the schedulers'
 * and the front desk's page) reads a room's appointments from Solo's CSV data dump, Solo having no list of
 * appointments. The other reports (encounter reports) stay with admins.
 */
const staffReadable: Record<VendorWithBase, RegExp[]> = {
  eden: [],
  solo: [/^\/qapi\/v1\/reports\/csv-data-dump(\?|$)/],
  scan: [],
  impilo: [],
};

export function rolesFor(vendor: VendorWithBase, path: string, method = 'GET'): StaffRole[] | undefined {
  if (method === 'GET' && staffReadable[vendor].some((pattern) => pattern.test(path))) return undefined;
  return adminOnly[vendor].some((pattern) => pattern.test(path)) ? ['admin'] : undefined;
}

/** Vendors without a client-side idempotency key of their own: the gateway honours `Idempotency-Key`. */
export const idempotentVendors: ReadonlySet<VendorWithBase> = new Set(['solo', 'scan', 'impilo']);

/** An error body in the vendor's own shape, so the console's parsers read the gateway's refusals too. */
export function vendorErrorBody(vendor: VendorWithBase, message: string): unknown {
  switch (vendor) {
    case 'eden':
      return { detail: message };
    case 'solo':
      return { error: { message } };
    case 'scan':
      return { success: false, validation_errors: [], data: null, message };
    case 'impilo':
      return { message };
  }
}
