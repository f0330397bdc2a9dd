import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n, loadNamespaces } from '@/i18n';
import type { LocationRef } from '@/lib/scheduling/location-zones';
import { stubMatchMedia } from '@/test/mantine.test-helpers';
import { useZonedTimeCheck, ZonedTimeFields } from './ZonedTimeFields';
import { setLocationZone } from './zone-settings';

beforeAll(async () => {
  stubMatchMedia();
  await initI18n('en');
  await loadNamespaces('schedule');
});

const facility: LocationRef = { kind: 'eden-facility', id: 'FACILITY_01' };

function Fields({ date, time }: { date: string; time: string }) {
  const zoned = useZonedTimeCheck(date, time, facility);
  return (
    <MantineProvider>
      <ZonedTimeFields zoned={zoned} locationName="Clínica Centro">
        <span>inputs</span>
      </ZonedTimeFields>
      <output data-testid="problem">{zoned.problem ?? 'none'}</output>
    </MantineProvider>
  );
}

describe('ZonedTimeFields', () => {
  it('says what a facility time means, in the facility’s zone and the user’s', () => {
    render(<Fields date="2026-11-20" time="09:30:00" />);
    expect(screen.getByTestId('location-zone')).toHaveTextContent('Times in America/Mexico_City (CST)');
    expect(screen.getByTestId('zoned-time-meaning')).toHaveTextContent(
      'Friday, November 20, 2026, 09:30 AM CST',
    );
    expect(screen.getByTestId('problem')).toHaveTextContent('none');
  });

  it('refuses a time the clocks skip once the facility’s zone has daylight saving', () => {
    setLocationZone(facility, 'America/Tijuana');
    render(<Fields date="2027-03-14" time="02:30:00" />);
    expect(screen.getByTestId('zoned-time-problem')).toHaveTextContent(
      '02:30 does not exist on Sunday, March 14, 2027 in America/Tijuana: the clocks go forward from 02:00 to 03:00.',
    );
    expect(screen.getByTestId('problem')).not.toHaveTextContent('none');
    setLocationZone(facility, null);
  });

  it('refuses a time that happens twice, saying why Eden could not tell', () => {
    setLocationZone(facility, 'America/New_York');
    render(<Fields date="2026-11-01" time="01:30:00" />);
    expect(screen.getByTestId('zoned-time-problem')).toHaveTextContent('happens twice');
    expect(screen.getByTestId('zoned-time-problem')).toHaveTextContent('Eden keeps only the local time');
    setLocationZone(facility, null);
  });
});
