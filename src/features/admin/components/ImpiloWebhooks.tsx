import {
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateImpiloWebhook, useDeleteImpiloWebhook, useImpiloWebhooks } from '@/api/impilo/queries';
import { impiloWebhookTypes } from '@/api/impilo/webhooks';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ScrollTable } from './ScrollTable';
import { useNotify } from './use-notify';

type ImpiloType = (typeof impiloWebhookTypes)[number];

/** Impilo's webhooks: list, add (https only), delete. */
export function ImpiloWebhooks() {
  const { t } = useTranslation('admin');
  const list = useImpiloWebhooks();
  const notify = useNotify();
  const create = useCreateImpiloWebhook();
  const remove = useDeleteImpiloWebhook();
  const [type, setType] = useState<ImpiloType>('order.status');
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState<'validation.required' | 'webhooks.httpsRequired' | null>(null);
  const submit = () => {
    let valid = false;
    try {
      valid = new URL(url.trim()).protocol === 'https:';
    } catch {
      valid = false;
    }
    const problem = !url.trim() ? 'validation.required' : valid ? null : 'webhooks.httpsRequired';
    setUrlError(problem);
    if (problem) {
      document.getElementById('impilo-url')?.focus();
      return;
    }
    create.mutate(
      { type, url: url.trim() },
      {
        onSuccess: () => {
          setUrl('');
          notify(t('webhooks.created'));
        },
      },
    );
  };
  return (
    <Stack>
      <Title order={2}>{t('webhooks.impiloTitle')}</Title>
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data?.length === 0 && <Text>{t('webhooks.empty')}</Text>}
      {list.data && list.data.length > 0 && (
        <ScrollTable label={t('webhooks.impiloTitle')} minWidth={480}>
          <Table data-testid="impilo-webhooks">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('webhooks.type')}</Table.Th>
                <Table.Th scope="col">{t('webhooks.url')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('webhooks.delete')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((webhook) => (
                <Table.Tr key={webhook.id}>
                  <Table.Td>{webhook.type}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{webhook.url}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      aria-label={`${t('webhooks.delete')} ${webhook.type} ${webhook.url}`}
                      onClick={() => {
                        if (window.confirm(t('webhooks.deleteConfirm')))
                          remove.mutate(webhook.id, {
                            onSuccess: () => notify(t('webhooks.deleted')),
                          });
                      }}
                    >
                      {t('webhooks.delete')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {remove.isError && <ErrorAlert error={remove.error} />}
      <Paper withBorder p="sm">
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('webhooks.type')}
            data={[...impiloWebhookTypes]}
            value={type}
            onChange={(event) => setType(event.currentTarget.value as ImpiloType)}
          />
          <TextInput
            id="impilo-url"
            label={t('webhooks.url')}
            value={url}
            onChange={(event) => setUrl(event.currentTarget.value)}
            error={urlError ? t(urlError) : undefined}
            style={{ flex: '1 1 16rem' }}
            required
          />
          <Button onClick={submit} loading={create.isPending} data-testid="impilo-submit">
            {t('webhooks.create')}
          </Button>
        </Group>
        {create.isError && <ErrorAlert error={create.error} />}
      </Paper>
    </Stack>
  );
}
