import { instantToLocal, isIsoDate, parseIsoDate } from '@/lib/mappings/datetime';

/**
 * Share expiry dates. PostDICOM takes an expiry as a calendar day (`YYYY-MM-DD`, no zone). ASSUMED: the
 * share stays open through that whole day, read in the user's own zone (the vendor does not say which
 * zone); "today" is always computed in the user's zone from an explicit instant, never `new Date()` here.
 */

/** The presets offered next to a custom date. */
export const SHARE_EXPIRY_PRESET_DAYS = [7, 30, 90] as const;
export type ShareExpiryPresetDays = (typeof SHARE_EXPIRY_PRESET_DAYS)[number];
/** The safe default: the shortest preset. */
export const DEFAULT_SHARE_EXPIRY_DAYS: ShareExpiryPresetDays = 7;
/** A share that ends within this many days (the expiry day included) is "about to expire". */
export const SHARE_EXPIRES_SOON_DAYS = 3;

/** The user's IANA zone (the browser's), e.g. `Europe/Madrid`. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The calendar day of `now` in `timeZone`: `YYYY-MM-DD`. */
export function isoDayIn(now: Date, timeZone: string = userTimeZone()): string {
  return instantToLocal(now, timeZone).date;
}

/** `YYYY-MM-DD` plus `days` calendar days (any sign). */
export function addIsoDays(isoDay: string, days: number): string {
  const { year, month, day } = parseIsoDate(isoDay);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
}

export type ShareExpiryState = 'none' | 'expired' | 'soon' | 'active';

export interface ShareExpiryStatus {
  state: ShareExpiryState;
  /** Days from today to the expiry day (0: it ends today; negative: it has ended). Null without expiry. */
  daysLeft: number | null;
}

/** Where a share stands on `today` (the user's calendar day). */
export function shareExpiryStatus(
  expiresOn: string | null,
  today: string,
  soonDays: number = SHARE_EXPIRES_SOON_DAYS,
): ShareExpiryStatus {
  if (!expiresOn) return { state: 'none', daysLeft: null };
  const daysLeft = daysBetween(today, expiresOn);
  if (daysLeft < 0) return { state: 'expired', daysLeft };
  if (daysLeft < soonDays) return { state: 'soon', daysLeft };
  return { state: 'active', daysLeft };
}

/** "today", "tomorrow", "in 3 days", "2 days ago" (Intl, in the user's language). */
export function formatRelativeDays(days: number, locale: string): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
}

/** Whether `value` is a real `YYYY-MM-DD` day that is not before `today`. */
export function isUsableExpiry(value: string, today: string): boolean {
  return isIsoDate(value) && value >= today;
}

/** How the user chose the expiry: a preset, a day of their own, or (where the vendor allows) none. */
export type ShareExpiryChoice = `${ShareExpiryPresetDays}` | 'date' | 'none';

/** The expiry day a choice gives on `today`; null for "none". A custom day is returned as typed. */
export function resolveShareExpiry(
  choice: ShareExpiryChoice,
  customDate: string,
  today: string,
): string | null {
  if (choice === 'none') return null;
  if (choice === 'date') return customDate.trim();
  return addIsoDays(today, Number(choice));
}
