import { Alert, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconInfoCircle } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type Path, type Resolver, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { VendorError } from '@/api/errors';
import type { PeopleByKey } from '@/api/people/queries';
import { useScanReferral, useScanSafetyQuestions, useScanSession } from '@/api/scan/queries';
import { createScanUser } from '@/api/scan/users';
import { ErrorSummary, type SubmitFailure } from '@/components/forms/ErrorSummary';
import {
  applyFormErrors,
  firstStepWithError,
  focusFirstField,
  inputResolver,
} from '@/components/forms/form-errors';
import { PendingRequest } from '@/components/forms/PendingRequest';
import { useAbortable } from '@/components/forms/use-abortable';
import { useFormDraft } from '@/components/use-form-draft';
import type { ScanBlockCheck } from '@/lib/scheduling/scan-blocks';
import { DraftRestoredAlert } from '../components/DraftRestoredAlert';
import { useNotifySuccess } from '../components/notify';
import { PrefillNotice } from '../prefill/PrefillNotice';
import { choosePrefillPerson, scanPrefill } from '../prefill/person-prefill';
import { useApplyPrefill } from '../prefill/use-prefill';
import { ScanStepNav } from './ScanStepNav';
import { ScanWizardStepView } from './ScanWizardStepView';
import {
  emptyScanWizard,
  isScanWizardDraft,
  SCAN_CONFIRM_PATH_FROM,
  SCAN_FIRST_REFERRAL_STEP,
  type ScanStepContext,
  type ScanWizardValues,
  scanFormField,
  scanStepFields,
  scanWizardSteps,
  validateScanStep,
} from './scan-referral-model';
import { useScanFieldLabel } from './use-scan-field-label';
import { SCAN_REFERRAL_DRAFT, ScanStepFailure, useScanWizardSteps } from './use-scan-wizard-steps';

/**
 * The Scan.com referral wizard: one form over every step, kept as an encrypted tab-scoped draft with the
 * step on screen. Steps 1–3 stay in the form; leaving step 3 creates the referral once (or updates it);
 * documents; then submit (Scan.com emails the patient) or the confirm path (provider, blocks, GP, safety,
 * confirm). A vendor's field errors land on their fields and the wizard moves to their step.
 */
