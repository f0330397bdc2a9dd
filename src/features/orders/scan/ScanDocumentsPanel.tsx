import { ActionIcon, Button, FileButton, Group, List, Progress, Stack, Text } from '@mantine/core';
import { IconFileUpload, IconRefresh, IconX } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InputError } from '@/api/errors';
import { SCAN_MAX_DOCUMENT_BYTES } from '@/api/scan/documents';
import { useUploadScanDocument } from '@/api/scan/queries';
import type { ScanAdditionalDocument } from '@/api/scan/referrals';
import { describeError } from '@/components/describe-error';
import { translateValidation } from '@/i18n/zod-messages';

type UploadState = 'waiting' | 'uploading' | 'done' | 'failed' | 'refused';

interface QueuedFile {
  key: number;
  file: File;
  state: UploadState;
  /** What went wrong, already in words. */
  problem?: string;
}

const MEGABYTES = SCAN_MAX_DOCUMENT_BYTES / 1024 / 1024;

function formatSize(bytes: number, locale: string): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1
    ? `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(mb)} MB`
    : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} KB`;
}

/**
 * A referral's additional documents: the list Scan.com holds, and files to add, sent one per request
 * (Scan.com's rule), each with its own state and progress; a file over 25 MB is refused before sending.
 */
export function ScanDocumentsPanel({
  referralId,
  documents,
  disabled = false,
}: {
  referralId: number;
  documents: readonly ScanAdditionalDocument[];
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation('orders');
  const { t: tc } = useTranslation();
  const upload = useUploadScanDocument(referralId);
  const [queue, setQueue] = useState<QueuedFile[]>([]);
  const running = useRef(false);
  const serial = useRef(0);

  const patch = useCallback(
    (key: number, change: Partial<QueuedFile>) =>
      setQueue((items) => items.map((item) => (item.key === key ? { ...item, ...change } : item))),
    [],
  );
  const send = upload.mutateAsync;

  const add = (files: File[]) =>
    setQueue((items) => [
      ...items,
      ...files.map((file): QueuedFile => {
        const key = ++serial.current;
        if (file.size > SCAN_MAX_DOCUMENT_BYTES)
          return {
            key,
            file,
            state: 'refused',
            problem: t('scan.documents.tooLarge', { megabytes: MEGABYTES }),
          };
        if (file.size === 0) return { key, file, state: 'refused', problem: t('scan.documents.empty') };
        return { key, file, state: 'waiting' };
      }),
    ]);

  // One file per request, one after another.
  useEffect(() => {
    if (running.current) return;
    const next = queue.find((item) => item.state === 'waiting');
    if (!next) return;
    running.current = true;
    patch(next.key, { state: 'uploading' });
    send({ file: next.file, fileName: next.file.name })
      .then(() => patch(next.key, { state: 'done', problem: undefined }))
      .catch((error: unknown) => {
        const issue = error instanceof InputError ? error.issues[0] : undefined;
        patch(next.key, {
          state: 'failed',
          problem: issue ? translateValidation(tc, issue.message, issue.params) : describeError(tc, error),
        });
      })
      .finally(() => {
        running.current = false;
        setQueue((items) => [...items]);
      });
  }, [queue, send, patch, tc]);

  const shown = queue.filter((item) => item.state !== 'done');
  return (
    <Stack gap="sm" data-testid="scan-documents">
      <Text size="sm">{t('scan.documents.hint', { megabytes: MEGABYTES })}</Text>
      {documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('scan.documents.none')}
        </Text>
      ) : (
        <List size="sm" spacing={4} data-testid="scan-document-list">
          {documents.map((document) => (
            <List.Item key={document.id}>
              {document.file_name}
              {typeof document.size === 'number' ? ` · ${formatSize(document.size, i18n.language)}` : ''}
            </List.Item>
          ))}
        </List>
      )}
      {shown.length > 0 && (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-live="polite">
          {shown.map((item) => (
            <li key={item.key} data-testid="scan-upload" data-state={item.state}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" truncate="end">
                  {item.file.name} · {formatSize(item.file.size, i18n.language)} ·{' '}
                  {t(`scan.documents.state.${item.state}`)}
                </Text>
                {(item.state === 'failed' || item.state === 'refused') && (
                  <Group gap={4} wrap="nowrap">
                    {item.state === 'failed' && (
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('scan.documents.retry', { name: item.file.name })}
                        onClick={() => patch(item.key, { state: 'waiting', problem: undefined })}
                      >
                        <IconRefresh size={16} aria-hidden />
                      </ActionIcon>
                    )}
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('scan.documents.remove', { name: item.file.name })}
                      onClick={() => setQueue((items) => items.filter((other) => other.key !== item.key))}
                    >
                      <IconX size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                )}
              </Group>
              <Progress
                value={item.state === 'waiting' ? 0 : 100}
                animated={item.state === 'uploading'}
                striped={item.state === 'uploading'}
                color={item.state === 'failed' || item.state === 'refused' ? 'red' : undefined}
                size="sm"
                aria-label={t('scan.documents.progress', { name: item.file.name })}
              />
              {item.problem && (
                <Text size="xs" c="red" mt={2}>
                  {item.problem}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      )}
      <Group>
        <FileButton
          onChange={add}
          multiple
          disabled={disabled}
          inputProps={{ 'data-testid': 'scan-document-input' } as never}
        >
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconFileUpload size={16} aria-hidden />}>
              {t('scan.documents.add')}
            </Button>
          )}
        </FileButton>
      </Group>
    </Stack>
  );
}
