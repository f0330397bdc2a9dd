import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { usePostDicomAccount, usePostDicomPatientOrderProperties } from '@/api/postdicom/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useDocumentTitle } from '@/components/use-document-title';
import { PageSkeleton } from '../components/PageSkeleton';
import { DetailHeader, PropertyRows } from './DetailHeader';
import { PostDicomOrderActions } from './PostDicomOrderActions';

/** Properties shown first, in this order; any other property the vendor sends follows. */
const firstKeys = [
  'PatientName',
  'PatientId',
  'OtherPatientId',
  'PatientBirthDate',
  'PatientSex',
  'OrderModality',
  'AccessionNumber',
  'StudyDescription',
  'OrderDate',
  'OrderTime',
  'InstitutionName',
];

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map(show).join(', ') : '—';
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${show(v)}`)
      .join('; ');
  return String(value);
}

/** `/orders/postdicom/:orderId?institution=<uuid>`: every property of the order, and what can be done with it. */
export default function PostDicomOrderDetailPage() {
  const { t } = useTranslation('orders');
  const { orderId = '' } = useParams();
  const [params] = useSearchParams();
  const institution = params.get('institution') ?? '';
  const account = usePostDicomAccount();
  const userUuid = account.data?.UserList[0]?.UserUuid;
  const ref = {
    userUuid: userUuid ?? '',
    patientOrderInstitutionUuid: institution,
    patientOrderUuid: orderId,
  };
  const properties = usePostDicomPatientOrderProperties(ref, {
    queryConfig: { enabled: Boolean(userUuid && institution) },
  });
  const accession = properties.data?.AccessionNumber;
  const title = t('postdicomDetail.title', { id: accession || orderId });
  useDocumentTitle(title);
  if (account.isError) return <ErrorAlert error={account.error} onRetry={() => void account.refetch()} />;
  if (!institution)
    return (
      <Stack>
        <DetailHeader title={title} vendor="PostDICOM" />
        <Text>{t('postdicomDetail.noInstitution')}</Text>
      </Stack>
    );
  if (account.isPending || properties.isPending) return <PageSkeleton />;
  if (properties.isError)
    return (
      <Stack>
        <DetailHeader title={title} vendor="PostDICOM" />
        <ErrorAlert error={properties.error} onRetry={() => void properties.refetch()} />
      </Stack>
    );
  const p = properties.data as Record<string, unknown>;
  const keys = [
    ...firstKeys.filter((k) => k in p),
    ...Object.keys(p)
      .filter((k) => !firstKeys.includes(k))
      .sort(),
  ];
  return (
    <Stack>
      <DetailHeader title={title} vendor="PostDICOM" />
      <Paper withBorder p="md">
        <PropertyRows rows={keys.map((key) => [key, show(p[key])])} />
      </Paper>
      {userUuid && <PostDicomOrderActions orderRef={{ ...ref, userUuid }} properties={properties.data} />}
    </Stack>
  );
}
