import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { lazy, Suspense, startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { vendorNames } from '@/api/errors';
import { useScanSession } from '@/api/scan/session-queries';
import { useDocumentTitle } from '@/components/use-document-title';
import { useUrlView } from '@/components/use-url-view';
import { afterPaint } from '@/lib/after-paint';
import { AllOrdersFilters } from './all/AllOrdersFilters';
import { ALL_ORDERS_MAX_WINDOW_DAYS, readAllOrdersView, writeAllOrdersView } from './all/all-orders-model';
import { PageSkeleton } from './components/PageSkeleton';

/** Below this width the worklist is stacked cards instead of a table (Mantine's `md`, as the Eden worklist). */
const NARROW = '(max-width: 61.99em)';

const days = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

// The vendors' answers (their service layer, schemas and the list) are a chunk of their own, asked for once
// the header, the filters and the notices have painted: the first paint waits for none of it.
const loadResults = () => import('./all/AllOrdersResults');
const AllOrdersResults = lazy(loadResults);

/** `/orders`: every vendor's orders in one table; the view (filters, sort) is in the URL. */
export default function AllOrdersPage() {
  const { t } = useTranslation('orders');
  useDocumentTitle(t('all.title'));
  // One view object per URL (the lists below are memoized on it); each change starts from the URL as it is now.
  const { view, update } = useUrlView(readAllOrdersView, writeAllOrdersView, { replace: true });
  const windowProblem =
    view.from > view.to
      ? 'validation.windowReversed'
      : days(view.from, view.to) > ALL_ORDERS_MAX_WINDOW_DAYS
        ? 'validation.windowTooLong'
        : null;
  const narrow = useMediaQuery(NARROW, false, { getInitialValueInEffect: false });
  // Scan.com lists only the referrals of the session that made them: without one in this tab it is not asked.
  const scanSession = useScanSession();
  const scanNotAsked = !scanSession.active && (view.vendors.length === 0 || view.vendors.includes('scan'));
  const [painted, setPainted] = useState(false);
  // A transition: React renders the results' frame in slices, yielding to input between them.
  useEffect(() => afterPaint(() => startTransition(() => setPainted(true))), []);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('all.title')}</Title>
        <Group gap="sm">
          <Anchor component={Link} to="/orders/eden" size="sm">
            {t('all.edenWorklist')}
          </Anchor>
          <Button component={Link} to="/orders/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('newOrder')}
          </Button>
        </Group>
      </Group>

      <AllOrdersFilters view={view} windowProblem={windowProblem} collapsible={narrow} onChange={update} />

      {scanNotAsked && (
        <Alert
          color="gray"
          variant="light"
          title={t('all.notAsked', { vendor: vendorNames.scan })}
          // Information, not a failure: announced politely, never as an alert.
          role="status"
          data-testid="vendor-not-asked-scan"
        >
          <Text size="sm">{t('all.noScanSession')}</Text>
          <Anchor component={Link} to="/orders/new?vendor=scan" size="sm">
            {t('all.startScanSession')}
          </Anchor>
        </Alert>
      )}

      {windowProblem ? null : painted ? (
        <Suspense fallback={<PageSkeleton />}>
          <AllOrdersResults view={view} narrow={narrow} onView={update} />
        </Suspense>
      ) : (
        <PageSkeleton />
      )}
    </Stack>
  );
}
