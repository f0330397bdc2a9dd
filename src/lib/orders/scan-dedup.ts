/**
 * Scan.com has no client key for a referral, so the console keeps a rule of its own to never create a
 * referral twice (a double click, a retry after a timeout, an answer lost after Scan.com processed it, a
 * reload mid-submit). Before a retry, the console reads the user's own referral list (Scan.com lets only
 * the creator read a referral) and takes a referral as the earlier attempt when ALL of these hold:
 * - same patient: the same date of birth, and the same first and last names (compared without case,
 *   accents or extra spaces) or the same email (without case);
 * - same modality, in Scan.com's spelling (`MRI`, `CT`, …);
 * - created after this attempt was first sent (minus `SCAN_DEDUP_CLOCK_SKEW_MS` for the two clocks), so an
 *   older referral of the same patient is never mistaken for it;
 * - created at most `SCAN_DEDUP_WINDOW_MS` (30 minutes) before now.
 * The newest such referral wins. The first send of an attempt is never held back by this rule.
 */

export const SCAN_DEDUP_WINDOW_MS = 30 * 60 * 1000;
export const SCAN_DEDUP_CLOCK_SKEW_MS = 2 * 60 * 1000;

export interface ScanDedupPatient {
  firstName: string;
  lastName: string;
  /** ISO `YYYY-MM-DD`. */
  dateOfBirth: string;
  email?: string | null;
}

export interface ScanReferralAttempt {
  patient: ScanDedupPatient;
  modality: string;
  /** When this attempt was first sent (epoch ms, the console's clock). */
  firstSentAt: number;
}

export interface ScanReferralSeen {
  id: string;
  patient: ScanDedupPatient;
  modality: string | null;
  /** ISO instant, Scan.com's clock. */
  createdAt: string;
}

const fold = (text: string | null | undefined) =>
  (text ?? '').normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();

export function sameScanPatient(a: ScanDedupPatient, b: ScanDedupPatient): boolean {
  if (!a.dateOfBirth || a.dateOfBirth !== b.dateOfBirth) return false;
  const names =
    fold(a.firstName) !== '' &&
    fold(a.firstName) === fold(b.firstName) &&
    fold(a.lastName) === fold(b.lastName);
  const email = fold(a.email) !== '' && fold(a.email) === fold(b.email);
  return names || email;
}

/** The id of the referral that is this attempt's earlier send, or null (see the rule above). */
export function findScanEarlierAttempt(
  attempt: ScanReferralAttempt,
  referrals: readonly ScanReferralSeen[],
  now: number,
): string | null {
  let best: { id: string; at: number } | null = null;
  for (const referral of referrals) {
    const at = Date.parse(referral.createdAt);
    if (Number.isNaN(at)) continue;
    if (referral.modality !== attempt.modality) continue;
    if (!sameScanPatient(attempt.patient, referral.patient)) continue;
    if (at < attempt.firstSentAt - SCAN_DEDUP_CLOCK_SKEW_MS) continue;
    if (now - at > SCAN_DEDUP_WINDOW_MS || at > now + SCAN_DEDUP_CLOCK_SKEW_MS) continue;
    if (!best || at > best.at) best = { id: referral.id, at };
  }
  return best?.id ?? null;
}
