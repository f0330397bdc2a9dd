import type { InputIssue } from '@/api/errors';
import { checkLocalTime } from '@/lib/scheduling/local-time';
import type { LocationRef } from '@/lib/scheduling/location-zones';
import { currentLocationZone } from './zone-settings';

/**
 * The form-validation side of `<ZonedTimeFields>`: a wall-clock date and time at a location, refused when
 * the location's zone (as now set) skips it or has it twice at a clock change, since a vendor that keeps
 * only the local time (Eden) could not tell which instant is meant. Answers the issue on `path`, or null
 * (also when the date or time is empty or malformed: the form's own checks say so).
 */
export function zonedTimeIssue(
  path: string,
  location: LocationRef | undefined,
  date: string,
  time: string,
): InputIssue | null {
  if (!location) return null;
  const { timeZone } = currentLocationZone(location);
  const check = checkLocalTime(date.trim(), time.trim(), timeZone);
  if (check.kind === 'nonexistent')
    return {
      path,
      message: 'validation.localTimeSkipped',
      params: { zone: timeZone, from: check.gapFrom, to: check.gapTo },
    };
  if (check.kind === 'ambiguous')
    return {
      path,
      message: 'validation.localTimeTwice',
      params: { zone: timeZone, from: check.repeatFrom, to: check.repeatTo },
    };
  return null;
}
