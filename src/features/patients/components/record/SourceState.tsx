import { Skeleton, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { vendorNames } from '@/api/errors';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { IdentitySource } from '@/lib/patients/patient-key';

/** One vendor's part of a section: loading, its own failure with a retry of that vendor alone, or its content. */
export function SourceState<T>({
  source,
  query,
  children,
  lines = 2,
}: {
  source: IdentitySource;
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  lines?: number;
}) {
  const { t } = useTranslation('patients');
  if (query.isPending)
    return (
      // Said in words (a status, for a screen reader too), the skeleton drawn under it.
      <Stack gap={6} role="status" data-testid={`loading-${source}`}>
        <Text size="sm" c="dimmed">
          {t('record.loading', { vendor: vendorNames[source] })}
        </Text>
        {['a', 'b', 'c', 'd', 'e'].slice(0, lines).map((line) => (
          <Skeleton key={line} height={18} radius="sm" aria-hidden />
        ))}
      </Stack>
    );
  if (query.isError)
    return (
      <div data-testid={`failed-${source}`}>
        <ErrorAlert
          error={query.error}
          title={t('record.sourceFailed', { vendor: vendorNames[source] })}
          onRetry={() => void query.refetch()}
        />
      </div>
    );
  return <>{children(query.data)}</>;
}
