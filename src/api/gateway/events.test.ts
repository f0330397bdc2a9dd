import { describe, expect, it } from 'vitest';
import { impiloKeys } from '../impilo/queries';
import { soloKeys } from '../solo/queries';
import { invalidationsFor } from './events';
import { gatewayHeadersFor } from './session';

const event = (vendor: 'solo' | 'impilo', type: string, subject: string | null = null) => ({
  id: 1,
  vendor,
  type,
  subject,
  receivedAt: '2026-12-01T09:00:00Z',
});

describe('gateway events', () => {
  it('refreshes appointments and slots on a Solo appointment event, one Impilo order and the lists on a status', () => {
    expect(invalidationsFor(event('solo', 'appointment:cancelled', 'appointmentId:3'))).toEqual([
      soloKeys.appointments(),
      soloKeys.slots(),
    ]);
    expect(invalidationsFor(event('impilo', 'order.status', 'ord-9'))).toEqual([
      impiloKeys.order('ord-9'),
      [...impiloKeys.orders(), 'list'],
    ]);
    expect(invalidationsFor(event('solo', 'something:else'))).toEqual([]);
  });
});

describe('gateway mode requests', () => {
  const origin = 'https://console.hospital.test';
  it('adds the CSRF token to same-origin writes only', () => {
    expect(gatewayHeadersFor(new URL('/api/eden/orders/', origin), 'POST', origin, 't')).toEqual({
      'X-CSRF-Token': 't',
    });
    expect(gatewayHeadersFor(new URL('/api/eden/orders/', origin), 'get', origin, 't')).toEqual({});
    expect(gatewayHeadersFor(new URL('https://www.postdicom.com/api'), 'POST', origin, 't')).toEqual({});
  });
});
