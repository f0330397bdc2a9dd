import { Badge, Box, Group, Progress, Radio, Stack, Text, Title } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/components/describe-error';
import type { FileEntry, FileStatus } from '../batch/types';
import { formatBytes } from '../format';

type Filter = 'all' | 'problems' | 'sent' | 'pending';

const COLORS: Record<FileStatus, string> = {
  reading: 'gray.8',
  ready: 'blue.9',
  rejected: 'red.9',
  'sent-before': 'teal.9',
  queued: 'gray.8',
  sending: 'indigo.9',
  sent: 'teal.9',
  failed: 'red.9',
  cancelled: 'gray.8',
};

const inFilter: Record<Filter, (entry: FileEntry) => boolean> = {
  all: () => true,
  problems: (entry) => entry.status === 'rejected' || entry.status === 'failed',
  sent: (entry) => entry.status === 'sent' || entry.status === 'sent-before',
  pending: (entry) => !['sent', 'sent-before', 'rejected'].includes(entry.status),
};

const ROW_HEIGHT = 58;

/** Every file of the selection, virtualized (thousands of rows stay cheap), with a filter. */
export function FileList({ entries }: { entries: readonly FileEntry[] }) {
  const { t, i18n } = useTranslation('uploads');
  const { t: tc } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const shown = entries.filter(inFilter[filter]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    // Rows are measured: a refusal or failure wraps onto more lines, so its reason is read whole at 390 px.
    getItemKey: (index) => shown[index]?.id ?? index,
    overscan: 8,
  });
  const count = (f: Filter) => entries.filter(inFilter[f]).length;

  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('files.title')}</Title>
        <Radio.Group
          value={filter}
          onChange={(value) => setFilter(value as Filter)}
          label={t('files.filter.label')}
        >
          <Group gap="sm" mt={4}>
            {(['all', 'problems', 'sent', 'pending'] as const).map((value) => (
              <Radio
                key={value}
                value={value}
                size="xs"
                label={t(`files.filter.${value}`, { count: count(value) })}
              />
            ))}
          </Group>
        </Radio.Group>
      </Group>
      {shown.length === 0 ? (
        <Text size="sm">{t('files.empty')}</Text>
      ) : (
        <Box
          ref={scroller}
          h={Math.min(420, virtualizer.getTotalSize() + 4)}
          style={{
            overflowY: 'auto',
            border: '1px solid var(--mantine-color-default-border)',
            borderRadius: 4,
          }}
          // Scrollable: reachable by keyboard, and named.
          tabIndex={0}
          role="region"
          aria-label={t('files.listLabel')}
          data-testid="file-list"
        >
          <Box role="list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((row) => {
              const entry = shown[row.index] as FileEntry;
              const reason = entry.reason
                ? t(entry.reason.key as 'files.empty', entry.reason.params)
                : entry.error
                  ? describeError(tc, entry.error)
                  : '';
              const problem = entry.status === 'rejected' || entry.status === 'failed';
              return (
                <Box
                  key={entry.id}
                  ref={virtualizer.measureElement}
                  data-index={row.index}
                  role="listitem"
                  data-testid="file-row"
                  data-status={entry.status}
                  px="sm"
                  py={6}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    minHeight: ROW_HEIGHT,
                    transform: `translateY(${row.start}px)`,
                    borderBottom: '1px solid var(--mantine-color-default-border)',
                  }}
                >
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Text size="sm" truncate="start" style={{ minWidth: 0 }} title={entry.path}>
                      {entry.path}
                    </Text>
                    <Badge
                      color={COLORS[entry.status]}
                      variant="filled"
                      size="sm"
                      style={{ flexShrink: 0, overflow: 'visible' }}
                    >
                      {t(`files.status.${entry.status}`)}
                    </Badge>
                  </Group>
                  {entry.status === 'sending' ? (
                    <Progress
                      value={entry.progress * 100}
                      size="sm"
                      mt={6}
                      aria-label={t('files.progress', { path: entry.path })}
                    />
                  ) : (
                    <Text size="xs" c={problem ? 'var(--mantine-color-error)' : 'dimmed'} truncate={!problem}>
                      <span data-testid="file-reason">
                        {reason ||
                          [entry.header?.modality, entry.header?.seriesDescription]
                            .filter(Boolean)
                            .join(' · ')}
                      </span>
                      {` · ${formatBytes(entry.size, i18n.language)}`}
                    </Text>
                  )}
                </Box>
              );
            })}
          </Box>
        </Box>
      )}
    </Stack>
  );
}
