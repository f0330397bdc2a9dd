import { Alert, Button, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePostDicomAccount, usePostDicomPatientOrderList } from '@/api/postdicom/queries';
import { useCreateScanUser, useScanReferrals, useScanSession } from '@/api/scan/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { DocumentVendor } from './document-rules';

export type Target =
  | { vendor: 'postdicom'; orderUuid: string; institutionUuid: string }
  | { vendor: 'solo'; appointmentId: string }
  | { vendor: 'scan'; referralId: number };

interface DocumentTargetProps {
  vendor: DocumentVendor;
  onChange: (target: Target | null) => void;
  disabled: boolean;
}

/** Where a document goes: a PostDICOM order (found by patient name), a Solo appointment, a Scan.com referral. */
export function DocumentTarget({ vendor, onChange, disabled }: DocumentTargetProps) {
  if (vendor === 'postdicom') return <PostDicomOrderTarget onChange={onChange} disabled={disabled} />;
  if (vendor === 'solo') return <SoloAppointmentTarget onChange={onChange} disabled={disabled} />;
  return <ScanReferralTarget onChange={onChange} disabled={disabled} />;
}

type Props = Omit<DocumentTargetProps, 'vendor'>;

function PostDicomOrderTarget({ onChange, disabled }: Props) {
  const { t } = useTranslation('uploads');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [orderUuid, setOrderUuid] = useState<string | null>(null);
  const account = usePostDicomAccount();
  const userUuid = account.data?.UserList[0]?.UserUuid;
  const orders = usePostDicomPatientOrderList(
    { userUuid: userUuid ?? '', patientName: debounced },
    { queryConfig: { enabled: Boolean(userUuid) && debounced.length >= 2 } },
  );
  const list = orders.data ?? [];
  useEffect(() => {
    const order = list.find((o) => o.PatientOrderUuid === orderUuid);
    onChange(
      order
        ? {
            vendor: 'postdicom',
            orderUuid: order.PatientOrderUuid,
            institutionUuid: order.PatientOrderInstitutionUuid,
          }
        : null,
    );
  }, [list, orderUuid, onChange]);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput
        label={t('documents.orderSearch')}
        placeholder={t('documents.orderPlaceholder')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        disabled={disabled}
        data-testid="document-order-search"
      />
      <NativeSelect
        label={t('documents.order')}
        data={[
          {
            value: '',
            label:
              debounced.length >= 2 && orders.isSuccess && list.length === 0 ? t('documents.noOrders') : '—',
          },
          ...list.slice(0, 50).map((o) => ({
            value: o.PatientOrderUuid,
            label: [o.PatientName.replaceAll('^', ' '), o.OrderDate, o.OrderModality, o.AccessionNumber]
              .filter(Boolean)
              .join(' · '),
          })),
        ]}
        value={orderUuid ?? ''}
        onChange={(event) => setOrderUuid(event.currentTarget.value || null)}
        disabled={disabled || list.length === 0}
        data-testid="document-order"
      />
      {orders.isError && <ErrorAlert error={orders.error} onRetry={() => void orders.refetch()} />}
    </SimpleGrid>
  );
}

function SoloAppointmentTarget({ onChange, disabled }: Props) {
  const { t } = useTranslation('uploads');
  const [id, setId] = useState('');
  useEffect(() => onChange(id.trim() ? { vendor: 'solo', appointmentId: id.trim() } : null), [id, onChange]);
  return (
    <TextInput
      label={t('documents.appointment')}
      value={id}
      onChange={(event) => setId(event.currentTarget.value)}
      disabled={disabled}
      maw={320}
      data-testid="document-appointment"
    />
  );
}

function ScanReferralTarget({ onChange, disabled }: Props) {
  const { t } = useTranslation('uploads');
  const session = useScanSession();
  const createUser = useCreateScanUser();
  const referrals = useScanReferrals({ queryConfig: { enabled: session.active } });
  const [referral, setReferral] = useState<string | null>(null);
  const [person, setPerson] = useState({ first: '', last: '', email: '' });
  useEffect(
    () => onChange(referral ? { vendor: 'scan', referralId: Number(referral) } : null),
    [referral, onChange],
  );
  if (!session.active) {
    return (
      <Stack gap="xs">
        <Text size="sm">{t('documents.scanSession')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('documents.scanFirstName')}
            value={person.first}
            onChange={(e) => setPerson({ ...person, first: e.currentTarget.value })}
          />
          <TextInput
            label={t('documents.scanLastName')}
            value={person.last}
            onChange={(e) => setPerson({ ...person, last: e.currentTarget.value })}
          />
          <TextInput
            label={t('documents.scanEmail')}
            type="email"
            value={person.email}
            onChange={(e) => setPerson({ ...person, email: e.currentTarget.value })}
          />
        </SimpleGrid>
        <div>
          <Button
            variant="default"
            loading={createUser.isPending}
            disabled={disabled || !person.first || !person.last || !person.email}
            onClick={() =>
              createUser.mutate({ first_name: person.first, last_name: person.last, email: person.email })
            }
          >
            {t('documents.scanStart')}
          </Button>
        </div>
        {createUser.isError && <ErrorAlert error={createUser.error} />}
      </Stack>
    );
  }
  const list = referrals.data ?? [];
  return (
    <Stack gap="xs">
      <NativeSelect
        label={t('documents.referral')}
        data={[{ value: '', label: '—' }, ...list.map((r) => ({ value: String(r.id), label: `#${r.id}` }))]}
        value={referral ?? ''}
        onChange={(event) => setReferral(event.currentTarget.value || null)}
        disabled={disabled || list.length === 0}
        maw={320}
      />
      {referrals.isSuccess && list.length === 0 && (
        <Alert variant="light">{t('documents.noReferrals')}</Alert>
      )}
      {referrals.isError && <ErrorAlert error={referrals.error} onRetry={() => void referrals.refetch()} />}
    </Stack>
  );
}
