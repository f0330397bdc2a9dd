import { z } from 'zod';
import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { startScanSession } from './client';
import { scanEndpoints } from './endpoints';

/**
 * `POST /api/v1/users`. The reference lists five strings (three required) and a boolean "If true, we will
 * send marketing emails to this user" defaulting to false. ASSUMED names: first_name, last_name, email
 * (required), phone (optional), and `marketing_opt_in`.
 */
export const scanCreateUserSchema = z.object({
  first_name: z.string().trim().min(1).max(255),
  last_name: z.string().trim().min(1).max(255),
  email: z.email(),
  phone: z.string().trim().min(1).max(50).optional(),
  marketing_opt_in: z.boolean().default(false),
});
export type ScanCreateUserInput = z.input<typeof scanCreateUserSchema>;

/** Creates the user and starts its session (tokens stay in ./client). Resolves with the expiry only. */
export async function createScanUser(input: ScanCreateUserInput, options: CallOptions = {}) {
  const body = parseInput('scan', scanEndpoints.createUser.name, scanCreateUserSchema, input);
  return startScanSession(body, options);
}
