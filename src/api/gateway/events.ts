import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { impiloKeys } from '../impilo/queries';
import { soloKeys } from '../solo/queries';

/**
 * The gateway's Server-Sent Events (`/api/gateway/events`): each names a vendor event and the id it is
 * about, never patient data. The pages refetch what changed: an appointment's status (and the slots it
 * frees or takes), an Impilo order's status, a patient. EventSource reconnects by itself, resuming after the
 * last event it saw.
 */
export interface GatewayEvent {
  id: number;
  vendor: 'solo' | 'impilo';
  type: string;
  subject: string | null;
  receivedAt: string;
}

/** Pure: the query keys an event makes stale. */
export function invalidationsFor(event: GatewayEvent): QueryKey[] {
  if (event.vendor === 'solo') {
    if (event.type.startsWith('appointment:')) return [soloKeys.appointments(), soloKeys.slots()];
    if (event.type.startsWith('patient:')) return [soloKeys.patients()];
    if (event.type.startsWith('episode:')) return [soloKeys.episodes()];
    return [];
  }
  if (event.type === 'order.status') {
    return event.subject
      ? [impiloKeys.order(event.subject), [...impiloKeys.orders(), 'list']]
      : [impiloKeys.orders()];
  }
  if (event.type.startsWith('patient.')) return [impiloKeys.patients()];
  return [];
}

export function connectGatewayEvents(
  queryClient: QueryClient,
  onEvent?: (event: GatewayEvent) => void,
): () => void {
  const source = new EventSource('/api/gateway/events');
  const handle = (message: MessageEvent<string>) => {
    let event: GatewayEvent;
    try {
      event = JSON.parse(message.data) as GatewayEvent;
    } catch {
      return;
    }
    for (const queryKey of invalidationsFor(event)) void queryClient.invalidateQueries({ queryKey });
    onEvent?.(event);
  };
  source.addEventListener('solo', handle);
  source.addEventListener('impilo', handle);
  return () => source.close();
}
