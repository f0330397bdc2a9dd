import { Button, Group, Loader, Paper, Text, VisuallyHidden } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type VendorId, vendorNames } from '@/api/errors';

/** After this long, the waiting line says that it is taking longer than usual. */
const SLOW_AFTER_S = 8;

interface Props {
  vendor: VendorId;
  onStop: () => void;
}

/**
 * Shown while a form's request is in flight (the form itself is inert meanwhile): how long it has been
 * waiting, and a button that stops waiting (aborts the request). Screen readers hear it once, and once
 * more when it turns slow, not every second.
 */
export function PendingRequest({ vendor, onStop }: Props) {
  const { t } = useTranslation();
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = performance.now();
    const timer = setInterval(() => setSeconds(Math.floor((performance.now() - started) / 1000)), 500);
    return () => clearInterval(timer);
  }, []);
  const name = vendorNames[vendor];
  const slow = seconds >= SLOW_AFTER_S;
  return (
    <Paper withBorder shadow="sm" p="sm" data-testid="pending-request">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" wrap="nowrap">
          <Loader size="sm" aria-hidden />
          <Text size="sm" aria-hidden data-testid="pending-elapsed">
            {slow
              ? t('request.stillWaiting', { vendor: name, seconds })
              : t('request.waiting', { vendor: name, seconds })}
          </Text>
          <VisuallyHidden role="status">
            {slow
              ? t('request.stillWaiting', { vendor: name, seconds: SLOW_AFTER_S })
              : t('request.waiting', { vendor: name, seconds: 0 })}
          </VisuallyHidden>
        </Group>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconPlayerStop size={14} aria-hidden />}
          onClick={onStop}
          data-testid="stop-waiting"
        >
          {t('request.stop')}
        </Button>
      </Group>
    </Paper>
  );
}
