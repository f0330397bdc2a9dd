import { useCallback } from 'react';
import { type NavigateOptions, useSearchParams } from 'react-router';
import { readWorklistView, type WorklistView, writeWorklistView } from './worklist-params';

/**
 * The worklist's view, kept in the URL. `update` starts from the URL as it is now, not from this
 * render's `view`: React Router applies a navigation in a transition, so two changes made before the
 * page re-renders (typing a "from" date, then at once a "to" date) would both start from the same old
 * view, and the second would silently drop the first.
 */
export function useWorklistView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = readWorklistView(searchParams);
  const update = useCallback(
    (patch: Partial<WorklistView>, options?: NavigateOptions) => {
      const current = readWorklistView(new URLSearchParams(window.location.search));
      setSearchParams(writeWorklistView({ ...current, ...patch }), options);
    },
    [setSearchParams],
  );
  const clear = useCallback(() => setSearchParams(new URLSearchParams()), [setSearchParams]);
  return { view, update, clear };
}
