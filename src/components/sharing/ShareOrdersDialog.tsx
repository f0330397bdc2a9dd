import { Alert, Button, Group, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconInfoCircle, IconShare } from '@tabler/icons-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InputIssue } from '@/api/errors';
import { AppModal } from '../Dialogs';
import { ErrorAlert } from '../ErrorAlert';
import { useFormDraft } from '../use-form-draft';
import { CopyLink } from './CopyLink';
import { EmailRecipientsFields } from './EmailRecipientsFields';
import { ExpiryField } from './ExpiryField';
import { DraftRestored, ShareFailure } from './ShareFailure';
import { ShareSummary } from './ShareSummary';
import { SharingStrings } from './SharingStrings';
import { executeShareOrdersCall, runShareCalls } from './share-calls';
import { setShareIssues, shareErrorIssues, shareResolver } from './share-form-errors';
import {
  emptyShareOrdersForm,
  planShareOrders,
  type ShareOrdersCall,
  type ShareOrdersFormValues,
  type ShareOrdersMode,
  type ShareOrdersPlan,
  shareOrdersFieldMap,
} from './share-orders-model';
import type { ShareEntry } from './share-register';
import { type ShareableOrder, subjectOf } from './shareable';
import { usePostDicomActingUser } from './use-acting-user';
import { useShareFieldErrors } from './use-share-field-errors';
import { useShareRegister } from './use-share-register';
import { useToday } from './use-today';

export interface ShareOrdersDialogProps {
  /** The studies (PostDICOM orders) to share: one or more. Only `uuid` is required; the rest is restated. */
  orders: readonly ShareableOrder[];
  opened: boolean;
  onClose: () => void;
  /** By email (default) or as a quick link. */
  initialMode?: ShareOrdersMode;
}

function isShareOrdersDraft(value: unknown): value is ShareOrdersFormValues {
  const v = value as Partial<ShareOrdersFormValues> | null;
  return typeof v === 'object' && v !== null && Array.isArray(v.recipients) && typeof v.expiry === 'string';
}

/**
 * Share one or more PostDICOM studies: by email (the vendor mails the link and a password; the password
 * may go to a second address) or as a quick link to copy. Downloads are off and an expiry 7 days out is set
 * unless the user changes them; a confirmation restates the share before anything is sent; each accepted
 * share goes to the share register.
 *
 *   <ShareOrdersDialog orders={[shareableOrderFrom(summary)]} opened={open} onClose={close} />
 */
export function ShareOrdersDialog(props: ShareOrdersDialogProps) {
  const { t } = useTranslation('common');
  return (
    <SharingStrings opened={props.opened} onClose={props.onClose} fallbackTitle={t('common.loading')}>
      <ShareOrdersDialogBody {...props} />
    </SharingStrings>
  );
}

type Step = 'form' | 'confirm' | 'done';

function ShareOrdersDialogBody({ orders, opened, onClose, initialMode = 'email' }: ShareOrdersDialogProps) {
  const { t } = useTranslation('sharing');
  // A phone gets the whole screen: the form is long.
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t('orders.title', { count: orders.length })}
      size="lg"
      fullScreen={phone}
    >
      {opened && <ShareOrdersFlow orders={orders} onClose={onClose} initialMode={initialMode} />}
    </AppModal>
  );
}

