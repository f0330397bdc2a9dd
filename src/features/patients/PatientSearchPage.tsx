import { Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '@/components/use-document-title';
import { afterPaint } from '@/lib/after-paint';
import { recognizeQuery } from '@/lib/patients/query-recognition';
import { patchFields, type UrlViewPatch } from '@/lib/url-view-patch';
import { RecentPatients } from './components/RecentPatients';
import { SearchBox } from './components/SearchBox';
import type { ResultFilters } from './result-view';
import type { SearchResultsHandle } from './SearchResults';
import classes from './search-page.module.css';
import { createOwnWrites, readSearchParams, writeSearchParams } from './search-params';

/** How long typing must pause before the URL follows (the vendors are asked on the same beat). */
const URL_DEBOUNCE_MS = 250;

// What is below the box (the vendors' search, the list) is its own chunk, fetched right after the first
// paint: the first route carries the box alone.
const loadResults = () => import('./SearchResults');
const SearchResults = lazy(loadResults);

/** `/patients`: the one search across every vendor, the landing page of the console. */
export default function PatientSearchPage() {
  const { t, i18n } = useTranslation('patients');
  useDocumentTitle(t('search.title'));
  const [params, setParams] = useSearchParams();
  const state = readSearchParams(params);
  const filterText = writeSearchParams({ ...state, q: '' }).toString();
  const filters: ResultFilters = useMemo(() => {
    const { q: _q, ...rest } = readSearchParams(new URLSearchParams(filterText));
    return rest;
  }, [filterText]);
  const [text, setText] = useState(state.q);
  const typed = useMemo(() => recognizeQuery(text, i18n.language), [text, i18n.language]);
  const boxRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<SearchResultsHandle>(null);

  // Once the page has painted: the results chunk, which then fetches the vendor adapters.
  useEffect(() => afterPaint(() => void loadResults().catch(() => undefined)), []);

  // The text goes to the URL once typing pauses, replacing the entry (no history step per keystroke).
  const latest = useRef({ params, setParams });
  latest.current = { params, setParams };
  // The `q`s this page wrote to the URL (or found there): only another one is a navigation.
  const [ownWrites] = useState(() => createOwnWrites(state.q));
  const write = useCallback(
    (next: URLSearchParams) => {
      ownWrites.wrote(readSearchParams(next).q);
      latest.current.setParams(next, { replace: true });
    },
    [ownWrites],
  );
  useEffect(() => {
    const timer = setTimeout(() => {
      const current = readSearchParams(latest.current.params);
      if (current.q !== text) write(writeSearchParams({ ...current, q: text }));
    }, URL_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, write]);
  // Back or forward to another search: the box follows the URL. The page's own writes coming back are not
  // one, even late and out of turn: typing that went on meanwhile (on a busy machine) is never replaced.
  useEffect(() => {
    if (ownWrites.isOwn(state.q)) return;
    setText(state.q);
  }, [state.q, ownWrites]);

  // From the URL as it is now, not the one drawn: two filter clicks before the page re-renders (a
  // navigation renders in a transition) must both stay.
  const updateFilters = (patch: UrlViewPatch<ResultFilters>) => {
    const current = readSearchParams(new URLSearchParams(window.location.search));
    write(writeSearchParams({ ...current, ...patchFields(patch, current), q: text }));
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('search.title')}</Title>
        <Group gap="xs" className={classes.create}>
          <Button
            component={Link}
            to="/patients/new/solo"
            variant="default"
            leftSection={<IconUserPlus size={16} aria-hidden />}
          >
            {t('search.newSolo')}
          </Button>
          <Button
            component={Link}
            to="/patients/new/impilo"
            variant="default"
            leftSection={<IconUserPlus size={16} aria-hidden />}
          >
            {t('search.newImpilo')}
          </Button>
        </Group>
      </Group>
      <SearchBox
        ref={boxRef}
        value={text}
        onChange={setText}
        typed={typed}
        onFocus={() => void loadResults().catch(() => undefined)}
        onArrowDown={() => resultsRef.current?.focusFirstResult()}
      />
      {text.trim() === '' ? (
        <>
          <Paper withBorder p="md">
            <Title order={2} size="h4">
              {t('search.start.title')}
            </Title>
            <Text size="sm" mt={4}>
              {t('search.start.body')}
            </Text>
          </Paper>
          <RecentPatients />
        </>
      ) : (
        <Suspense fallback={<Loader size="sm" aria-label={t('search.status.searching')} />}>
          <SearchResults
            ref={resultsRef}
            text={text}
            filters={filters}
            onFilters={updateFilters}
            onLeave={() => boxRef.current?.focus()}
          />
        </Suspense>
      )}
    </Stack>
  );
}
