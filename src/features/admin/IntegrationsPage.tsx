import { Button, Group, Table, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { vendorNames } from '@/api/errors';
import { hasGateway, useCheckIntegrations, useGatewayIntegrations } from '@/api/gateway/admin';
import { AdminShell } from './components/AdminShell';
import { GatewayErrorAlert, NeedsGateway } from './components/GatewayState';
import { ScrollTable } from './components/ScrollTable';
import { formatDateTime } from './format';

/** Each vendor's status as the gateway sees it (reachable, last error, latency) and the mode. */
export default function IntegrationsPage() {
  const { t, i18n } = useTranslation('admin');
  const integrations = useGatewayIntegrations();
  const check = useCheckIntegrations();
  if (!hasGateway()) {
    return (
      <AdminShell section="overview">
        <Text>
          {t('integrations.mode')}: <strong>{t('integrations.modes.mock')}</strong>
        </Text>
        <NeedsGateway />
      </AdminShell>
    );
  }
  const data = check.data ?? integrations.data;
  return (
    <AdminShell section="overview">
      {integrations.isError && (
        <GatewayErrorAlert error={integrations.error} onRetry={() => void integrations.refetch()} />
      )}
      {check.isError && <GatewayErrorAlert error={check.error} />}
      {data && (
        <>
          <Group gap="xl">
            <Text>
              {t('integrations.mode')}: <strong>{t(`integrations.modes.${data.mode}`)}</strong>
            </Text>
            <Text>
              {t('integrations.database')}: <strong>{t(`integrations.databases.${data.database}`)}</strong>
            </Text>
            <Button
              variant="light"
              leftSection={<IconRefresh size={16} aria-hidden />}
              loading={check.isPending}
              onClick={() => check.mutate()}
            >
              {t('integrations.check')}
            </Button>
          </Group>
          <ScrollTable label={t('sections.overview')} minWidth={640}>
            <Table striped data-testid="integrations-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('integrations.vendor')}</Table.Th>
                  <Table.Th scope="col">{t('integrations.state')}</Table.Th>
                  <Table.Th scope="col">{t('integrations.latency')}</Table.Th>
                  <Table.Th scope="col">{t('integrations.lastError')}</Table.Th>
                  <Table.Th scope="col">{t('integrations.calls')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.vendors.map((v) => (
                  <Table.Tr key={v.vendor}>
                    <Table.Th scope="row">{vendorNames[v.vendor]}</Table.Th>
                    <Table.Td>
                      {!v.configured ? (
                        <Text size="sm" fw={600}>
                          {t('integrations.notConfigured')}
                        </Text>
                      ) : v.reachable === null ? (
                        <Text size="sm" fw={600}>
                          {t('integrations.unknown')}
                        </Text>
                      ) : v.reachable ? (
                        <Text size="sm" fw={600}>
                          {t('integrations.reachable')}
                        </Text>
                      ) : (
                        <Text size="sm" fw={600}>
                          {t('integrations.unreachable')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{v.latencyMs ? t('integrations.ms', v.latencyMs) : '—'}</Table.Td>
                    <Table.Td>
                      {v.lastError
                        ? `${v.lastError.message} · ${formatDateTime(v.lastError.at, i18n.language)}`
                        : t('integrations.none')}
                    </Table.Td>
                    <Table.Td>{v.calls}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </>
      )}
    </AdminShell>
  );
}
