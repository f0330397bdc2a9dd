import { Box, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PeopleByKey } from '@/api/people/queries';
import type { PostDicomOrderVariant } from '@/api/postdicom/order-create-once';
import { useCreatePostDicomOrderOnce } from '@/api/postdicom/order-queries';
import { usePostDicomAccount, usePostDicomDicomNodeList } from '@/api/postdicom/queries';
import { isAbort } from '@/components/describe-error';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ErrorSummary, type SubmitFailure } from '@/components/forms/ErrorSummary';
import { applyFormErrors, inputResolver } from '@/components/forms/form-errors';
import { PendingRequest } from '@/components/forms/PendingRequest';
import { useAbortable } from '@/components/forms/use-abortable';
import { useFormDraft } from '@/components/use-form-draft';
import { DraftRestoredAlert } from '../components/DraftRestoredAlert';
import { useNotifySuccess } from '../components/notify';
import { PostDicomOrderFields, postDicomSections } from '../postdicom/PostDicomOrderFields';
import {
  emptyPostDicomOrderForm,
  generateAccessionNumber,
  isPostDicomOrderDraft,
  type PostDicomOrderFormValues,
  postDicomFormField,
  postDicomVariants,
  toPostDicomRequest,
  validatePostDicomOrder,
} from '../postdicom/postdicom-order-model';
import { PrefillNotice } from '../prefill/PrefillNotice';
import { choosePrefillPerson, postDicomPrefill } from '../prefill/person-prefill';
import { useApplyPrefill } from '../prefill/use-prefill';

export const POSTDICOM_NEW_ORDER_DRAFT = 'postdicom-new-order';

const resolver = inputResolver(validatePostDicomOrder);

/** The new PostDICOM order: the variant, its fields, its draft, the accession number as the retry key. */
export function PostDicomNewOrder({ people }: { people: PeopleByKey }) {
  const { t } = useTranslation('orders');
  const notifySuccess = useNotifySuccess();
  const navigate = useNavigate();
  const form = useForm<PostDicomOrderFormValues>({
    resolver,
    defaultValues: emptyPostDicomOrderForm(),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const draft = useFormDraft(form, POSTDICOM_NEW_ORDER_DRAFT, isPostDicomOrderDraft);
  const account = usePostDicomAccount();
  const userUuid = form.watch('userUuid');
  const nodes = usePostDicomDicomNodeList(userUuid || undefined);
  const create = useCreatePostDicomOrderOnce();
  const request = useAbortable();
  const inFlight = useRef(false);
  const [failure, setFailure] = useState<SubmitFailure | null>(null);
  const person = choosePrefillPerson(people.people);
  const prefill = useMemo(
    () => (person ? postDicomPrefill(person, people.people) : null),
    [person, people.people],
  );
  useApplyPrefill(form, draft.status, prefill);

  const labelOf = (path: string) => {
    const section = postDicomSections.find((s) => s.fields.includes(path as never))?.name ?? 'account';
    return `${t(`postdicom.sections.${section}`)} · ${t(`postdicom.fields.${path as 'PatientName'}`)}`;
  };

  // One accession number per draft (the retry key); the account's only user and institution chosen for the user.
  useEffect(() => {
    if (draft.status === 'loading') return;
    if (!form.getValues('OrderAccessionNumber'))
      form.setValue('OrderAccessionNumber', generateAccessionNumber());
    const users = account.data?.UserList ?? [];
    const institutions = account.data?.InstitutionList ?? [];
    if (!form.getValues('userUuid') && users[0]) form.setValue('userUuid', users[0].UserUuid);
    if (!form.getValues('institutionUuid') && institutions.length === 1 && institutions[0])
      form.setValue('institutionUuid', institutions[0].InstitutionUuid);
  }, [draft.status, form, account.data]);

  const onSubmit = form.handleSubmit(
    async (values) => {
      if (inFlight.current) return; // a double click sends one request
      inFlight.current = true;
      setFailure(null);
      try {
        const { order, replayed } = await create.mutateAsync({
          request: toPostDicomRequest(values),
          signal: request.begin(),
        });
        draft.clear();
        const accession = values.variant === 'minimum' ? values.PatientID : values.OrderAccessionNumber;
        notifySuccess(
          replayed ? t('postdicom.replayed', { accession }) : t('postdicom.created', { accession }),
        );
        void navigate(
          `/orders/postdicom/${encodeURIComponent(order.PatientOrderUuid)}?institution=${encodeURIComponent(order.PatientOrderInstitutionUuid ?? values.institutionUuid)}`,
        );
      } catch (error) {
        const applied = applyFormErrors(form, error, (wire) => postDicomFormField(wire));
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
      {account.isError && <ErrorAlert error={account.error} onRetry={() => void account.refetch()} />}
      <ErrorSummary
        form={form}
        failure={failure}
        labelOf={labelOf}
        title={failure && isAbort(failure.error) ? t('postdicom.stoppedWaiting') : t('failed')}
      />
      <Box component="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <Stack gap="lg" inert={busy} style={busy ? { opacity: 0.6 } : undefined}>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="postdicom-variant-label">
              {t('postdicom.variant')}
            </Text>
            <SegmentedControl
              aria-labelledby="postdicom-variant-label"
              data-testid="postdicom-variant"
              value={form.watch('variant')}
              onChange={(value) =>
                form.setValue('variant', value as PostDicomOrderVariant, { shouldDirty: true })
              }
              data={postDicomVariants.map((value) => ({ value, label: t(`postdicom.variants.${value}`) }))}
            />
            <Text size="xs" c="dimmed">
              {t(`postdicom.variantHints.${form.watch('variant')}`)}
            </Text>
          </Stack>
          <PostDicomOrderFields form={form} account={account.data} nodes={nodes.data} />
        </Stack>
        <Box
          pos="sticky"
          bottom={0}
          py="sm"
          mt="md"
          style={{ zIndex: 5, background: 'var(--mantine-color-body)' }}
        >
          <Stack gap="xs">
            {busy && <PendingRequest vendor="postdicom" onStop={request.cancel} />}
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
