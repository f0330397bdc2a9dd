import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCancelEdenOrder } from '@/api/eden/order-queries';
import { type EdenCancelReason, type EdenOrder, edenCancelReasons } from '@/api/eden/order-schemas';
import { AppModal } from '@/components/Dialogs';
import { ErrorAlert } from '@/components/ErrorAlert';

interface Props {
  order: EdenOrder;
  opened: boolean;
  onClose: () => void;
  onCancelled: (order: EdenOrder) => void;
}

export function CancelOrderModal({ order, opened, onClose, onCancelled }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<EdenCancelReason | ''>('');
  const cancel = useCancelEdenOrder(order.id);
  return (
    <AppModal opened={opened} onClose={onClose} title={t('orders.cancelTitle', { folio: order.folio })}>
      <Stack>
        <Text size="sm">{t('orders.cancelBody')}</Text>
        <Radio.Group
          label={t('orders.fields.cancel_reason')}
          value={reason}
          onChange={(value) => setReason(value as EdenCancelReason)}
          withAsterisk
        >
          <Stack gap="xs" mt="xs">
            {edenCancelReasons.map((value) => (
              <Radio key={value} value={value} label={t(`orders.cancelReasons.${value}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {cancel.isError && <ErrorAlert error={cancel.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('orders.keepOrder')}
          </Button>
          <Button
            color="red.9"
            disabled={!reason}
            loading={cancel.isPending}
            onClick={() => {
              if (!reason || cancel.isPending) return;
              cancel.mutate(reason, { onSuccess: onCancelled });
            }}
            data-testid="confirm-cancel"
          >
            {t('orders.confirmCancel')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
