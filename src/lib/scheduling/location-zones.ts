import { isValidTimeZone } from '@/lib/mappings/datetime';

/**
 * Which IANA zone each location keeps its clock in. Neither Solo (waiting rooms) nor Eden (facilities) says:
 * the console keeps a setting per location that the user can see and change, with defaults for the known
 * (seeded) locations. A zone is not patient data.
 */

export type LocationKind = 'solo-room' | 'eden-facility';

export interface LocationRef {
  kind: LocationKind;
  /** Solo: the waiting room's name (what appointments and slots name it by). Eden: `facility_identifier`. */
  id: string;
}

export type ZoneSettings = Readonly<Record<string, string>>;

export type ZoneSource = 'setting' | 'default' | 'vendor' | 'browser';

export interface ResolvedZone {
  timeZone: string;
  /** Where it came from: the user's setting, the console's default, the vendor's hint, or the browser (unknown). */
  source: ZoneSource;
}

export const locationKey = (location: LocationRef) => `${location.kind}:${location.id}`;

/** The seeded locations' zones (the mock back ends' waiting rooms and facilities). */
export const DEFAULT_LOCATION_ZONES: ZoneSettings = {
  'solo-room:Radiology Front Desk New York': 'America/New_York',
  'solo-room:Imaging Results London': 'Europe/London',
  'solo-room:Teleradiología Ciudad de México': 'America/Mexico_City',
  'eden-facility:FACILITY_01': 'America/Mexico_City',
  'eden-facility:FACILITY_02': 'America/Monterrey',
};

/**
 * The zone of a location: the user's setting, else the default, else a zone the vendor hinted at, else the
 * browser's own zone (flagged `browser`, so the page can say the zone is not known).
 */
export function resolveLocationZone(
  location: LocationRef,
  settings: ZoneSettings,
  browserZone: string,
  vendorHint?: string | null,
): ResolvedZone {
  const key = locationKey(location);
  const setting = settings[key];
  if (setting && isValidTimeZone(setting)) return { timeZone: setting, source: 'setting' };
  const fallback = DEFAULT_LOCATION_ZONES[key];
  if (fallback) return { timeZone: fallback, source: 'default' };
  if (vendorHint && isValidTimeZone(vendorHint)) return { timeZone: vendorHint, source: 'vendor' };
  return { timeZone: browserZone, source: 'browser' };
}

/** Keeps only entries whose value is a zone this runtime knows (a stored setting may be stale or edited). */
export function cleanZoneSettings(value: unknown): ZoneSettings {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, string> = {};
  for (const [key, zone] of Object.entries(value)) {
    if (/^(solo-room|eden-facility):.+/.test(key) && typeof zone === 'string' && isValidTimeZone(zone)) {
      out[key] = zone;
    }
  }
  return out;
}

/** Every IANA zone the runtime knows, for a picker (UTC first). */
export function knownTimeZones(): string[] {
  const supported =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return ['UTC', ...supported.filter((zone) => zone !== 'UTC')];
}
