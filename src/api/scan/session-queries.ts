import { useSyncExternalStore } from 'react';
import { getScanSessionSnapshot, type ScanSessionSnapshot, subscribeScanSession } from './session';

/**
 * Whether a Scan.com user is active in this tab (never exposes the tokens). Apart from ./queries.ts, which
 * re-exports it, so that a page can know without loading Scan.com's endpoint groups and their schemas.
 */
export function useScanSession(): ScanSessionSnapshot {
  return useSyncExternalStore(subscribeScanSession, getScanSessionSnapshot, getScanSessionSnapshot);
}
