import { Alert, Button, Group, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BatchRecord } from '../upload/batch-record';

/** After a reload: what the interrupted upload of this tab had sent, and how to finish it. */
export function ResumeNotice({
  record,
  matched,
  onForget,
}: {
  record: BatchRecord;
  /** Files of the current selection that were sent before the reload. */
  matched: number;
  onForget: () => void;
}) {
  const { t } = useTranslation('uploads');
  const total = record.sent.length + record.notSent.length;
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconHistory aria-hidden />}
      title={t('resume.title')}
      data-testid="resume-notice"
    >
      <Text size="sm">
        {t('resume.body', { sent: record.sent.length, total, notSent: record.notSent.length })}
      </Text>
      {matched > 0 && (
        <Text size="sm" mt={4} fw={600} data-testid="resume-matched">
          {t('resume.matched', { count: matched })}
        </Text>
      )}
      <Group mt="sm">
        <Button size="xs" variant="default" onClick={onForget}>
          {t('resume.forget')}
        </Button>
      </Group>
    </Alert>
  );
}
