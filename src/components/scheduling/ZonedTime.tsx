import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  browserTimeZone,
  formatLongDay,
  formatZonedTime,
  localDayOf,
  sameWallClock,
} from '@/lib/scheduling/zones';

interface ZonedTimeProps {
  /** Epoch milliseconds. */
  at: number;
  /** The location's zone. */
  timeZone: string;
  /** Write the local day in full before the time. */
  withDay?: boolean;
  /** The user's own time on a line of its own (otherwise after a middle dot). */
  stacked?: boolean;
  size?: 'xs' | 'sm' | 'md';
}

/** The location's day and time with its zone, e.g. "09:30 GMT", and the user's own time when it differs. */
export function formatZonedMoment(at: number, timeZone: string, locale: string, withDay = false): string {
  const time = formatZonedTime(at, timeZone, locale);
  return withDay ? `${formatLongDay(localDayOf(at, timeZone), locale)}, ${time}` : time;
}

/** The user's own time at `at`, or null when their clock shows the same as the location's. */
export function viewerTime(at: number, timeZone: string, locale: string): string | null {
  const own = browserTimeZone();
  if (sameWallClock(at, timeZone, own)) return null;
  const day =
    localDayOf(at, own) === localDayOf(at, timeZone) ? null : formatLongDay(localDayOf(at, own), locale);
  const time = formatZonedTime(at, own, locale);
  return day ? `${day}, ${time}` : time;
}

/** "Monday, 2 November 2026, 09:30 EST · 15:30 CET your time". */
export function ZonedTime({ at, timeZone, withDay = false, stacked = false, size = 'sm' }: ZonedTimeProps) {
  const { t, i18n } = useTranslation('schedule');
  const locale = i18n.language;
  const own = viewerTime(at, timeZone, locale);
  const main = formatZonedMoment(at, timeZone, locale, withDay);
  if (stacked) {
    return (
      <span>
        <Text span size={size} fw={600} display="block">
          {main}
        </Text>
        {own && (
          <Text span size="xs" c="dimmed" display="block">
            {t('zone.yourTime', { time: own })}
          </Text>
        )}
      </span>
    );
  }
  return (
    <Text span size={size}>
      {main}
      {own && (
        <Text span size="xs" c="dimmed">
          {' · '}
          {t('zone.yourTime', { time: own })}
        </Text>
      )}
    </Text>
  );
}
