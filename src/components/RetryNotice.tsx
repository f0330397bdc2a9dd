import { Alert, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_QUERY_RETRIES } from '@/api/query-client';
import { describeError } from './describe-error';

interface Props {
  /** react-query's `failureCount` of the query. */
  failureCount: number;
  /** react-query's `failureReason`. */
  error: unknown;
}

/**
 * While a query retries a transient failure, says so at once ("Could not reach Eden… retrying, attempt 2
 * of 4") instead of a silent skeleton; the final failure is the page's ErrorAlert.
 */
export function RetryNotice({ failureCount, error }: Props) {
  const { t } = useTranslation();
  if (failureCount === 0 || !error) return null;
  return (
    <Alert
      color="gray"
      variant="light"
      icon={<IconRefresh aria-hidden />}
      role="status"
      data-testid="retrying"
    >
      <Text size="sm">{describeError(t, error)}</Text>
      <Text size="sm">
        {t('request.retrying', { attempt: failureCount + 1, attempts: MAX_QUERY_RETRIES + 1 })}
      </Text>
    </Alert>
  );
}
