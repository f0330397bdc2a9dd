import { Alert, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { VendorError } from '@/api/errors';
import { useScanReferral, useScanSession } from '@/api/scan/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useDocumentTitle } from '@/components/use-document-title';
import { PageSkeleton } from '../components/PageSkeleton';
import { ScanDocumentsPanel } from '../scan/ScanDocumentsPanel';
import { ScanReferralSummary } from '../scan/ScanReferralSummary';
import { useScanSummaryNames } from '../scan/use-scan-summary-names';
import { DetailHeader } from './DetailHeader';

/**
 * `/orders/scan/:referralId`: a Scan.com referral's state, body parts, provider, time blocks and documents
 * (list and add). Scan.com shows a referral only to the user who created it, in this tab's session.
 */
export default function ScanReferralDetailPage() {
  const { t } = useTranslation('orders');
  const { referralId = '' } = useParams();
  const id = /^\d+$/.test(referralId) ? Number(referralId) : undefined;
  const session = useScanSession();
  const referral = useScanReferral(session.active ? id : undefined);
  const names = useScanSummaryNames(referral.data);
  const title = t('scan.detail.title', { id: referralId });
  useDocumentTitle(title);

  const header = <DetailHeader title={title} vendor="Scan.com" />;
  if (!session.active || id === undefined)
    return (
      <Stack>
        {header}
        <Alert color="gray" variant="light" data-testid="scan-detail-no-session">
          <Text size="sm">
            {id === undefined ? t('scan.detail.notFound', { id: referralId }) : t('scan.detail.noSession')}
          </Text>
          <Anchor component={Link} to="/orders/new?vendor=scan" size="sm">
            {t('scan.detail.newReferral')}
          </Anchor>
        </Alert>
      </Stack>
    );
  if (referral.isPending) return <PageSkeleton />;
  if (referral.isError)
    return (
      <Stack>
        {header}
        {referral.error instanceof VendorError && referral.error.status === 404 ? (
          <Text>{t('scan.detail.notFound', { id: referralId })}</Text>
        ) : (
          <ErrorAlert error={referral.error} onRetry={() => void referral.refetch()} />
        )}
      </Stack>
    );
  return (
    <Stack>
      {header}
      <Paper withBorder p="md">
        <ScanReferralSummary referral={referral.data} names={names} />
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('scan.steps.documents')}
          </Title>
          <ScanDocumentsPanel referralId={referral.data.id} documents={referral.data.additional_documents} />
        </Stack>
      </Paper>
    </Stack>
  );
}
