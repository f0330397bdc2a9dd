import { Alert, Button, Group, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** "Draft restored, saved 5 minutes ago", with a way to throw it away. */
export function DraftRestoredAlert({
  savedAt,
  onDiscard,
}: {
  savedAt: number | null;
  onDiscard: () => void;
}) {
  const { t, i18n } = useTranslation('orders');
  const minutes = savedAt === null ? null : Math.max(0, Math.round((Date.now() - savedAt) / 60_000));
  const age =
    minutes === null
      ? null
      : minutes < 60
        ? new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' }).format(-minutes, 'minute')
        : new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' }).format(
            -Math.round(minutes / 60),
            'hour',
          );
  return (
    <Alert icon={<IconInfoCircle aria-hidden />} color="blue" data-testid="draft-restored">
      <Group justify="space-between">
        <Text size="sm">{age ? t('draftRestoredAge', { age }) : t('draftRestored')}</Text>
        <Button size="xs" variant="subtle" onClick={onDiscard}>
          {t('discardDraft')}
        </Button>
      </Group>
    </Alert>
  );
}
