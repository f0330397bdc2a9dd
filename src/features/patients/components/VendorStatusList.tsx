import { Button, List, Loader, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TimeoutError, vendorNames } from '@/api/errors';
import type { VendorSearchState } from '@/api/people/search-queries';
import { describeError } from '@/components/describe-error';
import { formatNumber } from '@/lib/format/locale-format';
import tone from './tone.module.css';
import classes from './vendor-status.module.css';

type Status = 'notAsked' | 'searching' | 'done' | 'timedOut' | 'failed';

function statusOf(state: VendorSearchState): Status {
  const query = state.query;
  if (!state.plan.asked || !query) return 'notAsked';
  if (query.isError) return query.error instanceof TimeoutError ? 'timedOut' : 'failed';
  if (query.fetchStatus === 'fetching' || query.isPending) return 'searching';
  return 'done';
}

const colors: Record<Status, string> = {
  notAsked: 'gray',
  searching: 'blue',
  done: 'teal',
  timedOut: 'orange',
  failed: 'red',
};
const textColors: Record<Status, string | undefined> = {
  notAsked: classes.dimmed,
  searching: undefined,
  done: undefined,
  timedOut: tone.warn,
  failed: tone.danger,
};

/**
 * One card per vendor: searching, n records, timed out, failed (with a retry of that vendor alone), or not
 * asked and why; and how it was asked. On a phone the cards fold into one line of small chips (name and
 * status, and the retry of a failed vendor), so the first results show without scrolling; one button
 * unfolds how each vendor was asked, or why not, and the error of a failed one.
 */
export function VendorStatusList({ vendors }: { vendors: VendorSearchState[] }) {
  const { t, i18n } = useTranslation('patients');
  const { t: tc } = useTranslation();
  const [open, setOpen] = useState(false);
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <section aria-labelledby="vendor-status-title">
      <div className={classes.heading}>
        <Title order={2} size="h5" id="vendor-status-title">
          {t('search.vendorsTitle')}
        </Title>
        <Button
          hiddenFrom="sm"
          size="compact-xs"
          variant="subtle"
          onClick={() => setOpen((value) => !value)}
          aria-expanded={open}
          aria-controls="vendor-status-list"
          rightSection={
            open ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />
          }
          data-testid="toggle-vendor-details"
        >
          {open ? t('search.status.hideDetails') : t('search.status.showDetails')}
        </Button>
      </div>
      <ul id="vendor-status-list" className={classes.list} data-open={open || undefined}>
        {vendors.map((state) => {
          const status = statusOf(state);
          const data = state.query?.data;
          const count = data?.people.length ?? 0;
          const unreadable = data?.failures.length ?? 0;
          const label =
            status === 'notAsked'
              ? t('search.status.notAsked')
              : status === 'searching'
                ? count > 0
                  ? t('search.status.soFar', { count, formatted: n(count) })
                  : t('search.status.searching')
                : status === 'timedOut'
                  ? count > 0
                    ? t('search.status.timedOutPartial', { count })
                    : t('search.status.timedOut')
                  : status === 'failed'
                    ? t('search.status.failed')
                    : t('search.status.results', { count });
          return (
            <li
              key={state.vendor}
              className={classes.card}
              data-testid={`vendor-status-${state.vendor}`}
              data-status={status}
            >
              <span className={classes.name}>{vendorNames[state.vendor]}</span>
              <span className={classes.state}>
                {status === 'searching' ? (
                  <Loader size={12} aria-hidden />
                ) : (
                  <span className={classes.dot} data-color={colors[status]} aria-hidden />
                )}
                <span className={textColors[status]} data-testid={`vendor-status-label-${state.vendor}`}>
                  {label}
                </span>
              </span>
              <Text size="xs" c="dimmed" className={classes.detail}>
                {state.plan.asked
                  ? state.plan.criteria
                      .map((c) => t(`search.how.${state.vendor}.${c.field}` as never))
                      .join('; ')
                  : t(`search.reasons.${state.plan.reason}`)}
              </Text>
              {data?.capped && data.total !== null && (
                <Text size="xs" className={classes.detail}>
                  {t('search.status.capped', { shown: n(count), total: n(data.total) })}
                </Text>
              )}
              {unreadable > 0 && (
                <details className={classes.detail}>
                  <summary>
                    <Text span size="xs">
                      {t('search.status.unreadable', { count: unreadable })}
                    </Text>
                  </summary>
                  <List size="xs" spacing={2}>
                    {data?.failures.slice(0, 20).map((failure) => (
                      <List.Item key={`${failure.recordId}:${failure.field}`}>
                        {t('search.status.unreadableDetail', {
                          record: failure.recordId,
                          field: failure.field,
                        })}
                      </List.Item>
                    ))}
                  </List>
                </details>
              )}
              {(status === 'failed' || status === 'timedOut') && state.query && (
                <>
                  {status === 'failed' && (
                    <Text size="xs" className={`${tone.danger} ${classes.detail}`} role="alert">
                      {describeError(tc, state.query.error)}
                    </Text>
                  )}
                  <Button
                    className={classes.retry}
                    size="compact-xs"
                    variant="default"
                    leftSection={<IconRefresh size={14} aria-hidden />}
                    onClick={() => void state.query?.refetch()}
                    data-testid={`retry-${state.vendor}`}
                  >
                    {t('search.status.retry', { vendor: vendorNames[state.vendor] })}
                  </Button>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
