import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useWorklistView } from './use-worklist-view';

function wrapper({ children }: { children: ReactNode }) {
  return <BrowserRouter>{children}</BrowserRouter>;
}

describe('useWorklistView', () => {
  it('keeps both of two filter changes made before the page re-renders (the "from" date was lost)', () => {
    window.history.replaceState({}, '', '/orders?from=2026-11-01&to=2026-11-07');
    const { result } = renderHook(() => useWorklistView(), { wrapper });
    // Both changes come from the same render's handlers, as when two inputs change within one
    // transition: the second must not start from the view that predates the first.
    act(() => {
      result.current.update({ from: '2026-11-15', page: 1 });
      result.current.update({ to: '2026-12-10', page: 1 });
    });
    expect(window.location.search).toBe('?from=2026-11-15&to=2026-12-10');
    expect(result.current.view.from).toBe('2026-11-15');
    expect(result.current.view.to).toBe('2026-12-10');
  });

  it('gives a change that is a function the view the URL holds now, not the one drawn', () => {
    window.history.replaceState({}, '', '/orders?from=2026-11-01&to=2026-11-07');
    const { result } = renderHook(() => useWorklistView(), { wrapper });
    act(() => {
      result.current.update((current) => ({ modality: [...current.modality, 'CT'] }));
      result.current.update((current) => ({ modality: [...current.modality, 'MR'], page: 1 }));
    });
    expect(result.current.view.modality).toEqual(['CT', 'MR']);
  });

  it('clears every filter', () => {
    window.history.replaceState({}, '', '/orders?from=2026-11-01&to=2026-11-07&modality=CT');
    const { result } = renderHook(() => useWorklistView(), { wrapper });
    act(() => result.current.clear());
    expect(window.location.search).toBe('');
  });
});
