import { useSyncExternalStore } from 'react';
import type { SearchVendor } from '@/api/people/search-plan';

/**
 * Recently opened patients: in this tab's memory only, never in any storage, and cleared by the idle lock
 * (src/app/idle-lock calls `clearRecentPatients`) together with the query cache. Newest first, at most 10.
 */
export interface RecentPatient {
  /** The patient key (ids only). */
  key: string;
  /** The name as shown when it was opened. */
  name: string;
  birthDate: string | null;
  sources: SearchVendor[];
}

export const MAX_RECENT_PATIENTS = 10;

let recent: readonly RecentPatient[] = [];
const listeners = new Set<() => void>();

function set(next: readonly RecentPatient[]) {
  recent = next;
  for (const listener of listeners) listener();
}

export function rememberRecentPatient(patient: RecentPatient): void {
  set([patient, ...recent.filter((known) => known.key !== patient.key)].slice(0, MAX_RECENT_PATIENTS));
}

export function clearRecentPatients(): void {
  if (recent.length) set([]);
}

export function getRecentPatients(): readonly RecentPatient[] {
  return recent;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useRecentPatients(): readonly RecentPatient[] {
  return useSyncExternalStore(subscribe, getRecentPatients);
}
