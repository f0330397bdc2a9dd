import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocationZone, useLocationZone } from './zone-settings';

const room = { kind: 'solo-room', id: 'Imaging Results London' } as const;
const facility = { kind: 'eden-facility', id: 'FACILITY_01' } as const;

afterEach(() => {
  setLocationZone(room, null);
  setLocationZone(facility, null);
  localStorage.clear();
});

describe('location zone settings', () => {
  it('starts from the default, keeps the user’s choice in localStorage, and goes back to the default', () => {
    const { result } = renderHook(() => useLocationZone(facility));
    expect(result.current).toMatchObject({ timeZone: 'America/Mexico_City', source: 'default' });
    act(() => result.current.set('America/Tijuana'));
    expect(result.current).toMatchObject({ timeZone: 'America/Tijuana', source: 'setting' });
    expect(JSON.parse(localStorage.getItem('console.location-zones') ?? '{}')).toEqual({
      'eden-facility:FACILITY_01': 'America/Tijuana',
    });
    act(() => result.current.set(null));
    expect(result.current).toMatchObject({ timeZone: 'America/Mexico_City', source: 'default' });
  });

  it('follows a change made in another tab, and ignores a stored value that is not a zone', () => {
    const { result } = renderHook(() => useLocationZone(room));
    act(() => {
      localStorage.setItem(
        'console.location-zones',
        JSON.stringify({ 'solo-room:Imaging Results London': 'Europe/Dublin' }),
      );
      window.dispatchEvent(new StorageEvent('storage', { key: 'console.location-zones' }));
    });
    expect(result.current).toMatchObject({ timeZone: 'Europe/Dublin', source: 'setting' });
    act(() => {
      localStorage.setItem(
        'console.location-zones',
        JSON.stringify({ 'solo-room:Imaging Results London': 'Not/AZone' }),
      );
      window.dispatchEvent(new StorageEvent('storage', { key: 'console.location-zones' }));
    });
    expect(result.current).toMatchObject({ timeZone: 'Europe/London', source: 'default' });
  });

  it('an unknown location is shown in the browser’s zone, flagged as not known', () => {
    const { result } = renderHook(() => useLocationZone({ kind: 'solo-room', id: 'A new room' }));
    expect(result.current.source).toBe('browser');
    expect(result.current.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
