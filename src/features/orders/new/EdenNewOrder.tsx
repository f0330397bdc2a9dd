import { Button, Stack } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EdenCreateOrder } from '@/api/eden/orders';
import { useCreateEdenOrder, useEdenFacilities } from '@/api/eden/queries';
import type { PeopleByKey } from '@/api/people/queries';
import { isAbort } from '@/components/describe-error';
import { ErrorSummary, type SubmitFailure } from '@/components/forms/ErrorSummary';
import { applyFormErrors } from '@/components/forms/form-errors';
import { PendingRequest } from '@/components/forms/PendingRequest';
import { useAbortable } from '@/components/forms/use-abortable';
import { useFormDraft } from '@/components/use-form-draft';
import { DraftRestoredAlert } from '../components/DraftRestoredAlert';
import { useNotifySuccess } from '../components/notify';
import { OrderForm } from '../components/OrderForm';
import { useOrderFieldLabel } from '../components/use-order-field-label';
import {
  emptyOrderForm,
  formFieldForVendorField,
  generateFolio,
  isOrderFormDraft,
  type OrderFormValues,
} from '../order-form-model';
import { orderFormResolver } from '../order-form-validation';
import { PrefillNotice } from '../prefill/PrefillNotice';
import { choosePrefillPerson, edenPrefill } from '../prefill/person-prefill';
import { useApplyPrefill } from '../prefill/use-prefill';

export const NEW_ORDER_DRAFT = 'eden-new-order';

/** The new Eden order: the Eden form, its draft, its folio (the retry key) and the patient prefill. */
export function EdenNewOrder({ people }: { people: PeopleByKey }) {
  const { t } = useTranslation('orders');
  const notifySuccess = useNotifySuccess();
  const navigate = useNavigate();
  const form = useForm<OrderFormValues, unknown, EdenCreateOrder>({
    resolver: orderFormResolver,
    defaultValues: emptyOrderForm(),
    // Checked on submit, then again as each field changes: no message jumps in when a field is only
    // left (that moved the button being clicked).
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const draft = useFormDraft(form, NEW_ORDER_DRAFT, isOrderFormDraft);
  const facilities = useEdenFacilities();
  const create = useCreateEdenOrder();
  const request = useAbortable();
  const labelOf = useOrderFieldLabel();
  const inFlight = useRef(false);
  const [failure, setFailure] = useState<SubmitFailure | null>(null);
  const person = choosePrefillPerson(people.people);
  const prefill = useMemo(
    () => (person ? edenPrefill(person, people.people) : null),
    [person, people.people],
  );
  useApplyPrefill(form, draft.status, prefill);

  // One folio per draft: it is the order's idempotency key, so a retry sends the same one.
  useEffect(() => {
    if (draft.status !== 'loading' && !form.getValues('folio')) form.setValue('folio', generateFolio());
  }, [draft.status, form]);

  const onSubmit = form.handleSubmit(
    async (payload) => {
      if (inFlight.current) return; // a double click sends one request
      inFlight.current = true;
      setFailure(null);
      try {
        const { order, replayed } = await create.mutateAsync({ input: payload, signal: request.begin() });
        draft.clear();
        notifySuccess(
          replayed ? t('replayed', { folio: order.folio }) : t('created', { folio: order.folio }),
        );
        void navigate(`/orders/${order.id}`);
      } catch (error) {
        const applied = applyFormErrors(form, error, (wire) =>
          formFieldForVendorField(wire, form.getValues()),
        );
        setFailure({ error, ...applied });
      } finally {
        inFlight.current = false;
      }
    },
    () => setFailure(null),
  );

  if (draft.status === 'loading') return null;
  const busy = create.isPending;

  return (
    <Stack>
      <PrefillNotice
        people={people}
        prefill={prefill}
        labelOf={labelOf}
        keptDraft={draft.status === 'restored'}
      />
      {draft.status === 'restored' && (
        <DraftRestoredAlert savedAt={draft.savedAt} onDiscard={draft.discard} />
      )}
      <ErrorSummary
        form={form}
        failure={failure}
        labelOf={labelOf}
        title={failure && isAbort(failure.error) ? t('stoppedWaiting') : t('failed')}
      />
      <OrderForm
        form={form}
        facilities={facilities.data}
        facilitiesFailed={facilities.isError}
        busy={busy}
        onSubmit={onSubmit}
        pending={<PendingRequest vendor="eden" onStop={request.cancel} />}
        actions={
          <Button type="submit" loading={busy} data-testid="submit-order">
            {busy ? t('submitting') : t('submit')}
          </Button>
        }
      />
    </Stack>
  );
}
