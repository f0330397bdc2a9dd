import { describe, expect, it } from 'vitest';
import { createOwnWrites, readSearchParams, writeSearchParams } from './search-params';

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

describe('the search page’s own URL writes', () => {
  it('an older write coming back after a newer one was made is the page’s own, not a navigation', () => {
    const writes = createOwnWrites('');
    writes.wrote('HC-100');
    writes.wrote('HC-100001');
    // The URL renders the first write late, then the second: neither may replace the box.
    expect(writes.isOwn('HC-100')).toBe(true);
    expect(writes.isOwn('HC-100001')).toBe(true);
    expect(writes.isOwn('HC-100001')).toBe(true);
  });

  it('any other value is a navigation, and a settled write does not come back as the page’s own', () => {
    const writes = createOwnWrites('');
    expect(writes.isOwn('')).toBe(true);
    writes.wrote('garcia');
    writes.wrote('garcia lopez');
    expect(writes.isOwn('garcia lopez')).toBe(true);
    // Back to an older search of the same tab: 'garcia' was superseded, so this is the user's navigation.
    expect(writes.isOwn('garcia')).toBe(false);
    expect(writes.isOwn('smith')).toBe(false);
    expect(writes.isOwn('smith')).toBe(true);
  });
});
