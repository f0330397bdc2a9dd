import { describe, expect, it } from 'vitest';
import { readScheduleParams, writeScheduleParams } from './schedule-params';
import { canCancel, canReschedule, flowStep, statusKey } from './status-flow';

describe('schedule address', () => {
  it('reads what it writes, and drops what is not valid', () => {
    const params = readScheduleParams(
      new URLSearchParams(
        'room=Imaging%20Results%20London&duration=1200&view=day&day=2026-10-25&slot=1792900800&patient=solo.spid%3A100002&reschedule=3110001',
      ),
    );
    expect(params).toEqual({
      room: 'Imaging Results London',
      duration: 1200,
      view: 'day',
      day: '2026-10-25',
      slot: 1_792_900_800,
      patient: 'solo.spid:100002',
      reschedule: 3_110_001,
    });
    expect(readScheduleParams(new URLSearchParams(writeScheduleParams(params, {})))).toEqual(params);
    expect(readScheduleParams(new URLSearchParams('view=month&day=2026-02-30&duration=-5&slot=abc'))).toEqual(
      {
        room: null,
        duration: null,
        view: null,
        day: null,
        slot: null,
        patient: null,
        reschedule: null,
      },
    );
    expect(writeScheduleParams(params, { slot: null, reschedule: null, patient: null })).toBe(
      '?room=Imaging+Results+London&duration=1200&view=day&day=2026-10-25',
    );
  });
});

describe('status flow', () => {
  it('names each status for translation and places it on the flow', () => {
    expect(statusKey('in progress.intake.ready')).toBe('inProgressIntakeReady');
    expect(statusKey('not showed up')).toBe('notShowedUp');
    expect(statusKey('sign off')).toBe('signOff');
    expect(flowStep('scheduled')).toBe(0);
    expect(flowStep('sign off')).toBe(9);
    expect(flowStep('cancelled')).toBeNull();
  });
  it('lets the desk reschedule only a scheduled visit and cancel an unfinished one', () => {
    expect(canReschedule('scheduled')).toBe(true);
    expect(canReschedule('arrived')).toBe(false);
    expect(canCancel('in progress.exam.ready')).toBe(true);
    expect(canCancel('completed')).toBe(false);
    expect(canCancel('cancelled')).toBe(false);
  });
});