export function ScanReferralWizard({ people }: { people: PeopleByKey }) {
  const { t } = useTranslation('orders');
  const navigate = useNavigate();
  const notifySuccess = useNotifySuccess();
  const session = useScanSession();
  const context = useRef<ScanStepContext>({ needsAccount: !session.active });
  const resolver = useMemo<Resolver<ScanWizardValues>>(
    () => (values, ctx, options) =>
      inputResolver((v: ScanWizardValues) => validateScanStep(v, context.current))(values, ctx, options),
    [],
  );
  const form = useForm<ScanWizardValues>({
    resolver,
    defaultValues: emptyScanWizard(),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const draft = useFormDraft(form, SCAN_REFERRAL_DRAFT, isScanWizardDraft);
  const labelOf = useScanFieldLabel();
  const steps = useScanWizardSteps(form, session.active);
  const [failure, setFailure] = useState<SubmitFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<'sessionAgain' | 'referralGone' | null>(null);
  const inFlight = useRef(false);
  const request = useAbortable();
  const focusAfterMove = useRef<string[] | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const slotCheck = useRef<ScanBlockCheck | null>(null);
  const onSlotCheck = useCallback((check: ScanBlockCheck | null) => {
    slotCheck.current = check;
  }, []);

  const step = form.watch('step');
  const path = form.watch('path');
  const referralId = form.watch('referralId');
  const referral = useScanReferral(referralId && session.active ? Number(referralId) : undefined);
  const questions = useScanSafetyQuestions(
    referralId && session.active && step >= SCAN_CONFIRM_PATH_FROM ? Number(referralId) : undefined,
  );
  context.current = {
    needsAccount: !session.active,
    detailsRequired: new Set(
      (questions.data ?? []).filter((q) => q.details_required_if_yes).map((question) => question.id),
    ),
  };

  const person = choosePrefillPerson(people.people);
  // Once every source answered: the preferred record (a patient record before an order) may come last.
  const prefill = useMemo(
    () => (person && !people.isPending ? scanPrefill(person, people.people) : null),
    [person, people.people, people.isPending],
  );
  useApplyPrefill(form, draft.status, prefill);

  // After a reload the Scan.com session (memory only) is gone: start it again as the same user, or ask.
  const restarted = useRef(false);
  useEffect(() => {
    if (draft.status !== 'restored' || session.active || restarted.current) return;
    restarted.current = true;
    const values = form.getValues();
    if (values.step === 0) return;
    setBusy(true);
    createScanUser(values.account)
      .catch(() => {
        form.setValue('step', 0);
        setNotice('sessionAgain');
      })
      .finally(() => setBusy(false));
  }, [draft.status, session.active, form]);

  // A referral this session cannot read (it belonged to an earlier session): keep what was typed, create it anew.
  useEffect(() => {
    const error = referral.error;
    if (!(error instanceof VendorError) || error.status !== 404) return;
    form.setValue('referralId', '');
    form.setValue('synced', { referral: '', provider: '', slots: '', gp: '', safety: '' });
    form.setValue('slotIds', []);
    if (form.getValues('step') >= SCAN_FIRST_REFERRAL_STEP)
      form.setValue('step', SCAN_FIRST_REFERRAL_STEP - 1);
    setNotice('referralGone');
  }, [referral.error, form]);

  // The heading of a new step takes the focus (or the first field a vendor refused on it).
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    const fields = focusAfterMove.current;
    focusAfterMove.current = null;
    if (!(fields && focusFirstField(fields))) headingRef.current?.focus();
  }, [step]);

  const goTo = (next: number) => {
    setFailure(null);
    form.clearErrors();
    form.setValue('step', next, { shouldDirty: true });
  };

  const onNext = form.handleSubmit(
    async (values) => {
      if (inFlight.current) return; // a double click sends one request
      if (scanWizardSteps[values.step] === 'slots' && slotCheck.current && !slotCheck.current.ok) {
        // The picker says why (blocks that do not follow each other): nothing is sent.
        document.querySelector<HTMLElement>('[data-testid="scan-block-refusal"]')?.focus();
        return;
      }
      inFlight.current = true;
      setBusy(true);
      setFailure(null);
      setNotice(null);
      try {
        const outcome = await steps.run(values, request.begin());
        if ('done' in outcome) {
          draft.clear();
          const key = outcome.done.status === 'confirmed' ? 'scan.confirmed' : 'scan.submitted';
          notifySuccess(t(key, { id: outcome.done.id }));
          void navigate(`/orders/scan/${outcome.done.id}`);
          return;
        }
        goTo(outcome.next);
      } catch (error) {
        const cause = error instanceof ScanStepFailure ? error.cause : error;
        const answerOf = error instanceof ScanStepFailure ? error.answerOf : 'referral';
        const applied = applyFormErrors(
          form,
          cause,
          (wire) => scanFormField(wire, answerOf) as Path<ScanWizardValues> | null,
          {
            focus: false,
          },
        );
        setFailure({ error: cause, ...applied });
        const target = firstStepWithError(applied.fields, scanStepFields);
        if (target >= 0 && target !== values.step) {
          focusAfterMove.current = applied.fields;
          form.setValue('step', target, { shouldDirty: true });
        } else focusFirstField(applied.fields);
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    () => setFailure(null),
  );

  if (draft.status === 'loading') return null;
  const name = scanWizardSteps[step] ?? 'patient';
  const total = path === 'confirm' ? scanWizardSteps.length : SCAN_CONFIRM_PATH_FROM;
  const last = name === 'confirm' || (name === 'finish' && path === 'submit');
  const nextLabel =
    name === 'confirm'
      ? t('scan.confirm')
      : name === 'finish' && path === 'submit'
        ? t('scan.submit')
        : name === 'referral' && !referralId
          ? t('scan.createAndNext')
          : t('scan.next');

  return (
    <Stack data-testid="scan-wizard">
      <PrefillNotice
        people={people}
        prefill={prefill}
        labelOf={labelOf}
        keptDraft={draft.status === 'restored'}
      />
      {draft.status === 'restored' && (
        <DraftRestoredAlert savedAt={draft.savedAt} onDiscard={draft.discard} />
      )}
      {notice && (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} data-testid="scan-notice">
          {t(`scan.notice.${notice}`)}
        </Alert>
      )}
      <ScanStepNav step={step} total={total} onGo={goTo} disabled={busy} />
      <ErrorSummary form={form} failure={failure} labelOf={labelOf} title={t('scan.notSaved')} />
      <Box component="form" onSubmit={onNext} noValidate aria-busy={busy}>
        <Stack gap="lg" inert={busy} style={busy ? { opacity: 0.6 } : undefined}>
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t('scan.stepOf', { step: step + 1, total })}
            </Text>
            <Title order={2} size="h3" ref={headingRef} tabIndex={-1} data-testid="scan-step-title">
              {t(`scan.steps.${name}`)}
            </Title>
          </Stack>
          <ScanWizardStepView
            name={name}
            form={form}
            sessionActive={session.active}
            referral={referral.data}
            questions={questions}
            onSlotCheck={onSlotCheck}
          />
        </Stack>
        <Box
          pos="sticky"
          bottom={0}
          py="sm"
          mt="md"
          style={{ zIndex: 5, background: 'var(--mantine-color-body)' }}
        >
          <Stack gap="xs">
            {busy && <PendingRequest vendor="scan" onStop={request.cancel} />}
            <Group justify="space-between" inert={busy}>
              <Button
                variant="default"
                leftSection={<IconArrowLeft size={16} aria-hidden />}
                disabled={step === 0}
                onClick={() => goTo(step - 1)}
                data-testid="scan-back"
              >
                {t('scan.back')}
              </Button>
              <Button
                type="submit"
                loading={busy}
                rightSection={last ? undefined : <IconArrowRight size={16} aria-hidden />}
                data-testid="scan-next"
              >
                {nextLabel}
              </Button>
            </Group>
          </Stack>
        </Box>
      </Box>
    </Stack>
  );
}
