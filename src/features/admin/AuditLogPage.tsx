import { Button, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vendorIds, vendorNames } from '@/api/errors';
import { type AuditFilters, hasGateway, useGatewayAudit } from '@/api/gateway/admin';
import { AdminShell } from './components/AdminShell';
import { DayInput } from './components/DayInput';
import { GatewayErrorAlert, NeedsGateway } from './components/GatewayState';
import { ScrollTable } from './components/ScrollTable';
import { formatDateTime } from './format';

const isoDay = (date: string | null) => (date ? date.slice(0, 10) : undefined);

/** The audit log: who called which vendor endpoint, for which patient key, with what outcome. */
export default function AuditLogPage() {
  const { t, i18n } = useTranslation('admin');
  const [form, setForm] = useState({
    actor: '',
    patientKey: '',
    vendor: '',
    from: null as string | null,
    to: null as string | null,
  });
  const [filters, setFilters] = useState<AuditFilters>({});
  const audit = useGatewayAudit(filters);
  if (!hasGateway()) {
    return (
      <AdminShell section="audit">
        <NeedsGateway />
      </AdminShell>
    );
  }
  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilters({
      actor: form.actor.trim() || undefined,
      patientKey: form.patientKey.trim() || undefined,
      vendor: form.vendor || undefined,
      from: isoDay(form.from),
      to: isoDay(form.to),
    });
  };
  return (
    <AdminShell section="audit">
      <form onSubmit={search}>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('audit.user')}
            value={form.actor}
            onChange={(e) => setForm({ ...form, actor: e.currentTarget.value })}
          />
          <TextInput
            label={t('audit.patientKey')}
            value={form.patientKey}
            onChange={(e) => setForm({ ...form, patientKey: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('audit.vendor')}
            value={form.vendor}
            onChange={(e) => setForm({ ...form, vendor: e.currentTarget.value })}
            data={[
              { value: '', label: t('audit.anyVendor') },
              ...vendorIds.map((id) => ({ value: id, label: vendorNames[id] })),
              { value: 'gateway', label: 'Gateway' },
            ]}
          />
          <DayInput
            w={180}
            label={t('audit.from')}
            value={form.from}
            onChange={(from) => setForm({ ...form, from })}
          />
          <DayInput
            w={180}
            label={t('audit.to')}
            value={form.to}
            onChange={(to) => setForm({ ...form, to })}
          />
          <Button type="submit" data-testid="audit-search">
            {t('audit.search')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setForm({ actor: '', patientKey: '', vendor: '', from: null, to: null });
              setFilters({});
            }}
          >
            {t('audit.clear')}
          </Button>
        </Group>
      </form>
      {audit.isError && <GatewayErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />}
      {audit.data && audit.data.length === 0 && <Text>{t('audit.empty')}</Text>}
      {audit.data && audit.data.length > 0 && (
        <>
          <Text size="sm" aria-live="polite">
            {t('audit.count', { count: audit.data.length })}
          </Text>
          <ScrollTable label={t('sections.audit')} minWidth={860}>
            <Table striped data-testid="audit-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('audit.at')}</Table.Th>
                  <Table.Th scope="col">{t('audit.user')}</Table.Th>
                  <Table.Th scope="col">{t('audit.vendor')}</Table.Th>
                  <Table.Th scope="col">{t('audit.endpoint')}</Table.Th>
                  <Table.Th scope="col">{t('audit.patientKey')}</Table.Th>
                  <Table.Th scope="col">{t('audit.outcome')}</Table.Th>
                  <Table.Th scope="col">{t('audit.duration')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {audit.data.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>{formatDateTime(entry.at, i18n.language)}</Table.Td>
                    <Table.Td>
                      {entry.actor_name ? `${entry.actor_name} (${entry.actor})` : entry.actor}
                    </Table.Td>
                    <Table.Td>{entry.vendor}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{entry.endpoint}</Table.Td>
                    <Table.Td>{entry.patient_key ?? '—'}</Table.Td>
                    <Table.Td>
                      {entry.outcome}
                      {entry.status ? ` (${entry.status})` : ''}
                    </Table.Td>
                    <Table.Td>{entry.duration_ms === null ? '—' : `${entry.duration_ms} ms`}</Table.Td>
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
