import { z } from 'zod';
import { GatewayApiError } from './admin';

/**
 * The gateway's share register (`POST /api/gateway/shares`, server/api/routes.ts; table `share_register`):
 * one row per recipient of a share the console made, for the audit trail. The recipient is sealed on the
 * server; `item` and `patientKey` carry ids only, never a name.
 */
export const gatewayShareRowSchema = z.object({
  vendor: z.enum(['postdicom', 'solo']),
  patientKey: z.string().trim().min(1).max(200).nullable(),
  item: z.string().trim().min(1).max(200),
  kind: z.enum(['email', 'link', 'account-user', 'account-group']),
  recipient: z.string().trim().min(1).max(320).nullable(),
  expiresAt: z.iso.datetime({ offset: true }).nullable(),
});
export type GatewayShareRow = z.infer<typeof gatewayShareRowSchema>;

const answerSchema = z.object({ id: z.number() });

/** Records one row; the CSRF token is added by gateway mode's fetch (./session.ts). */
export async function recordGatewayShare(row: GatewayShareRow): Promise<number> {
  const body = gatewayShareRowSchema.parse(row);
  let response: Response;
  try {
    response = await fetch('/api/gateway/shares', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new GatewayApiError(0, 'network');
  }
  if (!response.ok) throw new GatewayApiError(response.status, `HTTP ${response.status}`);
  const parsed = answerSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new GatewayApiError(response.status, 'contract');
  return parsed.data.id;
}
