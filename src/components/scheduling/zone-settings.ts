import { useCallback, useSyncExternalStore } from 'react';
import {
  cleanZoneSettings,
  type LocationRef,
  locationKey,
  type ResolvedZone,
  resolveLocationZone,
  type ZoneSettings,
} from '@/lib/scheduling/location-zones';
import { browserTimeZone } from '@/lib/scheduling/zones';

/**
 * The location → time zone settings (src/lib/scheduling/location-zones.ts), kept in localStorage: a zone
 * name per location, no patient data. Shared by every page that shows or takes a location's time (the
 * schedule and the Eden order form), and kept in step across tabs. A gateway can later persist it.
 */
const STORAGE_KEY = 'console.location-zones';

let cached: ZoneSettings | null = null;
const listeners = new Set<() => void>();

function read(): ZoneSettings {
  if (cached) return cached;
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    cached = cleanZoneSettings(raw ? JSON.parse(raw) : {});
  } catch {
    cached = {};
  }
  return cached;
}

function write(next: ZoneSettings): void {
  cached = next;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage full or blocked: the setting holds for this page only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    cached = null;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Sets (or, with null, forgets) the zone of a location. */
export function setLocationZone(location: LocationRef, timeZone: string | null): void {
  const { [locationKey(location)]: _old, ...rest } = read();
  write(timeZone ? { ...rest, [locationKey(location)]: timeZone } : rest);
}

export function useZoneSettings(): ZoneSettings {
  return useSyncExternalStore(subscribe, read, read);
}

/** The zone of a location and a setter; `location` undefined → the browser's zone. */
export function useLocationZone(
  location: LocationRef | undefined,
  vendorHint?: string | null,
): ResolvedZone & { set: (timeZone: string | null) => void } {
  const settings = useZoneSettings();
  const resolved = location
    ? resolveLocationZone(location, settings, browserTimeZone(), vendorHint)
    : { timeZone: browserTimeZone(), source: 'browser' as const };
  const set = useCallback(
    (timeZone: string | null) => {
      if (location) setLocationZone(location, timeZone);
    },
    [location],
  );
  return { ...resolved, set };
}

/** The zone of a location as now set, outside React (a form's validation on submit). */
export function currentLocationZone(location: LocationRef, vendorHint?: string | null): ResolvedZone {
  return resolveLocationZone(location, read(), browserTimeZone(), vendorHint);
}
