import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { answerScanSafetyQuestions, setScanGpDetails } from '@/api/scan/confirmation';
import { setScanImagingProvider } from '@/api/scan/imaging-providers';
import { scanKeys } from '@/api/scan/queries';
import {
  createScanReferral,
  getScanReferral,
  listScanReferrals,
  type ScanReferral,
  updateScanReferral,
} from '@/api/scan/referrals';
import { confirmScanReferral, submitScanReferral } from '@/api/scan/submission';
import { pickScanTimeSlots } from '@/api/scan/time-slots';
import { createScanUser } from '@/api/scan/users';
import { saveDraft } from '@/lib/drafts/draft-vault';
import { findScanEarlierAttempt } from '@/lib/orders/scan-dedup';
import {
  type ScanWizardValues,
  scanWizardSteps,
  seenScanReferral,
  signatureOf,
  toScanAttempt,
  toScanGpDetails,
  toScanReferralBody,
  toScanSafetyAnswers,
} from './scan-referral-model';

export const SCAN_REFERRAL_DRAFT = 'scan-referral-wizard';

/** Which answer a failed request was: the user's creation uses other field names than the referral's. */
export type ScanAnswerKind = 'user' | 'referral';

export class ScanStepFailure extends Error {
  constructor(
    override readonly cause: unknown,
    readonly answerOf: ScanAnswerKind,
  ) {
    super('A Scan.com step failed');
  }
}

/** How a step ended: go to another step, or the referral is submitted or confirmed. */
export type ScanStepOutcome = { next: number } | { done: ScanReferral; replayed: boolean };

const slotSignature = (ids: readonly number[]) => signatureOf([...ids].sort((a, b) => a - b));

/**
 * What "Next" does on each step: the Scan.com calls (only what changed), the referral created once (see
 * src/lib/orders/scan-dedup.ts: before a retry of the create, the user's referral list is read for the
 * earlier attempt), and the referral's answer written back into the form.
 */
export function useScanWizardSteps(form: UseFormReturn<ScanWizardValues>, sessionActive: boolean) {
  const queryClient = useQueryClient();

  /** The referral as Scan.com answered it: its id, and what it no longer holds (a provider change frees slots). */
  const written = useCallback(
    (referral: ScanReferral) => {
      queryClient.setQueryData(scanKeys.referral(referral.id), referral);
      void queryClient.invalidateQueries({ queryKey: scanKeys.referrals() });
      form.setValue('referralId', String(referral.id));
      if (!referral.imaging_provider_id) form.setValue('synced.provider', '');
      if (referral.time_slot_ids.length === 0) form.setValue('synced.slots', '');
      else form.setValue('synced.slots', slotSignature(referral.time_slot_ids));
      if (!referral.gp_details) form.setValue('synced.gp', '');
      if (referral.safety_question_answers.length === 0) form.setValue('synced.safety', '');
    },
    [form, queryClient],
  );

  /** Saves the draft now (not after the usual pause): a reload right after must find it. */
  const saveNow = useCallback(() => saveDraft(SCAN_REFERRAL_DRAFT, form.getValues()), [form]);

  const call = async <T>(answerOf: ScanAnswerKind, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw new ScanStepFailure(error, answerOf);
    }
  };

  /** Creates the referral once, or updates it with what changed in steps 1–3. */
  const saveReferral = async (values: ScanWizardValues, signal: AbortSignal) => {
    const body = toScanReferralBody(values);
    const signature = signatureOf(body);
    if (values.referralId) {
      if (signature === values.synced.referral) return;
      written(await call('referral', () => updateScanReferral(Number(values.referralId), body, { signal })));
      form.setValue('synced.referral', signature);
      return;
    }
    let referral: ScanReferral | undefined;
    if (values.firstSentAt) {
      // A retry: the earlier send may have been processed although its answer never came.
      const list = await call('referral', () => listScanReferrals({ signal }));
      const earlier = findScanEarlierAttempt(toScanAttempt(values), list.map(seenScanReferral), Date.now());
      const found = list.find((candidate) => String(candidate.id) === earlier);
      if (found) referral = await call('referral', () => updateScanReferral(found.id, body, { signal })); // what was typed since
    }
    if (!referral) {
      if (!values.firstSentAt) {
        form.setValue('firstSentAt', Date.now());
        await saveNow();
      }
      referral = await call('referral', () => createScanReferral(body, { signal }));
    }
    written(referral);
    form.setValue('firstSentAt', 0);
    form.setValue('synced.referral', signature);
  };

  /**
   * Submit or confirm, once: when the answer is lost after Scan.com processed it, the retry is refused ("already
   * submitted"); the referral is read back and, in the state asked for, taken as done.
   */
  const finishOnce = async (
    id: number,
    status: 'submitted' | 'confirmed',
    send: () => Promise<ScanReferral>,
  ): Promise<ScanStepOutcome> => {
    try {
      const referral = await send();
      written(referral);
      return { done: referral, replayed: false };
    } catch (error) {
      const current = await getScanReferral(id).catch(() => null);
      if (current?.status === status) {
        written(current);
        return { done: current, replayed: true };
      }
      throw new ScanStepFailure(error, 'referral');
    }
  };

  /** Runs the step on screen; throws a ScanStepFailure when Scan.com (or the network) refused it. */
  const run = async (values: ScanWizardValues, signal: AbortSignal): Promise<ScanStepOutcome> => {
    const step = scanWizardSteps[values.step];
    const id = Number(values.referralId);
    const next = { next: values.step + 1 };
    switch (step) {
      case 'patient':
        if (!sessionActive) await call('user', () => createScanUser(values.account, { signal }));
        return next;
      case 'study':
        return next;
      case 'referral':
        await saveReferral(values, signal);
        await saveNow();
        return next;
      case 'documents':
        return next;
      case 'finish':
        if (values.path === 'submit') {
          return finishOnce(id, 'submitted', () => submitScanReferral(id, { signal }));
        }
        return next;
      case 'provider': {
        if (values.providerId !== values.synced.provider) {
          written(
            await call('referral', () => setScanImagingProvider(id, Number(values.providerId), { signal })),
          );
          form.setValue('synced.provider', values.providerId);
          // The provider's calendar is another one: the blocks chosen at the previous provider are gone.
          form.setValue('slotIds', []);
          form.setValue('synced.slots', '');
        }
        return next;
      }
      case 'slots':
        if (slotSignature(values.slotIds) !== values.synced.slots) {
          written(await call('referral', () => pickScanTimeSlots(id, values.slotIds, { signal })));
          void queryClient.invalidateQueries({ queryKey: scanKeys.timeSlots() });
        }
        return next;
      case 'gp': {
        const gp = toScanGpDetails(values.gp);
        if (signatureOf(gp) !== values.synced.gp) {
          written(await call('referral', () => setScanGpDetails(id, gp, { signal })));
          form.setValue('synced.gp', signatureOf(gp));
        }
        return next;
      }
      case 'safety': {
        const answers = toScanSafetyAnswers(values.safety);
        if (signatureOf(answers) !== values.synced.safety) {
          written(await call('referral', () => answerScanSafetyQuestions(id, answers, { signal })));
          form.setValue('synced.safety', signatureOf(answers));
        }
        return next;
      }
      case 'confirm': {
        return finishOnce(id, 'confirmed', () => confirmScanReferral(id, { signal }));
      }
      default:
        return next;
    }
  };

  return { run };
}
