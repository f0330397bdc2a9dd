import { describe, expect, it } from 'vitest';
import { soloAppointmentStatuses } from './care-records';
import { canChangeStatus, isFinished, statusEvents, videoCallEvents } from './care-workflow';

describe('appointment status workflow', () => {
  it('moves forward along the documented list and never back', () => {
    expect(canChangeStatus('scheduled', 'arrived')).toBe(true);
    expect(canChangeStatus('arrived', 'in progress.exam.ready')).toBe(true);
    expect(canChangeStatus('discharge.progress', 'completed')).toBe(true);
    expect(canChangeStatus('completed', 'sign off')).toBe(true);
    expect(canChangeStatus('in progress.exam.ready', 'arrived')).toBe(false);
    expect(canChangeStatus('scheduled', 'scheduled')).toBe(false);
  });

  it('cancels only unfinished visits; no-show only before the visit starts', () => {
    for (const from of soloAppointmentStatuses) {
      expect(canChangeStatus(from, 'cancelled')).toBe(!isFinished(from));
      expect(canChangeStatus(from, 'not showed up')).toBe(from === 'scheduled' || from === 'arrived');
    }
  });

  it('finished visits change no more (except completed → sign off)', () => {
    for (const from of ['sign off', 'cancelled', 'not showed up'] as const) {
      for (const to of soloAppointmentStatuses) expect(canChangeStatus(from, to)).toBe(false);
    }
  });

  it('maps statuses to webhook events', () => {
    expect(statusEvents).toEqual({
      cancelled: 'appointment:cancelled',
      completed: 'appointment:completed',
      'not showed up': 'appointment:no-show',
    });
    expect(videoCallEvents).toEqual({ LWBS: 'appointment:lwbs', incomplete: 'appointment:incompleted' });
  });
});
