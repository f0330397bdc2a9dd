import { type GatewayShareRow, recordGatewayShare } from '@/api/gateway/shares';
import { localToInstant } from '@/lib/mappings/datetime';
import { addIsoDays, userTimeZone } from './share-expiry';
import type { ShareRecipient, ShareRecord } from './share-register';

/**
 * Behind the gateway, each share the console makes is also written to the gateway's share register
 * (`POST /api/gateway/shares`, one row per recipient) for the audit trail; the tab's own register stays
 * what the user sees. Loaded on the first share (./use-share-register.ts), never with the first route.
 *
 * - `item`: the kind and the vendor's ids of what was shared (no names; the folder's name is left out too).
 * - `patientKey`: the first patient's vendor id, prefixed with the vendor (`postdicom:…`), or null.
 * - `expiresAt`: the end of the last day of access in the user's zone (the day is inclusive), or null.
 * - the second address that gets the password is not a recipient of the share: no row of its own.
 */
/** Writes one share's rows; a failed row is tried once more (the rows before it are not sent again). */
export async function copyShareToGateway(record: ShareRecord): Promise<void> {
  for (const row of gatewayShareRows(record, userTimeZone()))
    await recordGatewayShare(row).catch(() => recordGatewayShare(row));
}

/** Pure: the rows of one share. */
export function gatewayShareRows(record: ShareRecord, timeZone: string): GatewayShareRow[] {
  const item = `${record.kind}:${record.target.ids.join(',')}`.slice(0, 200);
  const patientId = record.subjects.find((s) => s.patientId?.trim())?.patientId?.trim();
  const base = {
    vendor: record.vendor,
    patientKey: patientId ? `${record.vendor}:${patientId}`.slice(0, 200) : null,
    item,
    expiresAt: record.expiresOn ? endOfDay(record.expiresOn, timeZone) : null,
  };
  const rows = record.recipients
    .filter((r) => r.kind !== 'password-email')
    .map((r): GatewayShareRow => ({ ...base, ...rowKind(r) }));
  return rows.length > 0 ? rows : [{ ...base, kind: 'link', recipient: null }];
}

function rowKind(recipient: ShareRecipient): Pick<GatewayShareRow, 'kind' | 'recipient'> {
  const label = recipient.label.trim() || null;
  switch (recipient.kind) {
    case 'email':
      return { kind: 'email', recipient: label };
    case 'user':
      return { kind: 'account-user', recipient: label };
    case 'group':
      return { kind: 'account-group', recipient: label };
    default:
      // A link: whoever the user hands it to (the provider, the patient, anyone).
      return { kind: 'link', recipient: null };
  }
}

/** The first instant after `isoDay` in `timeZone` (midnight, or the first minute after a gap). */
function endOfDay(isoDay: string, timeZone: string): string | null {
  const next = addIsoDays(isoDay, 1);
  for (const time of ['00:00:00', '01:00:00']) {
    try {
      return localToInstant({ date: next, time }, timeZone, { ambiguous: 'earlier' }).toISOString();
    } catch {
      // Midnight does not exist on that day in that zone (a spring-forward at 00:00): one hour later.
    }
  }
  return null;
}
