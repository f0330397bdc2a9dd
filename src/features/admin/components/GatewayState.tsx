import { Alert, Button, Text } from '@mantine/core';
import { IconAlertTriangle, IconServerOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { GatewayApiError } from '@/api/gateway/admin';

/** Said plainly where a page needs the console's server and the console runs without one (mock mode). */
export function NeedsGateway() {
  const { t } = useTranslation('admin');
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconServerOff aria-hidden />}
      title={t('needsGateway.title')}
      data-testid="needs-gateway"
    >
      <Text size="sm">{t('needsGateway.body')}</Text>
    </Alert>
  );
}

export function GatewayErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('admin');
  const status = error instanceof GatewayApiError ? error.status : -1;
  const message =
    status === 403
      ? t('gatewayError.forbidden')
      : status === 401
        ? t('gatewayError.signedOut')
        : status === 0
          ? t('gatewayError.network')
          : t('gatewayError.other', { status: status > 0 ? status : '—' });
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('gatewayError.title')}
    >
      <Text size="sm">{message}</Text>
      {onRetry && status !== 403 && (
        <Button mt="sm" size="xs" variant="light" onClick={onRetry}>
          {t('retry')}
        </Button>
      )}
    </Alert>
  );
}
