/**
 * Solo webhook events raised by the mock's handlers (appointment status changes, patient and episode changes).
 * The webhook registry (./webhooks) subscribes and records the encrypted delivery it would POST to each endpoint.
 * Handlers only call `emitSoloWebhook`; they know nothing of deliveries.
 */
// The documented event list is the service layer's; the mock raises exactly those events.

export type { SoloWebhookEvent } from '../../src/api/solo/webhooks';
export { soloWebhookEvents } from '../../src/api/solo/webhooks';

import type { SoloWebhookEvent } from '../../src/api/solo/webhooks';

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
