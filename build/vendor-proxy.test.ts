// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildVendorProxy, proxyHeadersFor } from './vendor-proxy';

const env = {
  EDEN_BASE_URL: 'https://eden.example/api',
  EDEN_AUTHORIZATION: 'Token eden-secret',
  SOLO_BASE_URL: 'https://solo.example',
  SOLO_API_KEY: 'solo-secret',
  SCAN_BASE_URL: 'https://scan.example',
  SCAN_CLIENT_ID: 'client',
  SCAN_CLIENT_SECRET: 'shh',
  IMPILO_API_KEY: 'impilo-secret',
};

describe('live-mode vendor proxy', () => {
  it('adds each vendor’s credential header from server-side variables', () => {
    expect(proxyHeadersFor('eden', env, 'POST', '/orders/')).toEqual({ Authorization: 'Token eden-secret' });
    expect(proxyHeadersFor('solo', env, 'GET', '/qapi/v1/patients/1')).toEqual({ 'Api-Key': 'solo-secret' });
    expect(proxyHeadersFor('impilo', env, 'GET', '/api/v3/order/1')).toEqual({
      'Impilo-API-Key': 'impilo-secret',
    });
  });

  it('sends Scan.com client credentials only with user creation', () => {
    expect(proxyHeadersFor('scan', env, 'post', '/api/v1/users')).toEqual({
      Authorization: `Basic ${Buffer.from('client:shh').toString('base64')}`,
    });
    expect(proxyHeadersFor('scan', env, 'GET', '/api/v1/referrals')).toEqual({});
    expect(proxyHeadersFor('scan', env, 'GET', '/api/v1/users')).toEqual({});
  });

  it('adds nothing when a credential is not configured', () => {
    expect(proxyHeadersFor('solo', {}, 'GET', '/qapi/v1/patients/1')).toEqual({});
  });

  it('proxies only the vendors that have a base URL, rewriting /api/<vendor> away', () => {
    const proxy = buildVendorProxy(env);
    expect(Object.keys(proxy).sort()).toEqual(['/api/eden', '/api/scan', '/api/solo']);
    expect(proxy['/api/eden']?.target).toBe('https://eden.example/api');
    expect(proxy['/api/solo']?.rewrite?.('/api/solo/qapi/v1/patients/1')).toBe('/qapi/v1/patients/1');
  });
});
