import { useCallback, useMemo } from 'react';
import { type NavigateOptions, useSearchParams } from 'react-router';
import { patchFields, type UrlViewPatch } from '@/lib/url-view-patch';

export type { UrlViewPatch };

/**
 * A page's view (filters, sort, page) kept in the URL. `view` is the one drawn, memoized per URL. `update`
 * starts from the URL as it is now, not from the view drawn: React Router applies a navigation in a
 * transition, so two changes made before the page re-renders (a "from" date then at once a "to" date, or
 * two chips clicked in a row on a busy machine) would both start from the same old view, and the second
 * would silently write the first one back.
 */
export function useUrlView<V>(
  read: (params: URLSearchParams) => V,
  write: (view: V) => URLSearchParams,
  defaults?: NavigateOptions,
) {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const view = useMemo(() => read(new URLSearchParams(search)), [read, search]);
  const replace = defaults?.replace;
  const update = useCallback(
    (patch: UrlViewPatch<V>, options?: NavigateOptions) => {
      const current = read(new URLSearchParams(window.location.search));
      setParams(write({ ...current, ...patchFields(patch, current) }), { replace, ...options });
    },
    [read, write, setParams, replace],
  );
  const clear = useCallback(() => setParams(new URLSearchParams(), { replace }), [setParams, replace]);
  return { view, update, clear };
}
