/**
 * Solo webhook events raised by the mock's handlers (appointment status changes, patient and episode changes).
 * The webhook registry (./webhooks) subscribes and records the encrypted delivery it would POST to each endpoint.
 * Handlers only call `emitSoloWebhook`; they know nothing of deliveries.
 */
export const soloWebhookEvents = [
  'patient:created',
  'patient:updated',
  'patient:deactivated',
  'appointment:scheduled',
  'appointment:rescheduled',
  'appointment:cancelled',
  'appointment:completed',
  'appointment:incompleted',
  'appointment:no-show',
  'appointment:lwbs',
  'episode:created',
  'episode:updated',
] as const;
export type SoloWebhookEvent = (typeof soloWebhookEvents)[number];

export type SoloWebhookData = { patientId: number } | { appointmentId: number } | { episodeId: string };

type Listener = (event: SoloWebhookEvent, data: SoloWebhookData) => void | Promise<void>;
const listeners = new Set<Listener>();

export function onSoloWebhook(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Raises an event; resolves once every listener (e.g. the encrypted delivery log) has recorded it. */
export async function emitSoloWebhook(event: SoloWebhookEvent, data: SoloWebhookData): Promise<void> {
  await Promise.all([...listeners].map((listener) => listener(event, data)));
}
