import { Alert, Button, Code, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ContractError } from '@/api/errors';
import { describeError } from './describe-error';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** A vendor error, said plainly, with the technical detail QA needs and an optional retry. */
export function ErrorAlert({ error, title, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={title} role="alert">
      <Text size="sm">{describeError(t, error)}</Text>
      {error instanceof ContractError && (
        <Code block mt="xs" fz="xs">
          {error.issues
            .slice(0, 5)
            .map((issue) => `${issue.path || '(body)'}: ${issue.message}`)
            .join('\n')}
        </Code>
      )}
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="filled" color="red.9" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
