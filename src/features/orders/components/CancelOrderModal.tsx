import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EdenCancelReason, type EdenOrder, edenCancelReasons } from '@/api/eden/orders';
import { useCancelEdenOrder } from '@/api/eden/queries';
import { AppModal } from '@/components/Dialogs';
import { ErrorAlert } from '@/components/ErrorAlert';

interface Props {
  order: EdenOrder;
  opened: boolean;
  onClose: () => void;
  onCancelled: (order: EdenOrder) => void;
}

export function CancelOrderModal({ order, opened, onClose, onCancelled }: Props) {
  const { t } = useTranslation('orders');
  const [reason, setReason] = useState<EdenCancelReason | ''>('');
  const cancel = useCancelEdenOrder(order.id);
  return (
    <AppModal opened={opened} onClose={onClose} title={t('cancelTitle', { folio: order.folio })}>
      <Stack>
        <Text size="sm">{t('cancelBody')}</Text>
        <Radio.Group
          label={t('fields.cancel_reason')}
          value={reason}
          onChange={(value) => setReason(value as EdenCancelReason)}
          withAsterisk
        >
          <Stack gap="xs" mt="xs">
            {edenCancelReasons.map((value) => (
              <Radio key={value} value={value} label={t(`cancelReasons.${value}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {cancel.isError && <ErrorAlert error={cancel.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('keepOrder')}
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
            {t('confirmCancel')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
