import { Code, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasGateway, useGatewayDeliveries } from '@/api/gateway/admin';
import { AdminShell } from './components/AdminShell';
import { GatewayErrorAlert, NeedsGateway } from './components/GatewayState';
import { ScrollTable } from './components/ScrollTable';
import { formatDateTime } from './format';

/** The webhook deliveries the gateway received, payloads decrypted (admins only), and the ones it refused. */
export default function DeliveryLogPage() {
  const { t, i18n } = useTranslation('admin');
  const [vendor, setVendor] = useState<string | null>(null);
  const log = useGatewayDeliveries(vendor);
  if (!hasGateway()) {
    return (
      <AdminShell section="deliveries">
        <NeedsGateway />
      </AdminShell>
    );
  }
  return (
    <AdminShell section="deliveries">
      <NativeSelect
        label={t('deliveries.vendor')}
        maw={260}
        value={vendor ?? ''}
        onChange={(event) => setVendor(event.currentTarget.value || null)}
        data={[
          { value: '', label: t('deliveries.all') },
          { value: 'solo', label: 'Teladoc Health Solo' },
          { value: 'impilo', label: 'Impilo' },
        ]}
      />
      {log.isError && <GatewayErrorAlert error={log.error} onRetry={() => void log.refetch()} />}
      {log.data && log.data.deliveries.length === 0 && <Text>{t('deliveries.empty')}</Text>}
      {log.data && log.data.deliveries.length > 0 && (
        <Stack gap="sm" data-testid="deliveries">
          {log.data.deliveries.map((delivery) => (
            <Stack
              key={delivery.id}
              gap={4}
              p="sm"
              style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}
            >
              <Text fw={600}>
                {delivery.vendor} · {delivery.eventType}
                {delivery.subject ? ` · ${delivery.subject}` : ''}
              </Text>
              <Text size="sm">
                {t('deliveries.receivedAt')}: {formatDateTime(delivery.receivedAt, i18n.language)}
              </Text>
              <Text size="sm" fw={500}>
                {t('deliveries.payload')}
              </Text>
              <Code block>{JSON.stringify(delivery.payload, null, 2)}</Code>
            </Stack>
          ))}
        </Stack>
      )}
      {log.data && (
        <>
          <Title order={2}>{t('deliveries.refusals')}</Title>
          {log.data.refusals.length === 0 ? (
            <Text>{t('deliveries.noRefusals')}</Text>
          ) : (
            <ScrollTable label={t('deliveries.refusals')} minWidth={480}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('deliveries.receivedAt')}</Table.Th>
                    <Table.Th scope="col">{t('deliveries.vendor')}</Table.Th>
                    <Table.Th scope="col">{t('deliveries.reason')}</Table.Th>
                    <Table.Th scope="col">{t('deliveries.from')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {log.data.refusals.map((refusal) => (
                    <Table.Tr key={refusal.id}>
                      <Table.Td>{formatDateTime(refusal.at, i18n.language)}</Table.Td>
                      <Table.Td>{refusal.vendor}</Table.Td>
                      <Table.Td>
                        {refusal.reason === 'forged' ||
                        refusal.reason === 'replayed' ||
                        refusal.reason === 'malformed'
                          ? t(`deliveries.reasons.${refusal.reason}`)
                          : refusal.reason}
                      </Table.Td>
                      <Table.Td>{refusal.source_ip ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </>
      )}
    </AdminShell>
  );
}
