import { Anchor, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { vendorNames } from '@/api/errors';
import { usePeopleByKey } from '@/api/people/queries';
import { useDocumentTitle } from '@/components/use-document-title';
import { EdenNewOrder } from './new/EdenNewOrder';
import { ImpiloNewOrder } from './new/ImpiloNewOrder';
import { type OrderVendor, orderVendorOf, orderVendors } from './new/order-vendors';
import { PostDicomNewOrder } from './new/PostDicomNewOrder';
import { ScanReferralWizard } from './scan/ScanReferralWizard';

/**
 * `/orders/new?vendor=<eden|postdicom|scan|impilo>&patient=<key>`: the user picks where the order goes; the
 * patient key (ids only) prefills the vendor's form through the people layer.
 */
export default function NewOrderPage() {
  const { t } = useTranslation('orders');
  const [params, setParams] = useSearchParams();
  const vendor = orderVendorOf(params.get('vendor'));
  const patientKey = params.get('patient');
  const people = usePeopleByKey(patientKey);
  const title = t('newTitleFor', { vendor: vendorNames[vendor] });
  useDocumentTitle(title);

  const choose = (next: string) => {
    const updated = new URLSearchParams(params);
    if (next === 'eden') updated.delete('vendor');
    else updated.set('vendor', next);
    setParams(updated, { replace: true });
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{title}</Title>
        <Anchor component={Link} to="/orders" size="sm">
          <Group gap={4}>
            <IconArrowBackUp size={16} aria-hidden />
            {t('backToWorklist')}
          </Group>
        </Anchor>
      </Group>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="order-vendor-label">
          {t('vendorPicker')}
        </Text>
        <SegmentedControl
          aria-labelledby="order-vendor-label"
          data-testid="vendor-picker"
          value={vendor}
          onChange={choose}
          fullWidth
          data={orderVendors.map((value: OrderVendor) => ({ value, label: vendorNames[value] }))}
        />
      </Stack>
      {vendor === 'eden' && <EdenNewOrder key="eden" people={people} />}
      {vendor === 'postdicom' && <PostDicomNewOrder key="postdicom" people={people} />}
      {vendor === 'scan' && <ScanReferralWizard key="scan" people={people} />}
      {vendor === 'impilo' && <ImpiloNewOrder key="impilo" people={people} />}
    </Stack>
  );
}
