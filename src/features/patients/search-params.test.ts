import { describe, expect, it } from 'vitest';
import { readSearchParams, writeSearchParams } from './search-params';

describe('search URL', () => {
  it('round-trips the query and every filter', () => {
    const state = {
      q: 'garcía lópez',
      vendors: ['impilo', 'postdicom'] as const,
      modality: 'CT',
      from: '2026-01-01',
      to: '2026-03-31',
      sort: 'recent' as const,
    };
    const params = writeSearchParams({ ...state, vendors: [...state.vendors] });
    expect(params.toString()).toBe(
      'q=garc%C3%ADa+l%C3%B3pez&vendor=impilo%2Cpostdicom&modality=CT&from=2026-01-01&to=2026-03-31&sort=recent',
    );
    expect(readSearchParams(params)).toEqual({ ...state, vendors: ['impilo', 'postdicom'] });
  });

  it('drops what is not valid and leaves defaults out', () => {
    const state = readSearchParams(
      new URLSearchParams('vendor=mars,solo,solo&modality=XYZ&from=2026-02-30&to=soon&sort=random'),
    );
    expect(state).toEqual({
      q: '',
      vendors: ['solo'],
      modality: null,
      from: null,
      to: null,
      sort: 'relevance',
    });
    expect(writeSearchParams({ ...state, vendors: [] }).toString()).toBe('');
  });
});
