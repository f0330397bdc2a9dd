import { Alert, Button, FileButton, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useDeleteSoloAttachment,
  useSoloAttachments,
  useUploadSoloAttachment,
} from '@/api/solo/integration-queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ZonedTime } from '@/components/scheduling/ZonedTime';
import { formatNumber } from '@/lib/format/locale-format';
import { type AttachmentProblem, checkAttachmentFile } from './attachment-check';

/** The appointment's attachments: list, upload within Solo's limits (checked by content first), delete. */
export function AttachmentsSection({ appointmentId, timeZone }: { appointmentId: number; timeZone: string }) {
  const { t, i18n } = useTranslation('schedule');
  const id = String(appointmentId);
  const list = useSoloAttachments(id);
  const upload = useUploadSoloAttachment();
  const remove = useDeleteSoloAttachment();
  const [problem, setProblem] = useState<{ name: string; problem: AttachmentProblem } | null>(null);

  const onFile = async (file: File | null) => {
    if (!file) return;
    upload.reset();
    const found = await checkAttachmentFile(file);
    if (found) {
      setProblem({ name: file.name, problem: found });
      return;
    }
    setProblem(null);
    upload.mutate({ appointmentId: id, file, fileName: file.name });
  };

  const visible = (list.data ?? []).filter((attachment) => !attachment.deleted);
  return (
    <Stack gap="sm">
      <Group>
        <FileButton onChange={(file) => void onFile(file)} accept="application/pdf,image/png,image/jpeg">
          {(props) => (
            <Button
              {...props}
              leftSection={<IconPaperclip size={16} aria-hidden />}
              loading={upload.isPending}
              data-testid="attach-file"
            >
              {t('attachments.upload')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          {t('attachments.limits')}
        </Text>
      </Group>
      {problem && (
        <Alert color="red" variant="light" role="alert" data-testid="attachment-problem">
          {t(`attachments.problem.${problem.problem}`, { name: problem.name })}
        </Alert>
      )}
      {upload.isError && <ErrorAlert error={upload.error} />}
      {upload.isSuccess && (
        <Text size="sm" role="status">
          {t('attachments.uploaded', { name: upload.data.title })}
        </Text>
      )}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {remove.isError && <ErrorAlert error={remove.error} />}
      {list.isSuccess && visible.length === 0 && <Text size="sm">{t('attachments.none')}</Text>}
      {visible.length > 0 && (
        <Table data-testid="attachments" aria-label={t('attachments.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('attachments.name')}</Table.Th>
              <Table.Th>{t('attachments.size')}</Table.Th>
              <Table.Th>{t('attachments.uploadedAt')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('attachments.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map((attachment) => (
              <Table.Tr key={attachment.id}>
                <Table.Td>
                  <Text size="sm">{attachment.title}</Text>
                  <Text size="xs" c="dimmed">
                    {attachment.mimeType}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {t('attachments.kb', {
                    size: formatNumber(Math.max(1, Math.round(attachment.size / 1024)), i18n.language),
                  })}
                </Table.Td>
                <Table.Td>
                  <ZonedTime at={Date.parse(attachment.uploadedAt)} timeZone={timeZone} withDay size="xs" />
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red.9"
                    leftSection={<IconTrash size={14} aria-hidden />}
                    onClick={() =>
                      remove.mutate(
                        { appointmentId: id, attachmentId: attachment.id },
                        { onSuccess: () => upload.reset() },
                      )
                    }
                    loading={remove.isPending && remove.variables?.attachmentId === attachment.id}
                    aria-label={t('attachments.deleteLabel', { name: attachment.title })}
                  >
                    {t('attachments.delete')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
