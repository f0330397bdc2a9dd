import {
  Alert,
  Button,
  Checkbox,
  Code,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useCreateSoloWebhook,
  useDeleteSoloWebhook,
  useSoloWebhooks,
  useUpdateSoloWebhook,
} from '@/api/solo/integration-queries';
import { type SoloWebhook, type SoloWebhookEvent, soloWebhookEvents } from '@/api/solo/webhooks';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useNotify } from './use-notify';

interface Draft {
  endpoint: string;
  events: SoloWebhookEvent[];
}

type Problem = 'validation.required' | 'webhooks.urlInvalid';
type Problems = { endpoint?: Problem; events?: Problem };

function problemsOf(draft: Draft): Problems {
  const problems: Problems = {};
  let url: URL | null = null;
  try {
    url = new URL(draft.endpoint.trim());
  } catch {
    url = null;
  }
  if (!draft.endpoint.trim()) problems.endpoint = 'validation.required';
  else if (!url || !['http:', 'https:'].includes(url.protocol)) problems.endpoint = 'webhooks.urlInvalid';
  if (draft.events.length === 0) problems.events = 'validation.required';
  return problems;
}

function WebhookForm({
  initial,
  submitLabel,
  pending,
  onSubmit,
  onCancel,
  idPrefix,
}: {
  initial: Draft;
  submitLabel: string;
  pending: boolean;
  onSubmit: (draft: Draft) => void;
  onCancel?: () => void;
  idPrefix: string;
}) {
  const { t } = useTranslation('admin');
  const [draft, setDraft] = useState<Draft>(initial);
  const [shown, setShown] = useState<Problems>({});
  const receiver = `${window.location.origin}/webhooks/solo`;
  const submit = () => {
    const problems = problemsOf(draft);
    setShown(problems);
    if (problems.endpoint) document.getElementById(`${idPrefix}-endpoint`)?.focus();
    if (!problems.endpoint && !problems.events)
      onSubmit({ endpoint: draft.endpoint.trim(), events: draft.events });
  };
  return (
    <Stack gap="sm">
      <TextInput
        id={`${idPrefix}-endpoint`}
        label={t('webhooks.endpoint')}
        description={t('webhooks.endpointHint', { url: receiver })}
        value={draft.endpoint}
        onChange={(event) => setDraft({ ...draft, endpoint: event.currentTarget.value })}
        error={shown.endpoint ? t(shown.endpoint) : undefined}
        data-testid={`${idPrefix}-endpoint`}
        required
      />
      <Checkbox.Group
        label={t('webhooks.events')}
        value={draft.events}
        onChange={(events) => setDraft({ ...draft, events: events as SoloWebhookEvent[] })}
        error={shown.events ? t(shown.events) : undefined}
        required
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mt="xs" spacing="xs">
          {soloWebhookEvents.map((event) => (
            <Checkbox key={event} value={event} label={event} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Group>
        <Button onClick={submit} loading={pending} data-testid={`${idPrefix}-submit`}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t('webhooks.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function WebhookRow({ webhook }: { webhook: SoloWebhook }) {
  const { t } = useTranslation('admin');
  const [editing, setEditing] = useState(false);
  const notify = useNotify();
  const update = useUpdateSoloWebhook();
  const remove = useDeleteSoloWebhook();
  return (
    <Paper withBorder p="sm" data-testid="solo-webhook">
      {editing ? (
        <WebhookForm
          idPrefix={`solo-edit-${webhook.id}`}
          initial={{ endpoint: webhook.endpoint, events: webhook.events }}
          submitLabel={t('webhooks.save')}
          pending={update.isPending}
          onCancel={() => setEditing(false)}
          onSubmit={(request) =>
            update.mutate(
              { webhookId: webhook.id, request },
              {
                onSuccess: () => {
                  setEditing(false);
                  notify(t('webhooks.updated'));
                },
              },
            )
          }
        />
      ) : (
        <Stack gap={4}>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {webhook.endpoint}
          </Text>
          <Text size="sm" c="dimmed">
            {t('webhooks.id')}: {webhook.id}
          </Text>
          <Text size="sm">{webhook.events.join(', ')}</Text>
          <Group mt="xs">
            <Button size="xs" variant="light" onClick={() => setEditing(true)}>
              {t('webhooks.edit')}
            </Button>
            <Button
              size="xs"
              variant="light"
              color="red"
              loading={remove.isPending}
              onClick={() => {
                if (window.confirm(t('webhooks.deleteConfirm')))
                  remove.mutate(webhook.id, {
                    onSuccess: () => notify(t('webhooks.deleted')),
                  });
              }}
            >
              {t('webhooks.delete')}
            </Button>
          </Group>
        </Stack>
      )}
      {update.isError && <ErrorAlert error={update.error} />}
      {remove.isError && <ErrorAlert error={remove.error} />}
    </Paper>
  );
}

/** Solo's webhooks: list, add (the encryption key is shown once), edit the events, delete. */
export function SoloWebhooks() {
  const { t } = useTranslation('admin');
  const list = useSoloWebhooks();
  const notify = useNotify();
  const create = useCreateSoloWebhook();
  const [key, setKey] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  return (
    <Stack>
      <Title order={2}>{t('webhooks.soloTitle')}</Title>
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data?.length === 0 && <Text>{t('webhooks.empty')}</Text>}
      {list.data?.map((webhook) => (
        <WebhookRow key={webhook.id} webhook={webhook} />
      ))}
      {key && (
        <Alert color="blue" variant="light" title={t('webhooks.keyOnce')} data-testid="solo-webhook-key">
          <Text size="sm">{t('webhooks.keyBody')}</Text>
          <Code block mt="xs">
            {key}
          </Code>
          <Button mt="sm" size="xs" onClick={() => setKey(null)}>
            {t('webhooks.keyClose')}
          </Button>
        </Alert>
      )}
      <Paper withBorder p="sm">
        <WebhookForm
          key={formKey}
          idPrefix="solo-new"
          initial={{ endpoint: '', events: [] }}
          submitLabel={t('webhooks.create')}
          pending={create.isPending}
          onSubmit={(request) =>
            create.mutate(request, {
              onSuccess: (created) => {
                setKey(created.encryptionKey);
                setFormKey((k) => k + 1);
                notify(t('webhooks.created'));
              },
            })
          }
        />
        {create.isError && <ErrorAlert error={create.error} />}
      </Paper>
    </Stack>
  );
}
