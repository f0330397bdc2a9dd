import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InputIssue } from '@/api/errors';
import { ErrorAlert } from '../ErrorAlert';

/**
 * What the share dialogs say when a share failed: one sentence for the error, whether part of it was sent
 * already, and the problems that belong to no field.
 */
export function ShareFailure({
  error,
  unplaced,
  partlyDone,
}: {
  error: unknown;
  unplaced: InputIssue[];
  partlyDone: boolean;
}) {
  const { t } = useTranslation('sharing');
  return (
    <Stack gap="xs" data-testid="share-error">
      <ErrorAlert error={error} title={t('failed')} />
      {partlyDone && <Text size="sm">{t('partlyDone')}</Text>}
      {unplaced.length > 0 && (
        <List size="sm">
          {unplaced.map((issue) => (
            <List.Item key={`${issue.path}|${issue.message}`}>
              {t(issue.message as 'validation.noStudies', issue.params ?? {})}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** A restored draft, with the button that discards it. */
export function DraftRestored({ message, onDiscard }: { message: string; onDiscard: () => void }) {
  const { t } = useTranslation('sharing');
  return (
    <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
      <Group justify="space-between" gap="xs">
        <Text size="sm">{message}</Text>
        <Button size="xs" variant="default" onClick={onDiscard}>
          {t('discardDraft')}
        </Button>
      </Group>
    </Alert>
  );
}
