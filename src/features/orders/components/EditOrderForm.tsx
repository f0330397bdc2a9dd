import { Button, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EdenOrder } from '@/api/eden/orders';
import { useEdenFacilities, useUpdateEdenOrder } from '@/api/eden/queries';
import { isAbort } from '@/components/describe-error';
import { ErrorSummary, type SubmitFailure } from '@/components/forms/ErrorSummary';
import { applyFormErrors } from '@/components/forms/form-errors';
import { PendingRequest } from '@/components/forms/PendingRequest';
import { useAbortable } from '@/components/forms/use-abortable';
import { useFormDraft } from '@/components/use-form-draft';
import {
  formFieldForVendorField,
  fromOrder,
  isOrderFormDraft,
  type OrderFormValues,
} from '../order-form-model';
import { orderEditResolver } from '../order-form-validation';
import { OrderForm } from './OrderForm';
import { useOrderFieldLabel } from './use-order-field-label';

interface Props {
  order: EdenOrder;
  onDone: (order: EdenOrder | null) => void;
}

/** `PUT /orders/{id}/` with only the fields the user changed; the whole order is checked as at creation. */
export function EditOrderForm({ order, onDone }: Props) {
  const { t } = useTranslation('orders');
  const initial = useMemo(() => fromOrder(order), [order]);
  const resolver = useMemo(() => orderEditResolver(initial), [initial]);
  const form = useForm<OrderFormValues, unknown, Record<string, unknown>>({
    resolver,
    defaultValues: initial,
    // Checked on submit, then again as each field changes: no message jumps in when a field is only
    // left (that moved the button being clicked).
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const draft = useFormDraft(form, `eden-edit-${order.id}`, isOrderFormDraft);
  const facilities = useEdenFacilities();
  const update = useUpdateEdenOrder(order.id);
  const request = useAbortable();
  const labelOf = useOrderFieldLabel();
  const [failure, setFailure] = useState<SubmitFailure | null>(null);

  const onSubmit = form.handleSubmit(
    async (changes) => {
      if (update.isPending) return;
      setFailure(null);
      if (Object.keys(changes).length === 0) {
        draft.clear();
        onDone(null);
        return;
      }
      try {
        const saved = await update.mutateAsync({ input: changes, signal: request.begin() });
        draft.clear();
        onDone(saved);
      } catch (error) {
        const applied = applyFormErrors(form, error, (wire) =>
          formFieldForVendorField(wire, form.getValues()),
        );
        setFailure({ error, ...applied });
      }
    },
    () => setFailure(null),
  );

  if (draft.status === 'loading') return null;
  return (
    <Stack>
      <ErrorSummary
        form={form}
        failure={failure}
        labelOf={labelOf}
        title={failure && isAbort(failure.error) ? t('request.stopped', { vendor: 'Eden' }) : t('notSaved')}
      />
      <OrderForm
        form={form}
        facilities={facilities.data}
        facilitiesFailed={facilities.isError}
        busy={update.isPending}
        folioLocked
        onSubmit={onSubmit}
        pending={<PendingRequest vendor="eden" onStop={request.cancel} />}
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
