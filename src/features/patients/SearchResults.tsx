import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { forwardRef, useCallback, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupPatientKey, groupSources, type PersonGroup } from '@/api/people/grouping';
import { personDisplayName } from '@/api/people/model';
import type { SearchVendor } from '@/api/people/search-plan';
import type { UrlViewPatch } from '@/components/use-url-view';
import { formatNumber } from '@/lib/format/locale-format';
import { ResultList, type ResultListHandle } from './components/ResultList';
import { SearchFilters } from './components/SearchFilters';
import { VendorStatusList } from './components/VendorStatusList';
import { patientHref } from './patient-href';
import { rememberRecentPatient } from './recent-patients';
import { hasActiveFilters, type ResultFilters, summarizeGroup } from './result-view';
import { useSearchResults } from './use-search-results';

export interface SearchResultsHandle {
  focusFirstResult: () => void;
}

interface SearchResultsProps {
  text: string;
  filters: ResultFilters;
  onFilters: (patch: UrlViewPatch<ResultFilters>) => void;
  /** Back to the box (↑ from the first row, Esc in the list). */
  onLeave: () => void;
}

/**
 * Everything below the box once something is typed: who was asked and how, the filters, the summary, the
 * designed states (searching, partial, all failed, empty) and the virtualized list. Its own chunk: the page
 * starts loading it right after its first paint, so the first route stays small.
 */
const SearchResults = forwardRef<SearchResultsHandle, SearchResultsProps>(function SearchResults(
  { text, filters, onFilters, onLeave },
  ref,
) {
  const { t, i18n } = useTranslation('patients');
  const [split, setSplit] = useState<ReadonlySet<string>>(new Set());
  const listRef = useRef<ResultListHandle>(null);
  const results = useSearchResults(text, filters, split);
  useImperativeHandle(ref, () => ({ focusFirstResult: () => listRef.current?.focusRow(0) }), []);

  const open = useCallback((group: PersonGroup) => {
    const summary = summarizeGroup(group);
    rememberRecentPatient({
      key: groupPatientKey(group),
      name: personDisplayName(summary.name),
      birthDate: summary.birthDates[0] ?? null,
      sources: groupSources(group) as SearchVendor[],
    });
  }, []);
  const hrefOf = useCallback((group: PersonGroup) => patientHref(groupPatientKey(group)), []);

  const asked = results.vendors.filter((v) => v.plan.asked);
  const failed = asked.filter((v) => v.query?.isError);
  const waiting = asked.filter((v) => v.query && !v.query.data && v.query.isPending);
  const modalities = useMemo(
    () => [...new Set(results.groups.flatMap((group) => summarizeGroup(group).modalities))],
    [results.groups],
  );
  const searching = results.groups.length === 0 && (waiting.length > 0 || results.updating);
  const hiddenByFilters = results.groups.length - results.rows.length;
  const clearFilters = () => onFilters({ vendors: [], modality: null, from: null, to: null });

  return (
    <Stack gap="md">
      <VendorStatusList vendors={results.vendors} />
      <SearchFilters filters={filters} modalities={modalities} onChange={onFilters} />
      <Group gap="xs" aria-live="polite" data-testid="patient-results-summary">
        {/* Nothing to count yet while the vendors answer: "Searching…", never "0 people". */}
        {searching ? (
          <Text size="sm" fw={500}>
            {t('search.status.searching')}
          </Text>
        ) : (
          <Text size="sm" fw={500}>
            {t('search.summary', {
              count: results.rows.length,
              formatted: formatNumber(results.rows.length, i18n.language),
              records: t('search.records', { count: results.records }),
            })}
          </Text>
        )}
        {results.updating && !searching && (
          <Text size="sm" c="dimmed">
            {t('search.updating')}
          </Text>
        )}
      </Group>
      {failed.length > 0 && failed.length === asked.length ? (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} data-testid="search-all-failed">
          {t('search.allFailed')}
        </Alert>
      ) : failed.length > 0 ? (
        <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} data-testid="search-partial">
          {t('search.partial')}
        </Alert>
      ) : null}
      {results.rows.length > 0 ? (
        <ResultList
          ref={listRef}
          rows={results.rows}
          hrefOf={hrefOf}
          onOpen={open}
          onSplit={(group) => setSplit((current) => new Set([...current, group.key]))}
          onJoin={(group) =>
            setSplit((current) => new Set([...current].filter((key) => key !== group.splitFrom)))
          }
          onLeaveTop={onLeave}
        />
      ) : waiting.length > 0 || results.updating ? (
        <Stack gap="xs" aria-hidden data-testid="search-loading">
          {[0, 1, 2, 3].map((row) => (
            <Skeleton key={row} height={56} radius="sm" />
          ))}
        </Stack>
      ) : asked.length > 0 && failed.length < asked.length ? (
        <Paper withBorder p="md" data-testid="search-empty">
          <Title order={2} size="h4">
            {t('search.empty.title')}
          </Title>
          <Text size="sm" mt={4}>
            {t('search.empty.body', { query: results.searched.text })}
          </Text>
          {hiddenByFilters > 0 && hasActiveFilters(filters) && (
            <Group mt="xs" gap="xs">
              <Text size="sm">{t('search.empty.filtered')}</Text>
              <Button size="compact-sm" variant="default" onClick={clearFilters}>
                {t('search.empty.clearFilters')}
              </Button>
            </Group>
          )}
        </Paper>
      ) : null}
    </Stack>
  );
});

export default SearchResults;
