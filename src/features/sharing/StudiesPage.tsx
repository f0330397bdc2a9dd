import {
  Alert,
  Button,
  Checkbox,
  Group,
  Pagination,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconLink, IconSearch, IconShare } from '@tabler/icons-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostDicomOrderSummary } from '@/api/postdicom/common';
import { usePostDicomPatientOrderListWithDateRange } from '@/api/postdicom/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { DateField } from '@/components/forms/DateField';
import {
  type ShareableOrder,
  ShareOrdersDialog,
  type ShareOrdersMode,
  shareableOrderFrom,
  ViewerLinkButton,
} from '@/components/sharing';
import { readablePersonName } from '@/components/sharing/de-identify';
import { addIsoDays } from '@/components/sharing/share-expiry';
import { usePostDicomActingUser } from '@/components/sharing/use-acting-user';
import { useToday } from '@/components/sharing/use-today';
import { formatLocalDate } from '@/lib/format/locale-format';
import { isIsoDate } from '@/lib/mappings/datetime';
import { SharingPage } from './components/SharingPage';

const PAGE_SIZE = 20;

interface Filters {
  patientName: string;
  patientId: string;
  accessionNumber: string;
  startDate: string;
  endDate: string;
}

/** `/sharing/studies`: find PostDICOM studies, pick one or more, share them by email or as a quick link, or open them. */
export default function StudiesPage() {
  const { t, i18n } = useTranslation('sharing');
  // Below Mantine's sm breakpoint the study and date go under the patient's name: no sideways scrolling.
  const phone = useMediaQuery('(max-width: 48em)') ?? false;
  const { today } = useToday();
  const acting = usePostDicomActingUser();
  const initial: Filters = {
    patientName: '',
    patientId: '',
    accessionNumber: '',
    startDate: addIsoDays(today, -30),
    endDate: today,
  };
  const [draft, setDraft] = useState<Filters>(initial);
  const [filters, setFilters] = useState<Filters>(initial);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Map<string, ShareableOrder>>(new Map());
  const [dialog, setDialog] = useState<{ orders: ShareableOrder[]; mode: ShareOrdersMode } | null>(null);

  const orders = usePostDicomPatientOrderListWithDateRange(
    { userUuid: acting.userUuid ?? '', ...filters },
    { queryConfig: { enabled: Boolean(acting.userUuid) } },
  );
  const rows = useMemo(
    () =>
      [...(orders.data ?? [])].sort(
        (a, b) =>
          b.OrderDate.localeCompare(a.OrderDate) || (b.OrderTime ?? '').localeCompare(a.OrderTime ?? ''),
      ),
    [orders.data],
  );
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const pageRows = rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);

  const [dateErrors, setDateErrors] = useState<Partial<Record<'startDate' | 'endDate', string>>>({});
  const search = (event: FormEvent) => {
    event.preventDefault();
    const problems: Partial<Record<'startDate' | 'endDate', string>> = {};
    for (const name of ['startDate', 'endDate'] as const) {
      const value = draft[name].trim();
      if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) problems[name] = t('validation.isoDate');
      else if (value && !isIsoDate(value)) problems[name] = t('validation.noSuchDate');
    }
    if (
      !problems.startDate &&
      !problems.endDate &&
      draft.startDate &&
      draft.endDate &&
      draft.endDate < draft.startDate
    )
      problems.endDate = t('validation.endBeforeStart');
    setDateErrors(problems);
    if (problems.startDate || problems.endDate) return;
    setFilters({ ...draft, startDate: draft.startDate.trim(), endDate: draft.endDate.trim() });
    setPage(1);
  };
  const toggle = (order: PostDicomOrderSummary) =>
    setSelected((map) => {
      const next = new Map(map);
      if (next.has(order.PatientOrderUuid)) next.delete(order.PatientOrderUuid);
      else next.set(order.PatientOrderUuid, shareableOrderFrom(order));
      return next;
    });
  const allOnPage = pageRows.length > 0 && pageRows.every((o) => selected.has(o.PatientOrderUuid));
  const togglePage = () =>
    setSelected((map) => {
      const next = new Map(map);
      for (const o of pageRows) {
        if (allOnPage) next.delete(o.PatientOrderUuid);
        else next.set(o.PatientOrderUuid, shareableOrderFrom(o));
      }
      return next;
    });
  const field = (name: keyof Filters, extra: object = {}) => ({
    label: t(`studies.filters.${name}`),
    value: draft[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setDraft((d) => ({ ...d, [name]: value }));
    },
    autoComplete: 'off',
    ...extra,
  });
  const picked = [...selected.values()];

  return (
    <SharingPage section="studies">
      <Title order={2} size="h3">
        {t('studies.title')}
      </Title>
      <Paper
        withBorder
        p="sm"
        component="form"
        onSubmit={search}
        aria-label={t('studies.searchLabel')}
        noValidate
      >
        <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
          <TextInput {...field('patientName')} />
          <TextInput {...field('patientId')} />
          <TextInput {...field('accessionNumber', { maxLength: 16 })} />
          {(['startDate', 'endDate'] as const).map((name) => (
            <DateField
              key={name}
              label={t(`studies.filters.${name}`)}
              value={draft[name]}
              onChange={(value) => setDraft((d) => ({ ...d, [name]: value }))}
              error={dateErrors[name]}
            />
          ))}
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />}>
            {t('studies.search')}
          </Button>
        </Group>
      </Paper>

      {(acting.error || orders.error) && (
        <ErrorAlert
          error={acting.error ?? orders.error}
          onRetry={() => void (acting.error ? acting.refetch() : orders.refetch())}
        />
      )}

      <Paper withBorder p="sm" data-testid="studies-selection">
        <Group justify="space-between" gap="xs">
          <Text size="sm" aria-live="polite">
            {t('studies.selected', { count: picked.length })}
          </Text>
          <Group gap="xs">
            <Button
              size="xs"
              leftSection={<IconShare size={14} aria-hidden />}
              disabled={picked.length === 0}
              onClick={() => setDialog({ orders: picked, mode: 'email' })}
              data-testid="share-selected-email"
            >
              {t('studies.shareByEmail')}
            </Button>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconLink size={14} aria-hidden />}
              disabled={picked.length === 0}
              onClick={() => setDialog({ orders: picked, mode: 'link' })}
              data-testid="share-selected-link"
            >
              {t('studies.quickLink')}
            </Button>
            {picked.length > 0 && (
              <Button size="xs" variant="default" onClick={() => setSelected(new Map())}>
                {t('studies.clearSelection')}
              </Button>
            )}
          </Group>
        </Group>
      </Paper>

      {orders.isPending && acting.userUuid ? (
        <Text size="sm">{t('common.loading')}</Text>
      ) : rows.length === 0 && orders.isSuccess ? (
        <Alert color="gray" variant="light">
          {t('studies.empty')}
        </Alert>
      ) : rows.length > 0 ? (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('studies.count', { count: rows.length })}
          </Text>
          <Table.ScrollContainer minWidth={phone ? 0 : 760}>
            <Table striped highlightOnHover data-testid="studies-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>
                    <Checkbox
                      aria-label={t('studies.selectPage')}
                      checked={allOnPage}
                      indeterminate={!allOnPage && pageRows.some((o) => selected.has(o.PatientOrderUuid))}
                      onChange={togglePage}
                    />
                  </Table.Th>
                  <Table.Th>{t('studies.columns.patient')}</Table.Th>
                  {!phone && <Table.Th>{t('studies.columns.study')}</Table.Th>}
                  {!phone && <Table.Th>{t('studies.columns.date')}</Table.Th>}
                  <Table.Th>{t('studies.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pageRows.map((order) => {
                  const name = readablePersonName(order.PatientName);
                  const study = `${order.OrderModality} ${order.StudyDescription ?? ''}`.trim();
                  return (
                    <Table.Tr
                      key={order.PatientOrderUuid}
                      data-testid="study-row"
                      data-uuid={order.PatientOrderUuid}
                    >
                      <Table.Td>
                        <Checkbox
                          aria-label={t('studies.select', { name, study })}
                          checked={selected.has(order.PatientOrderUuid)}
                          onChange={() => toggle(order)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t('studies.patientId', { id: order.PatientId })}
                        </Text>
                        {phone && (
                          // A phone has no room for the study and date columns: they go under the name.
                          <Text size="xs">
                            {study} · {formatLocalDate(order.OrderDate, i18n.language)}
                          </Text>
                        )}
                      </Table.Td>
                      {!phone && (
                        <Table.Td>
                          <Text size="sm">{study}</Text>
                          {order.AccessionNumber && (
                            <Text size="xs" c="dimmed">
                              {order.AccessionNumber}
                            </Text>
                          )}
                        </Table.Td>
                      )}
                      {!phone && (
                        <Table.Td>
                          <Text size="sm">{formatLocalDate(order.OrderDate, i18n.language)}</Text>
                        </Table.Td>
                      )}
                      <Table.Td>
                        <Group gap={6} wrap={phone ? 'wrap' : 'nowrap'} align="flex-start">
                          <ViewerLinkButton
                            kind="order"
                            uuid={order.PatientOrderUuid}
                            subject={`${name}, ${study}`}
                          />
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setDialog({ orders: [shareableOrderFrom(order)], mode: 'email' })}
                            aria-label={t('studies.shareOne', { name, study })}
                          >
                            {t('studies.share')}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {pages > 1 && (
            <Pagination
              total={pages}
              value={current}
              onChange={setPage}
              getControlProps={(control) => ({
                'aria-label': t(`studies.pagination.${control}`),
              })}
              getItemProps={(item) => ({ 'aria-label': t('studies.pagination.page', { page: item }) })}
            />
          )}
        </Stack>
      ) : null}

      <ShareOrdersDialog
        orders={dialog?.orders ?? []}
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        initialMode={dialog?.mode ?? 'email'}
      />
    </SharingPage>
  );
}
