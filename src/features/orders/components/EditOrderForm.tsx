import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EdenOrder } from '@/api/eden/orders';
import { useEdenFacilities, useUpdateEdenOrder } from '@/api/eden/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useFormDraft } from '@/components/use-form-draft';
import { applyServerErrors } from '../apply-server-errors';
import { fromOrder, isOrderFormDraft, orderEditSchema, toUpdatePayload } from '../order-form-model';
import { OrderForm } from './OrderForm';

interface Props {
  order: EdenOrder;
  onDone: (order: EdenOrder | null) => void;
}

/** `PUT /orders/{id}/` with only the fields the user changed. */
export function EditOrderForm({ order, onDone }: Props) {
  const { t } = useTranslation('orders');
  const initial = useMemo(() => fromOrder(order), [order]);
  const form = useForm({ resolver: zodResolver(orderEditSchema), defaultValues: initial, mode: 'onTouched' });
  const draft = useFormDraft(form, `eden-edit-${order.id}`, isOrderFormDraft);
  const facilities = useEdenFacilities();
  const update = useUpdateEdenOrder(order.id);
  const [failure, setFailure] = useState<unknown>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    if (update.isPending) return;
    setFailure(null);
    try {
      const saved = await update.mutateAsync(toUpdatePayload(values, initial));
      draft.clear();
      onDone(saved);
    } catch (error) {
      applyServerErrors(form, error);
      setFailure(error);
    }
  });

  if (draft.status === 'loading') return null;
  return (
    <Stack>
      {failure !== null && <ErrorAlert error={failure} title={t('failed')} />}
      <OrderForm
        form={form}
        facilities={facilities.data}
        facilitiesFailed={facilities.isError}
        busy={update.isPending}
        folioLocked
        onSubmit={onSubmit}
        actions={
          <>
            <Button
              variant="default"
              onClick={() => {
                draft.discard();
                onDone(null);
              }}
            >
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending} data-testid="save-order">
              {update.isPending ? t('saving') : t('saveChanges')}
            </Button>
          </>
        }
      />
    </Stack>
  );
}
