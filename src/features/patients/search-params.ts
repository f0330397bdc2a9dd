import { type SearchVendor, searchVendors } from '@/api/people/search-plan';
import { isDicomModality } from '@/lib/codes/dicom-modalities';
import { isIsoDate } from '@/lib/mappings/datetime';
import { defaultFilters, type ResultFilters, type SortKey, sortKeys } from './result-view';

/**
 * The search page's state in the URL: `?q=<text>&vendor=impilo,postdicom&modality=CT&from=…&to=…&sort=…`.
 * A value that is not valid (a hand-edited URL) is dropped, never an error. Defaults are left out.
 */
export interface SearchState extends ResultFilters {
  q: string;
}

export function readSearchParams(params: URLSearchParams): SearchState {
  const vendors = (params.get('vendor') ?? '')
    .split(',')
    .filter((v): v is SearchVendor => (searchVendors as readonly string[]).includes(v));
  const modality = params.get('modality');
  const from = params.get('from');
  const to = params.get('to');
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    vendors: [...new Set(vendors)],
    modality: modality && isDicomModality(modality) ? modality : null,
    from: from && isIsoDate(from) ? from : null,
    to: to && isIsoDate(to) ? to : null,
    sort: sort && (sortKeys as readonly string[]).includes(sort) ? (sort as SortKey) : defaultFilters.sort,
  };
}

export function writeSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  if (state.vendors.length) params.set('vendor', state.vendors.join(','));
  if (state.modality) params.set('modality', state.modality);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== defaultFilters.sort) params.set('sort', state.sort);
  return params;
}

/**
 * The page's own writes of `q` to the URL, until each comes back (pure; exported for tests). A write is
 * rendered later than it is made (react-router updates in a transition, and typing keeps interrupting it),
 * so on a busy machine an older write can come back after a newer one was made: it is still the page's own,
 * not a navigation, and must not replace what was typed since. `isOwn` answers whether the URL's `q` now is
 * one of them (it and the older ones are then settled); any other value is a navigation (back, forward, a link).
 */
export function createOwnWrites(initial: string) {
  let pending = [initial];
  return {
    wrote(q: string) {
      pending.push(q);
    },
    isOwn(q: string): boolean {
      const index = pending.lastIndexOf(q);
      if (index === -1) {
        pending = [q];
        return false;
      }
      pending = pending.slice(index);
      return true;
    },
  };
}