function ShareOrdersFlow({
  orders,
  onClose,
  initialMode,
}: {
  orders: readonly ShareableOrder[];
  onClose: () => void;
  initialMode: ShareOrdersMode;
}) {
  const { t } = useTranslation('sharing');
  const acting = usePostDicomActingUser();
  const { today, timeZone } = useToday();
  const register = useShareRegister();
  const orderUuids = useMemo(() => orders.map((o) => o.uuid), [orders]);
  const context = useRef({ userUuid: '', orderUuids, today });
  context.current = { userUuid: acting.userUuid ?? '', orderUuids, today };
  const resolver = useMemo(
    () => shareResolver((values: ShareOrdersFormValues) => planShareOrders(values, context.current)),
    [],
  );
  const form = useForm<ShareOrdersFormValues>({
    defaultValues: emptyShareOrdersForm(initialMode),
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const draftName = `share-orders:${[...orderUuids].sort().join(',')}`;
  const draft = useFormDraft(form, draftName, isShareOrdersDraft, { omit: ['mode'] });
  const errorOf = useShareFieldErrors(form.formState.errors);
  const [step, setStep] = useState<Step>('form');
  const [plan, setPlan] = useState<ShareOrdersPlan | null>(null);
  const [failure, setFailure] = useState<{ error: unknown; unplaced: InputIssue[] } | null>(null);
  const [links, setLinks] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);

  const mode = form.watch('mode');

  const review = form.handleSubmit((values) => {
    const result = planShareOrders(values, context.current);
    if (!result.ok) return;
    setFailure(null);
    setPlan(result.value);
    setStep('confirm');
  });

  const entryFor = useCallback(
    (p: ShareOrdersPlan, call: ShareOrdersCall, link: string | null): ShareEntry => {
      const byEmail = 'recipient' in call;
      return {
        vendor: 'postdicom',
        kind: byEmail ? 'orders-email' : 'orders-link',
        target: { type: 'orders', ids: p.orderUuids },
        subjects: orders.map(subjectOf),
        recipients: byEmail
          ? [
              { kind: 'email', label: call.recipient },
              ...(p.passwordEmail ? [{ kind: 'password-email' as const, label: p.passwordEmail }] : []),
            ]
          : [{ kind: 'link', label: '' }],
        expiresOn: p.expiresOn,
        permissions: {
          download: p.allowDownload,
          upload: false,
          password: byEmail ? 'vendor-emailed' : 'none',
        },
        link,
      };
    },
    [orders],
  );

  const share = async () => {
    if (!plan || inFlight.current) return; // a double click sends once
    inFlight.current = true;
    setBusy(true);
    setFailure(null);
    try {
      const result = await runShareCalls(plan.calls, executeShareOrdersCall, (call, link) =>
        register.add(entryFor(plan, call, link)),
      );
      const sentTo = result.done.flatMap(({ call }) => ('recipient' in call ? [call.recipient] : []));
      if (result.failed) {
        // Keep only what was not sent, so a retry never shares twice with the same person.
        const left = form.getValues('recipients').filter((r) => !sentTo.includes(r.trim()));
        form.setValue('recipients', left);
        const issues = shareErrorIssues(result.failed.error, shareOrdersFieldMap, result.failed.call.input);
        const unplaced = setShareIssues(form.setError, issues);
        setFailure({ error: result.failed.error, unplaced });
        setLinks(result.done.flatMap(({ link }) => (link ? [link] : [])));
        setStep('form');
        return;
      }
      draft.clear();
      setLinks(result.done.flatMap(({ link }) => (link ? [link] : [])));
      setStep('done');
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  if (draft.status === 'loading') return null;
  if (acting.error) return <ErrorAlert error={acting.error} onRetry={() => void acting.refetch()} />;

  const permissionsText = (p: ShareOrdersPlan) => [
    p.allowDownload ? t('permissions.download') : t('permissions.viewOnly'),
    p.mode === 'email' ? t('permissions.vendorPassword') : t('permissions.anyoneWithLink'),
  ];

  if (step === 'done' && plan) {
    return (
      <Stack data-testid="share-done">
        <Alert color="teal" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
          {plan.mode === 'email'
            ? t('orders.sentTo', { count: plan.recipients.length, recipients: plan.recipients.join(', ') })
            : t('orders.linkReady')}{' '}
          {t('register.added')}
        </Alert>
        {links.map((link) => (
          <CopyLink key={link} link={link} label={t('link.quickLink')} openable testId="share-link" />
        ))}
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus data-testid="share-close">
            {t('actions.done')}
          </Button>
        </Group>
      </Stack>
    );
  }

  if (step === 'confirm' && plan) {
    return (
      <Stack>
        <ShareSummary
          what={t('orders.what', { count: orders.length })}
          subjects={orders.map(subjectOf)}
          withWhom={plan.mode === 'email' ? plan.recipients : [t('confirm.anyoneWithLink')]}
          passwordTo={plan.passwordEmail}
          expiresOn={plan.expiresOn}
          today={today}
          timeZone={timeZone}
          permissions={permissionsText(plan)}
        />
        <Group justify="space-between">
          <Button variant="default" onClick={() => setStep('form')} disabled={busy}>
            {t('actions.back')}
          </Button>
          <Button
            onClick={() => void share()}
            loading={busy}
            leftSection={<IconShare size={16} aria-hidden />}
            data-testid="share-send"
          >
            {plan.mode === 'email' ? t('actions.sendShare') : t('actions.createLink')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={review} noValidate>
      <Stack>
        {draft.status === 'restored' && (
          <DraftRestored message={t('draftRestored')} onDiscard={draft.discard} />
        )}
        {failure && (
          <ShareFailure error={failure.error} unplaced={failure.unplaced} partlyDone={links.length > 0} />
        )}
        <Text size="sm">{t('orders.what', { count: orders.length })}</Text>
        {errorOf('root') && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {errorOf('root')}
          </Text>
        )}
        <Controller
          control={form.control}
          name="mode"
          render={({ field }) => (
            <SegmentedControl
              value={field.value}
              onChange={(value) => field.onChange(value as ShareOrdersMode)}
              aria-label={t('orders.modeLabel')}
              data={[
                { value: 'email', label: t('orders.byEmail') },
                { value: 'link', label: t('orders.quickLink') },
              ]}
              fullWidth
            />
          )}
        />
        {mode === 'email' && (
          <EmailRecipientsFields
            form={form}
            idPrefix="share-orders"
            errorOf={errorOf}
            passwordHint={t('orders.passwordToSecondHint')}
          />
        )}
        {mode === 'link' && (
          <Text size="sm" c="dimmed">
            {t('orders.quickLinkHint')}
          </Text>
        )}
        <Switch
          label={t('permissions.allowDownload')}
          description={t('permissions.allowDownloadHint')}
          {...form.register('allowDownload')}
          data-field="allowDownload"
        />
        <Controller
          control={form.control}
          name="expiry"
          render={({ field }) => (
            <ExpiryField
              idPrefix="share-orders"
              choice={field.value}
              onChoiceChange={field.onChange}
              date={form.watch('expiryDate')}
              onDateChange={(value) =>
                form.setValue('expiryDate', value, { shouldValidate: form.formState.isSubmitted })
              }
              dateError={errorOf('expiryDate')}
              today={today}
              timeZone={timeZone}
              allowNone
            />
          )}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button
            type="submit"
            disabled={!acting.userUuid}
            loading={acting.isPending}
            data-testid="share-review"
          >
            {t('actions.review')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
