import { afterEach, describe, expect, it } from 'vitest';
import { setLocationZone } from './zone-settings';
import { zonedTimeIssue } from './zoned-time-issue';

/** The timeZone the check reads is the facility's setting (or default), never the machine's TZ. */
const facility = { kind: 'eden-facility', id: 'FACILITY_01' } as const;

afterEach(() => {
  setLocationZone(facility, null);
  localStorage.clear();
});

describe('zonedTimeIssue (Eden appointment time on the facility clock)', () => {
  it('lets any time through in a zone without clock changes (the seeded default, Mexico City)', () => {
    expect(zonedTimeIssue('appointment_time', facility, '2027-03-14', '02:30:00')).toBeNull();
    expect(zonedTimeIssue('appointment_time', facility, '2027-11-07', '01:30:00')).toBeNull();
  });

  it('refuses a skipped and a doubled time in the zone the user set, naming the zone and the change', () => {
    setLocationZone(facility, 'America/New_York');
    expect(zonedTimeIssue('appointment_time', facility, '2027-03-14', '02:30:00')).toEqual({
      path: 'appointment_time',
      message: 'validation.localTimeSkipped',
      params: { zone: 'America/New_York', from: '02:00', to: '03:00' },
    });
    expect(zonedTimeIssue('appointment_time', facility, '2027-11-07', '01:30')).toEqual({
      path: 'appointment_time',
      message: 'validation.localTimeTwice',
      params: { zone: 'America/New_York', from: '01:00', to: '02:00' },
    });
    // The hours around the change are fine.
    expect(zonedTimeIssue('appointment_time', facility, '2027-03-14', '03:00:00')).toBeNull();
    expect(zonedTimeIssue('appointment_time', facility, '2027-11-07', '02:00:00')).toBeNull();
  });

  it('says nothing without a facility, a date or a valid time (other checks do)', () => {
    setLocationZone(facility, 'America/New_York');
    expect(zonedTimeIssue('appointment_time', undefined, '2027-03-14', '02:30:00')).toBeNull();
    expect(zonedTimeIssue('appointment_time', facility, '', '02:30:00')).toBeNull();
    expect(zonedTimeIssue('appointment_time', facility, '2027-03-14', '2:3')).toBeNull();
  });
});
