import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Progress,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay, IconSend, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePostDicomAccount, usePostDicomFolderList } from '@/api/postdicom/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { UploadBatch, UploadSettings } from '../batch/upload-batch';
import type { DeidentifyFormState } from '../deidentify/settings';
import { formatBytes, formatDuration } from '../format';
import { sendToPostDicom } from './send-postdicom';

interface SendPanelProps {
  batch: UploadBatch;
  deidentify: DeidentifyFormState;
  deidentifyValid: boolean;
  /** The destination of an interrupted upload, to resume it the same way. */
  initialDestination: UploadSettings['destination'] | null;
}

/** Destination, start, pause / resume / cancel, retry of the failed files, and the progress. */
export function SendPanel({ batch, deidentify, deidentifyValid, initialDestination }: SendPanelProps) {
  const { t, i18n } = useTranslation('uploads');
  const account = usePostDicomAccount();
  const [userUuid, setUserUuid] = useState<string | null>(null);
  const [institutionUuid, setInstitutionUuid] = useState<string | null>(null);
  const [toFolder, setToFolder] = useState(Boolean(initialDestination?.folderUuid));
  const [folderUuid, setFolderUuid] = useState<string | null>(initialDestination?.folderUuid ?? null);
  const [vendorAnonymization, setVendorAnonymization] = useState(
    initialDestination?.vendorAnonymization ?? false,
  );
  const user = userUuid ?? account.data?.UserList[0]?.UserUuid ?? null;
  const institution = institutionUuid ?? account.data?.InstitutionList[0]?.InstitutionUuid ?? null;
  const folders = usePostDicomFolderList(
    { userUuid: user ?? '' },
    { queryConfig: { enabled: Boolean(user) && toFolder } },
  );
  const counts = batch.counts();
  const queue = batch.queueSnapshot();
  const state = queue?.state ?? 'idle';
  const sending = state === 'running' || state === 'pausing' || state === 'cancelling';
  const toSend = counts.ready + counts.cancelled;
  const total =
    counts.sent + counts['sent-before'] + counts.queued + counts.sending + counts.failed + counts.cancelled;
  const sent = counts.sent + counts['sent-before'];
  const anonymizedData = [
    ...(deidentify.patientName.trim()
      ? [{ tag: 'PatientName' as const, value: deidentify.patientName.trim() }]
      : []),
    ...(deidentify.patientId.trim()
      ? [{ tag: 'PatientId' as const, value: deidentify.patientId.trim() }]
      : []),
  ];
  const problem =
    counts.reading > 0
      ? t('send.readingFirst')
      : toSend === 0
        ? t('send.nothing')
        : toFolder && !folderUuid
          ? t('send.folderRequired')
          : vendorAnonymization && anonymizedData.length === 0
            ? t('send.vendorAnonymizationNeeds')
            : null;

  const start = () => {
    if (!user || !institution || problem || !deidentifyValid) return;
    const destination = { folderUuid: toFolder ? folderUuid : null, vendorAnonymization };
    batch.start({
      send: sendToPostDicom({
        userUuid: user,
        institutionUuid: institution,
        folderUuid: destination.folderUuid,
        anonymizedData: vendorAnonymization ? anonymizedData : null,
      }),
      deidentify: deidentify.enabled ? deidentify : null,
      destination,
    });
  };

  const statusText =
    state === 'idle'
      ? ''
      : t(`send.status.${state === 'running' ? 'running' : state}` as 'send.status.running', { sent, total });

  return (
    <Paper withBorder p="md" data-testid="send-panel">
      <Stack gap="sm">
        <Title order={2}>{t('send.title')}</Title>
        {account.isError && (
          <ErrorAlert
            error={account.error}
            title={t('send.accountError')}
            onRetry={() => void account.refetch()}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('send.user')}
            data={(account.data?.UserList ?? []).map((u) => ({ value: u.UserUuid, label: u.UserName }))}
            value={user ?? ''}
            onChange={(event) => setUserUuid(event.currentTarget.value)}
            disabled={sending || !account.data}
          />
          <NativeSelect
            label={t('send.institution')}
            data={(account.data?.InstitutionList ?? []).map((i) => ({
              value: i.InstitutionUuid,
              label: i.InstitutionName,
            }))}
            value={institution ?? ''}
            onChange={(event) => setInstitutionUuid(event.currentTarget.value)}
            disabled={sending || !account.data}
          />
        </SimpleGrid>
        <Radio.Group
          label={t('send.destination')}
          value={toFolder ? 'folder' : 'root'}
          onChange={(value) => setToFolder(value === 'folder')}
        >
          <Group gap="md" mt={4}>
            <Radio value="root" label={t('send.root')} disabled={sending} />
            <Radio value="folder" label={t('send.folder')} disabled={sending} data-testid="send-to-folder" />
          </Group>
        </Radio.Group>
        {toFolder && (
          <NativeSelect
            label={t('send.folderSelect')}
            data={[
              { value: '', label: folders.data?.length === 0 ? t('send.noFolders') : '—' },
              ...(folders.data ?? []).map((f) => ({ value: f.FolderUuid, label: f.FolderName })),
            ]}
            value={folderUuid ?? ''}
            onChange={(event) => setFolderUuid(event.currentTarget.value || null)}
            disabled={sending}
            data-testid="send-folder"
          />
        )}
        <Checkbox
          checked={vendorAnonymization}
          onChange={(event) => setVendorAnonymization(event.currentTarget.checked)}
          label={t('send.vendorAnonymization')}
          disabled={sending}
        />
        <Group gap="sm" wrap="wrap">
          {!sending && (toSend > 0 || !queue) && (
            <Button
              leftSection={<IconSend size={16} aria-hidden />}
              onClick={start}
              disabled={Boolean(problem) || !deidentifyValid || !user || !institution}
              data-testid="send-start"
            >
              {t('send.start', { count: toSend })}
            </Button>
          )}
          {state === 'running' && (
            <Button
              variant="default"
              leftSection={<IconPlayerPause size={16} aria-hidden />}
              onClick={() => batch.pause()}
              data-testid="send-pause"
            >
              {t('send.pause')}
            </Button>
          )}
          {(state === 'paused' || state === 'pausing') && (
            <Button
              leftSection={<IconPlayerPlay size={16} aria-hidden />}
              onClick={() => batch.resume()}
              data-testid="send-resume"
            >
              {t('send.resume')}
            </Button>
          )}
          {(state === 'running' || state === 'paused' || state === 'pausing') && (
            <Button
              variant="default"
              color="red.9"
              leftSection={<IconX size={16} aria-hidden />}
              onClick={() => batch.cancel()}
              data-testid="send-cancel"
            >
              {t('send.cancel')}
            </Button>
          )}
          {!sending && counts.failed > 0 && (
            <Button color="red.9" onClick={() => batch.retryFailed()} data-testid="send-retry">
              {t('send.retry', { count: counts.failed })}
            </Button>
          )}
        </Group>
        {problem && state === 'idle' && (
          <Text size="sm" c="dimmed">
            {problem}
          </Text>
        )}
        {queue && (
          <Stack gap={4}>
            <Progress
              value={queue.totalBytes > 0 ? (queue.doneBytes / queue.totalBytes) * 100 : 0}
              aria-label={t('send.totalLabel')}
              data-testid="send-progress"
            />
            <Text
              size="sm"
              aria-live="polite"
              data-testid="send-status"
              data-state={state}
              data-sent={sent}
              data-failed={counts.failed}
              data-saved={batch.savedSent}
            >
              {statusText}
              {counts.failed > 0 ? ` · ${t('send.failed', { count: counts.failed })}` : ''}
            </Text>
            {sending && (
              <Text size="xs" c="dimmed">
                {formatBytes(queue.doneBytes, i18n.language)} / {formatBytes(queue.totalBytes, i18n.language)}{' '}
                ·{' '}
                {queue.etaSeconds === null
                  ? t('send.etaUnknown')
                  : t('send.eta', { time: formatDuration(queue.etaSeconds, i18n.language) })}
              </Text>
            )}
          </Stack>
        )}
        {!deidentifyValid && deidentify.enabled && (
          <Alert color="red" variant="light">
            {t('deidentify.invalidName')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
