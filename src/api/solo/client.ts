import { z } from 'zod';
import { createVendorClient, type VendorErrorParser } from '../http';

/**
 * Solo answers errors as `{ "error": { "message": "…" } }`, except the request-assistance endpoints,
 * which answer `{ "message": "…" }`. Both become a VendorError carrying that message.
 */
const soloErrorBody = z.union([
  z.object({ error: z.object({ message: z.string() }) }).transform((b) => b.error.message),
  z.object({ message: z.string() }).transform((b) => b.message),
]);

export const parseSoloError: VendorErrorParser = (status, body) => {
  const parsed = soloErrorBody.safeParse(body);
  return {
    message: parsed.success ? parsed.data : typeof body === 'string' && body ? body : `HTTP ${status}`,
  };
};

export const soloClient = createVendorClient({ vendor: 'solo', parseError: parseSoloError });
