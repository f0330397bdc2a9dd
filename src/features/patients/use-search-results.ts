import { useDebouncedValue } from '@mantine/hooks';
import { useDeferredValue, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { groupPeople, type PersonGroup } from '@/api/people/grouping';
import { matchesQueryLocally } from '@/api/people/local-match';
import type { Person } from '@/api/people/model';
import type { SearchVendor } from '@/api/people/search-plan';
import {
  usePeopleSearch,
  useScanSearchSession,
  useSearchAdapters,
  type VendorSearchState,
} from '@/api/people/search-queries';
import { foldText } from '@/lib/patients/name-key';
import { type RecognizedQuery, recognizeQuery } from '@/lib/patients/query-recognition';
import { filterGroups, type ResultFilters, sortGroups } from './result-view';

/** How long typing must pause before the vendors are asked. */
export const SEARCH_DEBOUNCE_MS = 250;

export interface SearchResults {
  /** What the typed text is, now (drives the hint and the local narrowing). */
  typed: RecognizedQuery;
  /** What the vendors were asked with (the debounced text). */
  searched: RecognizedQuery;
  vendors: VendorSearchState[];
  /** Every group before the filters (the counts in the summary). */
  groups: PersonGroup[];
  /** After filters and sort: the rows of the list. */
  rows: PersonGroup[];
  records: number;
  /** The list shows older results narrowed in the console while the vendors answer the newer text. */
  narrowed: boolean;
  /** Some vendor is still answering, or the last keystroke is not searched yet. */
  updating: boolean;
}

/** The arrays joined, the same array again while every part is the same (so grouping reruns only on change). */
function useConcat<T>(arrays: T[][]): T[] {
  const last = useRef<{ parts: T[][]; joined: T[] }>({ parts: [], joined: [] });
  const same =
    arrays.length === last.current.parts.length && arrays.every((part, i) => part === last.current.parts[i]);
  if (!same) last.current = { parts: arrays, joined: arrays.flat() };
  return last.current.joined;
}

/**
 * The search page's state: the vendors asked for the debounced text (one query each), their records grouped
 * into people, filtered and sorted. While a newer keystroke waits for its answers, what is shown is the
 * previous answers narrowed in the console to the new text (when the new text refines the old), so the list
 * follows the typing at once; answers to superseded keystrokes are never shown (their queries are aborted).
 */
export function useSearchResults(
  text: string,
  filters: ResultFilters,
  split: ReadonlySet<string>,
): SearchResults {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const [debounced] = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const deferred = useDeferredValue(text);
  const typed = useMemo(() => recognizeQuery(deferred, locale), [deferred, locale]);
  const searched = useMemo(() => recognizeQuery(debounced, locale), [debounced, locale]);
  const adapters = useSearchAdapters();
  const scanSession = useScanSearchSession(adapters);
  const vendors = usePeopleSearch(searched, { vendors: filters.vendors, scanSession });

  // Per vendor: the records on screen and the text they answer (kept while a newer search is pending).
  const shown = useRef(new Map<SearchVendor, { basis: string; people: Person[] }>());
  const current = new Map<SearchVendor, { basis: string; people: Person[] }>();
  for (const state of vendors) {
    const data = state.query?.data;
    if (!state.plan.asked) continue;
    if (data) current.set(state.vendor, { basis: searched.text, people: data.people });
    else {
      const previous = shown.current.get(state.vendor);
      if (previous) current.set(state.vendor, previous);
    }
  }
  shown.current = current;

  const parts = [...current.values()];
  const basis = parts[0]?.basis ?? '';
  const mixed = parts.some((part) => part.basis !== basis);
  const records = useConcat(parts.map((part) => part.people));
  const groups = useMemo(() => groupPeople(records, split), [records, split]);

  const refines =
    basis !== '' && typed.text !== basis && !mixed && foldText(typed.text).startsWith(foldText(basis));
  const narrowed = refines || (mixed && typed.text !== '');
  const visible = useMemo(
    () =>
      narrowed
        ? groups.filter((group) => group.records.some((record) => matchesQueryLocally(record, typed)))
        : groups,
    [groups, narrowed, typed],
  );
  const rows = useMemo(
    () => sortGroups(filterGroups(visible, filters), filters.sort, typed),
    [visible, filters, typed],
  );

  return {
    typed,
    searched,
    vendors,
    groups: visible,
    rows,
    records: visible.reduce((sum, group) => sum + group.records.length, 0),
    narrowed,
    updating:
      text.trim() !== debounced.trim() || vendors.some((state) => state.query?.fetchStatus === 'fetching'),
  };
}
