import { Button, Group, List, Loader, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
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
  notAsked: undefined,
  searching: undefined,
  done: undefined,
  timedOut: tone.warn,
  failed: tone.danger,
};

/** One card per vendor: searching, n records, timed out, failed (with a retry of that vendor alone), or not asked and why; and how it was asked. */
export function VendorStatusList({ vendors }: { vendors: VendorSearchState[] }) {
  const { t, i18n } = useTranslation('patients');
  const { t: tc } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <section aria-labelledby="vendor-status-title">
      <Title order={2} size="h5" id="vendor-status-title" mb={6}>
        {t('search.vendorsTitle')}
      </Title>
      <SimpleGrid
        cols={{ base: 2, md: 3, lg: 5 }}
        spacing="xs"
        component="ul"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
      >
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
            <Paper
              key={state.vendor}
              component="li"
              withBorder
              p="xs"
              radius="sm"
              data-testid={`vendor-status-${state.vendor}`}
              data-status={status}
            >
              <Text fw={600} size="sm">
                {vendorNames[state.vendor]}
              </Text>
              <Group gap={6} wrap="nowrap" mt={2}>
                {status === 'searching' ? (
                  <Loader size={12} aria-hidden />
                ) : (
                  <span className={classes.dot} data-color={colors[status]} aria-hidden />
                )}
                <Text
                  size="sm"
                  fw={500}
                  c={status === 'notAsked' ? 'dimmed' : undefined}
                  className={textColors[status]}
                  data-testid={`vendor-status-label-${state.vendor}`}
                >
                  {label}
                </Text>
              </Group>
              <Text size="xs" c="dimmed" mt={4}>
                {state.plan.asked
                  ? state.plan.criteria
                      .map((c) => t(`search.how.${state.vendor}.${c.field}` as never))
                      .join('; ')
                  : t(`search.reasons.${state.plan.reason}`)}
              </Text>
              {data?.capped && data.total !== null && (
                <Text size="xs" mt={2}>
                  {t('search.status.capped', { shown: n(count), total: n(data.total) })}
                </Text>
              )}
              {unreadable > 0 && (
                <details>
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
                    <Text size="xs" className={tone.danger} mt={4} role="alert">
                      {describeError(tc, state.query.error)}
                    </Text>
                  )}
                  <Button
                    mt={6}
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
            </Paper>
          );
        })}
      </SimpleGrid>
    </section>
  );
}
