import type { SoloAppointmentStatus } from '@/api/solo/appointments';

/**
 * The documented appointment status flow. The front desk only cancels and reschedules; the other states are
 * set by the Solo platform as the visit goes on and arrive by polling (or the gateway's events).
 */
export const SOLO_STATUS_FLOW: readonly SoloAppointmentStatus[] = [
  'scheduled',
  'arrived',
  'in progress.intake.ready',
  'in progress.intake.progress',
  'in progress.exam.ready',
  'in progress.exam.progress',
  'discharge.ready',
  'discharge.progress',
  'completed',
  'sign off',
];

export const SOLO_FINISHED_STATUSES: readonly SoloAppointmentStatus[] = [
  'completed',
  'sign off',
  'cancelled',
  'not showed up',
];

/** The translation key part of a status: `in progress.intake.ready` → `inProgressIntakeReady`. */
export function statusKey(status: SoloAppointmentStatus): string {
  return status
    .split(/[ .]/)
    .map((word, index) => (index === 0 ? word : `${word.charAt(0).toUpperCase()}${word.slice(1)}`))
    .join('');
}

export const canReschedule = (status: SoloAppointmentStatus) => status === 'scheduled';
export const canCancel = (status: SoloAppointmentStatus) => !SOLO_FINISHED_STATUSES.includes(status);

/** Where a status is on the flow: its step (0-based), or null for the side exits (cancelled, no-show). */
export function flowStep(status: SoloAppointmentStatus): number | null {
  const index = SOLO_STATUS_FLOW.indexOf(status);
  return index === -1 ? null : index;
}

/** A colour per phase of the visit (theme colours, filled badges pass contrast). */
export function statusColor(status: SoloAppointmentStatus): string {
  // White text on a filled badge: shades that keep AA contrast in both schemes (teal and orange at the
  // theme's shade 8 do not), the colours of the all-orders worklist's console statuses.
  if (status === 'cancelled') return 'gray.8';
  if (status === 'not showed up') return 'red.9';
  if (status === 'completed' || status === 'sign off') return 'teal.9';
  if (status === 'scheduled') return 'indigo';
  return 'violet.9';
}
