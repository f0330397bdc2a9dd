import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCreateEdenOrder, useEdenFacilities } from '@/api/eden/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useDocumentTitle } from '@/components/use-document-title';
import { useFormDraft } from '@/components/use-form-draft';
import { applyServerErrors } from './apply-server-errors';
import { OrderForm } from './components/OrderForm';
import { emptyOrderForm, generateFolio, isOrderFormDraft, orderFormSchema } from './order-form-model';

export const NEW_ORDER_DRAFT = 'eden-new-order';

export default function NewOrderPage() {
  const { t } = useTranslation('orders');
  useDocumentTitle(t('newTitle'));
  const navigate = useNavigate();
  const form = useForm({
    resolver: zodResolver(orderFormSchema),
    defaultValues: emptyOrderForm(),
    mode: 'onTouched',
  });
  const draft = useFormDraft(form, NEW_ORDER_DRAFT, isOrderFormDraft);
  const facilities = useEdenFacilities();
  const create = useCreateEdenOrder();
  const inFlight = useRef(false);
  const [failure, setFailure] = useState<{ error: unknown; unplaced: string[] } | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  // One folio per draft: it is the order's idempotency key, so a retry sends the same one.
  useEffect(() => {
    if (draft.status !== 'loading' && !form.getValues('folio')) form.setValue('folio', generateFolio());
  }, [draft.status, form]);

  useEffect(() => {
    if (failure) alertRef.current?.focus();
  }, [failure]);

  const onSubmit = form.handleSubmit(async (payload) => {
    if (inFlight.current) return; // a double click sends one request
    inFlight.current = true;
    setFailure(null);
    try {
      const { order, replayed } = await create.mutateAsync(payload);
      draft.clear();
      notifications.show({
        color: 'teal',
        message: replayed ? t('replayed', { folio: order.folio }) : t('created', { folio: order.folio }),
      });
      void navigate(`/orders/${order.id}`);
    } catch (error) {
      const unplaced = applyServerErrors(form, error);
      setFailure({ error, unplaced });
    } finally {
      inFlight.current = false;
    }
  });

  if (draft.status === 'loading') return null;
  const busy = create.isPending;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('newTitle')}</Title>
        <Anchor component={Link} to="/orders" size="sm">
          <Group gap={4}>
            <IconArrowBackUp size={16} aria-hidden />
            {t('backToWorklist')}
          </Group>
        </Anchor>
      </Group>
      {draft.status === 'restored' && (
        <Alert icon={<IconInfoCircle aria-hidden />} color="blue" data-testid="draft-restored">
          <Group justify="space-between">
            <Text size="sm">{t('draftRestored')}</Text>
            <Button size="xs" variant="subtle" onClick={draft.discard}>
              {t('discardDraft')}
            </Button>
          </Group>
        </Alert>
      )}
      {failure && (
        <div ref={alertRef} tabIndex={-1} data-testid="submit-error">
          <Stack gap="xs">
            <Text fw={600}>{t('failed')}</Text>
            <ErrorAlert error={failure.error} />
            {failure.unplaced.length > 0 && (
              <List size="sm">
                {failure.unplaced.map((message) => (
                  <List.Item key={message}>{message}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        </div>
      )}
      <OrderForm
        form={form}
        facilities={facilities.data}
        facilitiesFailed={facilities.isError}
        busy={busy}
        onSubmit={onSubmit}
        actions={
          <Button type="submit" loading={busy} data-testid="submit-order">
            {busy ? t('submitting') : t('submit')}
          </Button>
        }
      />
    </Stack>
  );
}
