import { Alert, Stack, Text } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { checkLocalTime, type LocalTimeCheck } from '@/lib/scheduling/local-time';
import type { LocationRef } from '@/lib/scheduling/location-zones';
import { formatLongDay } from '@/lib/scheduling/zones';
import { LocationZoneControl } from './LocationZoneControl';
import { ZonedTime } from './ZonedTime';
import { useLocationZone } from './zone-settings';

/**
 * A date and a time entered on a location's wall clock, sent without a zone (Eden's appointment fields).
 * The inputs are the form's own (children); this adds the location's zone (seen and changeable), the
 * instant it means in the user's own time, and the check against the zone's clock changes: a time that
 * does not exist or happens twice is refused with a clear message (`problem`), which the form shows on
 * its time field and which blocks sending.
 *
 *   const zoned = useZonedTimeCheck(date, time, { kind: 'eden-facility', id: facility });
 *   <ZonedTimeFields zoned={zoned} locationName="Clínica Centro">{dateInput}{timeInput}</ZonedTimeFields>
 */

export interface ZonedTimeCheck {
  location: LocationRef | undefined;
  timeZone: string;
  check: LocalTimeCheck;
  /** The translated refusal, or null when the time can be sent. */
  problem: string | null;
}

export function useZonedTimeCheck(
  date: string,
  time: string,
  location: LocationRef | undefined,
  vendorHint?: string | null,
): ZonedTimeCheck {
  const { t, i18n } = useTranslation('schedule');
  const zone = useLocationZone(location, vendorHint);
  const check = location ? checkLocalTime(date, time, zone.timeZone) : ({ kind: 'empty' } as const);
  const day =
    date && check.kind !== 'empty' && check.kind !== 'invalid' ? formatLongDay(date, i18n.language) : '';
  const shown = time.slice(0, 5);
  let problem: string | null = null;
  if (check.kind === 'nonexistent') {
    problem = t('zonedFields.nonexistent', {
      time: shown,
      day,
      zone: zone.timeZone,
      from: check.gapFrom,
      to: check.gapTo,
    });
  } else if (check.kind === 'ambiguous') {
    problem = t('zonedFields.ambiguous', {
      time: shown,
      day,
      zone: zone.timeZone,
      from: check.repeatFrom,
      to: check.repeatTo,
    });
  }
  return { location, timeZone: zone.timeZone, check, problem };
}

interface ZonedTimeFieldsProps {
  zoned: ZonedTimeCheck;
  /** The location's name as users know it (facility name). */
  locationName?: string;
  vendorHint?: string | null;
  /** The form's date and time inputs. */
  children: ReactNode;
}

export function ZonedTimeFields({ zoned, locationName, vendorHint, children }: ZonedTimeFieldsProps) {
  const { t } = useTranslation('schedule');
  const { check, location, timeZone } = zoned;
  return (
    <Stack gap="xs" data-testid="zoned-time-fields">
      {children}
      {location ? (
        <LocationZoneControl
          location={location}
          name={locationName ?? location.id}
          vendorHint={vendorHint}
          at={check.kind === 'ok' ? check.instant : undefined}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('zonedFields.chooseLocation')}
        </Text>
      )}
      {check.kind === 'ok' && (
        <Text size="sm" data-testid="zoned-time-meaning">
          {t('zonedFields.means')} <ZonedTime at={check.instant} timeZone={timeZone} withDay />
        </Text>
      )}
      {zoned.problem && (
        <Alert
          color="red"
          variant="light"
          icon={<IconClockExclamation aria-hidden />}
          data-testid="zoned-time-problem"
          role="alert"
        >
          {zoned.problem}
        </Alert>
      )}
    </Stack>
  );
}
