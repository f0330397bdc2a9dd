// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDeparture, gatewayHeadersFor, parseGatewaySession } from './session';

const valid = {
  staff: { name: 'Ana Front', email: null, roles: ['front-desk'] },
  csrfToken: 'token',
  idleTimeoutMs: 900_000,
  expiresAt: '2026-03-10T22:00:00.000Z',
  mode: 'fake',
};

describe('the gateway session answer', () => {
  it('is taken when it is a session', () => {
    expect(parseGatewaySession(valid)?.staff.name).toBe('Ana Front');
  });

  it('is refused when it is not one: no token is guessed', () => {
    expect(parseGatewaySession({ ...valid, csrfToken: '' })).toBeNull();
    expect(parseGatewaySession({ ...valid, staff: { ...valid.staff, roles: ['root'] } })).toBeNull();
    expect(parseGatewaySession({ ...valid, expiresAt: 'tomorrow' })).toBeNull();
    expect(parseGatewaySession('<html>')).toBeNull();
    expect(parseGatewaySession(null)).toBeNull();
  });
});

describe('gateway headers', () => {
  it('add the CSRF token to same-origin writes only', () => {
    const origin = 'https://console.example';
    expect(gatewayHeadersFor(new URL(`${origin}/api/eden/orders/`), 'POST', origin, 't')).toEqual({
      'X-CSRF-Token': 't',
    });
    expect(gatewayHeadersFor(new URL(`${origin}/api/eden/orders/`), 'GET', origin, 't')).toEqual({});
    expect(gatewayHeadersFor(new URL('https://other.example/x'), 'POST', origin, 't')).toEqual({});
  });
});

describe('leaving the console', () => {
  it('happens once: a late sign-in after a sign-out does not take the tab elsewhere', () => {
    const departure = createDeparture();
    expect(departure.take()).toBe(true);
    expect(departure.take()).toBe(false);
    expect(departure.take()).toBe(false);
  });
});
