import { Badge, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { VendorError } from '@/api/errors';
import {
  useImpiloItems,
  useImpiloKits,
  useImpiloOrder,
  useImpiloPatient,
  useImpiloSite,
} from '@/api/impilo/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useDocumentTitle } from '@/components/use-document-title';
import { formatInstant } from '@/lib/format/locale-format';
import { PageSkeleton } from '../components/PageSkeleton';
import { DetailHeader, PropertyRows } from './DetailHeader';

/** `/orders/impilo/:orderId`: the order's status, its events as a timeline, its tracking numbers and lines. */
export default function ImpiloOrderDetailPage() {
  const { t, i18n } = useTranslation('orders');
  const { orderId = '' } = useParams();
  const order = useImpiloOrder(orderId);
  const items = useImpiloItems({ size: 250 });
  const kits = useImpiloKits({ size: 250 });
  const patient = useImpiloPatient(order.data?.patient?.id ?? undefined);
  const site = useImpiloSite(order.data?.site?.id ?? undefined);
  const title = t('impiloDetail.title', { id: order.data?.externalOrderIds[0] ?? orderId });
  useDocumentTitle(title);
  if (order.isPending) return <PageSkeleton />;
  if (order.isError)
    return (
      <Stack>
        <DetailHeader title={t('impiloDetail.title', { id: orderId })} vendor="Impilo" />
        {order.error instanceof VendorError && order.error.status === 404 ? (
          <Text>{t('impiloDetail.notFound', { id: orderId })}</Text>
        ) : (
          <ErrorAlert error={order.error} onRetry={() => void order.refetch()} />
        )}
      </Stack>
    );
  const o = order.data;
  const nameOf = (kind: 'item' | 'kit', id: string) =>
    (kind === 'item' ? items.data?.content : kits.data?.content)?.find((x) => x.id === id)?.name ?? id;
  const lines = [
    ...o.orderKits.map((line) => ({ kind: 'kit' as const, ...line })),
    ...o.orderItems.map((line) => ({ kind: 'item' as const, ...line })),
  ];
  const events = [...o.orderEvents].sort((a, b) => a.timestamp.localeCompare(b.timestamp));
  return (
    <Stack>
      <DetailHeader title={title} vendor="Impilo" />
      <Paper withBorder p="md">
        <PropertyRows
          rows={[
            [
              t('impiloDetail.status'),
              <Badge key="s" variant="light" color="blue.9" tt="none">
                {t(`impiloStatuses.${o.currentStatus}`)} ({o.currentStatus})
              </Badge>,
            ],
            [t('impiloDetail.id'), o.id],
            [
              t('impiloDetail.recipient'),
              o.patient
                ? t('impiloDetail.patient', {
                    id: patient.data
                      ? `${patient.data.firstName} ${patient.data.lastName} (${patient.data.externalIdentifier ?? o.patient.id})`
                      : o.patient.id,
                  })
                : t('impiloDetail.site', {
                    id: site.data
                      ? `${site.data.name} (${site.data.externalIdentifier ?? site.data.id})`
                      : (o.site?.id ?? ''),
                  }),
            ],
            [t('impiloDetail.externalIds'), o.externalOrderIds.join(', ') || t('notSet')],
            [
              t('impiloDetail.tracking'),
              o.trackingNumbers.length ? o.trackingNumbers.join(', ') : t('impiloDetail.noTracking'),
            ],
            [t('impilo.fields.orderNotes'), o.orderNotes || t('notSet')],
            ...(o.createdAt
              ? [[t('fields.created_at'), formatInstant(o.createdAt, i18n.language)] as [string, string]]
              : []),
          ]}
        />
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('impilo.sections.lines')}
        </Title>
        <Stack gap={4} component="ul" style={{ margin: 0, paddingInlineStart: '1.2rem' }}>
          {lines.map((line) => (
            <li key={`${line.kind}:${line.id}`}>
              <Text size="sm">
                {nameOf(line.kind, line.id)} (
                {t(line.kind === 'kit' ? 'impiloDetail.kit' : 'impiloDetail.item')}) × {line.quantity ?? 1}
              </Text>
            </li>
          ))}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('impiloDetail.events')}
        </Title>
        <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} color="blue.8">
          {events.map((event) => (
            <Timeline.Item
              key={`${event.status}-${event.timestamp}`}
              title={`${t(`impiloStatuses.${event.status}`)} (${event.status})`}
            >
              <Group gap="xs">
                <Text size="sm">{formatInstant(event.timestamp, i18n.language)}</Text>
                {event.description && <Text size="sm">· {event.description}</Text>}
              </Group>
            </Timeline.Item>
          ))}
        </Timeline>
      </Paper>
    </Stack>
  );
}
