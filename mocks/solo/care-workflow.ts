import { getSoloAppointment, soloCareStore } from './care-db';
import {
  type SoloMockAppointment,
  type SoloMockAppointmentStatus,
  type SoloMockVideoCallStatus,
  soloAppointmentStatuses,
} from './care-records';
import { emitSoloWebhook, type SoloWebhookEvent } from './webhook-bus';

/**
 * The appointment status workflow of the mock: which changes of the documented status list are allowed, and
 * which webhook event each change raises. Through the API a caller may only cancel (and reschedule); the
 * other changes are made by the Solo platform (providers at work), which `advanceSoloAppointment` simulates
 * for tests and QA.
 */

/** The forward progression of a visit, in the documented order. */
const progression = soloAppointmentStatuses.slice(0, 10) as readonly SoloMockAppointmentStatus[];
const finished: readonly SoloMockAppointmentStatus[] = [
  'completed',
  'sign off',
  'cancelled',
  'not showed up',
];

export function isFinished(status: SoloMockAppointmentStatus): boolean {
  return finished.includes(status);
}

/** Whether `from` → `to` is an allowed change of the documented list. */
export function canChangeStatus(from: SoloMockAppointmentStatus, to: SoloMockAppointmentStatus): boolean {
  if (from === to) return false;
  if (to === 'cancelled') return !isFinished(from);
  if (to === 'not showed up') return from === 'scheduled' || from === 'arrived';
  if (from === 'completed') return to === 'sign off';
  if (isFinished(from)) return false;
  return progression.indexOf(to) > progression.indexOf(from);
}

export const statusEvents: Partial<Record<SoloMockAppointmentStatus, SoloWebhookEvent>> = {
  cancelled: 'appointment:cancelled',
  completed: 'appointment:completed',
  'not showed up': 'appointment:no-show',
};

export const videoCallEvents: Partial<Record<SoloMockVideoCallStatus, SoloWebhookEvent>> = {
  LWBS: 'appointment:lwbs',
  incomplete: 'appointment:incompleted',
};

export class SoloWorkflowError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Applies a status change (synchronously, so no other request can interleave) and returns the events to emit.
 * Throws SoloWorkflowError when the change is not allowed.
 */
export function applyStatusChange(
  appointment: SoloMockAppointment,
  change: { status?: SoloMockAppointmentStatus; videoCallStatus?: SoloMockVideoCallStatus },
): SoloWebhookEvent[] {
  const events: SoloWebhookEvent[] = [];
  if (change.status !== undefined) {
    if (!canChangeStatus(appointment.status, change.status)) {
      throw new SoloWorkflowError(
        409,
        `Appointment ${appointment.id} is "${appointment.status}" and cannot become "${change.status}".`,
      );
    }
  }
  if (change.videoCallStatus !== undefined && appointment.status === 'cancelled') {
    throw new SoloWorkflowError(
      409,
      `Appointment ${appointment.id} is cancelled: its video call cannot change.`,
    );
  }
  if (change.status !== undefined) {
    appointment.status = change.status;
    const event = statusEvents[change.status];
    if (event) events.push(event);
  }
  if (change.videoCallStatus !== undefined) {
    const db = soloCareStore.get();
    appointment.videoCall = {
      id: appointment.videoCall?.id ?? db.faker.string.uuid(),
      status: change.videoCallStatus,
    };
    const event = videoCallEvents[change.videoCallStatus];
    if (event) events.push(event);
  }
  return events;
}

export async function emitAppointmentEvents(
  appointmentId: number,
  events: readonly SoloWebhookEvent[],
): Promise<void> {
  for (const event of events) await emitSoloWebhook(event, { appointmentId });
}

/**
 * What the Solo platform does as a visit goes on (provider starts intake, completes, marks no-show, the patient
 * leaves without being seen…). For tests and the QA panel; raises the matching webhook events.
 */
export async function advanceSoloAppointment(
  appointmentId: number,
  change: { status?: SoloMockAppointmentStatus; videoCallStatus?: SoloMockVideoCallStatus },
): Promise<SoloMockAppointment> {
  const appointment = getSoloAppointment(appointmentId);
  if (!appointment) throw new SoloWorkflowError(404, `Appointment ${appointmentId} not found.`);
  const events = applyStatusChange(appointment, change);
  await emitAppointmentEvents(appointmentId, events);
  return appointment;
}
