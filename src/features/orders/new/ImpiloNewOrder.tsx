import { Box, Button, Group, Stack } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateImpiloOrderOnce } from '@/api/impilo/queries';
import type { PeopleByKey } from '@/api/people/queries';
import { isAbort } from '@/components/describe-error';
import { ErrorSummary, type SubmitFailure } from '@/components/forms/ErrorSummary';
import { applyFormErrors, inputResolver } from '@/components/forms/form-errors';
import { PendingRequest } from '@/components/forms/PendingRequest';
import { useAbortable } from '@/components/forms/use-abortable';
import { useFormDraft } from '@/components/use-form-draft';
import { DraftRestoredAlert } from '../components/DraftRestoredAlert';
import { useNotifySuccess } from '../components/notify';
import { ImpiloOrderFields } from '../impilo/ImpiloOrderFields';
import {
  emptyImpiloOrderForm,
  generateExternalOrderId,
  type ImpiloOrderFormValues,
  impiloFormField,
  isImpiloOrderDraft,
  toImpiloPayload,
  validateImpiloOrder,
} from '../impilo/impilo-order-model';
import { PrefillNotice } from '../prefill/PrefillNotice';
import { impiloPatientOf, type Prefill } from '../prefill/person-prefill';
import { useApplyPrefill } from '../prefill/use-prefill';

export const IMPILO_NEW_ORDER_DRAFT = 'impilo-new-order';

const resolver = inputResolver(validateImpiloOrder);

/** The new Impilo kit or device order. */
export function ImpiloNewOrder({ people }: { people: PeopleByKey }) {
  const { t } = useTranslation('orders');
  const notifySuccess = useNotifySuccess();
  const navigate = useNavigate();
  const form = useForm<ImpiloOrderFormValues>({
    resolver,
    defaultValues: emptyImpiloOrderForm(),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const draft = useFormDraft(form, IMPILO_NEW_ORDER_DRAFT, isImpiloOrderDraft);
  const create = useCreateImpiloOrderOnce();
  const request = useAbortable();
  const inFlight = useRef(false);
  const [failure, setFailure] = useState<SubmitFailure | null>(null);
  const impiloPerson = people.people.find((person) => person.source === 'impilo') ?? null;
  const prefill = useMemo<Prefill<string> | null>(() => {
    const id = impiloPatientOf(people.people);
    return id && impiloPerson
      ? {
          values: { target: 'patient', patientId: id },
          failures: [],
          source: { vendor: 'impilo', recordId: impiloPerson.recordId },
        }
      : null;
  }, [people.people, impiloPerson]);
  useApplyPrefill(form, draft.status, prefill);

  const labelOf = (path: string) => {
    const line = /^lines\.(\d+)\.(ref|quantity)$/.exec(path);
    if (line)
      return line[2] === 'ref'
        ? t('impilo.fields.line', { index: Number(line[1]) + 1 })
        : `${t('impilo.fields.line', { index: Number(line[1]) + 1 })} · ${t('impilo.fields.quantity')}`;
    if (path === 'lines' || path === 'lines.root') return t('impilo.sections.lines');
    return t(`impilo.fields.${path as 'patientId'}`);
  };

  // One external order id per draft: the retry key.
  useEffect(() => {
    if (draft.status !== 'loading' && !form.getValues('externalOrderId'))
      form.setValue('externalOrderId', generateExternalOrderId());
  }, [draft.status, form]);

  const onSubmit = form.handleSubmit(
    async (values) => {
      if (inFlight.current) return; // a double click sends one request
      inFlight.current = true;
      setFailure(null);
      try {
        const { order, replayed } = await create.mutateAsync({
          input: toImpiloPayload(values),
          signal: request.begin(),
        });
        draft.clear();
        notifySuccess(
          replayed
            ? t('impilo.replayed', { id: values.externalOrderId })
            : t('impilo.created', { id: values.externalOrderId }),
        );
        void navigate(`/orders/impilo/${encodeURIComponent(order.id)}`);
      } catch (error) {
        const applied = applyFormErrors(
          form,
          error,
          (wire) => impiloFormField(wire, form.getValues()) as never,
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
        title={failure && isAbort(failure.error) ? t('impilo.stoppedWaiting') : t('failed')}
      />
      <Box component="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <Stack gap="lg" inert={busy} style={busy ? { opacity: 0.6 } : undefined}>
          <ImpiloOrderFields form={form} />
        </Stack>
        <Box
          pos="sticky"
          bottom={0}
          py="sm"
          mt="md"
          style={{ zIndex: 5, background: 'var(--mantine-color-body)' }}
        >
          <Stack gap="xs">
            {busy && <PendingRequest vendor="impilo" onStop={request.cancel} />}
            <Group justify="flex-end" inert={busy}>
              <Button type="submit" loading={busy} data-testid="submit-order">
                {busy ? t('submitting') : t('submit')}
              </Button>
            </Group>
          </Stack>
        </Box>
      </Box>
    </Stack>
  );
}
