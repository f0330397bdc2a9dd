import type { SessionEndReason } from '../errors';

/**
 * Whether a Scan.com user is active in this tab, as a store for `useSyncExternalStore`. Only the client
 * (./client.ts) publishes to it, and it never holds the tokens. Kept apart from the client and its schemas:
 * a page that only needs to know whether Scan.com can be asked (the all-orders worklist's notice) draws
 * without waiting for them.
 */
export interface ScanSessionSnapshot {
  active: boolean;
  /** Epoch ms when the current access token expires; null without a session. */
  expiresAt: number | null;
  /** False after a renewal whose answer was lost: the session ends when its access token does. */
  renewable: boolean;
  /** Why the last session ended on its own (not by `endScanSession`); null while one is active or none began. */
  endedBecause: Exclude<SessionEndReason, 'missing'> | null;
  /**
   * Which session (user) this is: a number of this tab's own, new for every user created here and kept
   * across token renewals; null without a session. For query keys of the user's data (never a token).
   */
  sessionId: number | null;
}

const listeners = new Set<() => void>();
let snapshot: ScanSessionSnapshot = {
  active: false,
  expiresAt: null,
  renewable: false,
  endedBecause: null,
  sessionId: null,
};

/** For the client only: the session's new state, told to every subscriber. */
export function publishScanSession(next: ScanSessionSnapshot): void {
  snapshot = next;
  for (const listener of listeners) listener();
}

/** For `useSyncExternalStore`: whether a Scan.com user is active, never the tokens themselves. */
export function subscribeScanSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export function getScanSessionSnapshot(): ScanSessionSnapshot {
  return snapshot;
}
