import { act, renderHook } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { beforeEach, describe, expect, it } from 'vitest';
import { createScanReferral, getScanReferral, listScanReferrals } from '@/api/scan/referrals';
import { createQueryWrapper } from '@/test/query-wrapper';
import { startTestScanUser } from '@/test/scan.test-helpers';
import { faults } from '../../../../mocks/faults';
import {
  emptyScanWizard,
  type ScanWizardValues,
  scanWizardSteps,
  toScanReferralBody,
} from './scan-referral-model';
import { ScanStepFailure, useScanWizardSteps } from './use-scan-wizard-steps';

/** The wizard's steps against the Scan.com mock (real functions, msw answering): one referral, whatever happens. */

function filled(): ScanWizardValues {
  const values = emptyScanWizard();
  values.step = scanWizardSteps.indexOf('referral');
  values.patient = {
    ...values.patient,
    first_name: 'Lúcia',
    last_name: 'Ferreira Gomes',
    email: 'lucia@example.com',
    date_of_birth: '1980-05-17',
    address_postcode: 'M1 1AE',
  };
  values.modality = 'X-Ray';
  values.bodyPartIds = ['200'];
  values.referralInformation = 'Chest pain after a fall.';
  return values;
}

function renderSteps(values: ScanWizardValues) {
  const { wrapper } = createQueryWrapper();
  return renderHook(
    () => {
      const form = useForm<ScanWizardValues>({ defaultValues: values });
      return { form, steps: useScanWizardSteps(form, true) };
    },
    { wrapper },
  );
}

const signal = () => new AbortController().signal;

beforeEach(() => startTestScanUser('Desk'));

describe('Scan.com wizard steps: the referral is created once', () => {
  it('an answer lost after Scan.com created it, then a retry: one referral, found in the user’s list', async () => {
    const { result } = renderSteps(filled());
    faults.set({
      failure: 'network',
      vendor: 'scan',
      methods: 'writes',
      afterProcessing: true,
      remaining: 1,
    });
    let failure: unknown;
    await act(async () => {
      failure = await result.current.steps.run(result.current.form.getValues(), signal()).catch((e) => e);
    });
    expect(failure).toBeInstanceOf(ScanStepFailure);
    expect(await listScanReferrals()).toHaveLength(1);
    expect(result.current.form.getValues('firstSentAt')).toBeGreaterThan(0);

    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.steps.run(result.current.form.getValues(), signal());
    });
    expect(outcome).toEqual({ next: scanWizardSteps.indexOf('documents') });
    const list = await listScanReferrals();
    expect(list).toHaveLength(1);
    expect(result.current.form.getValues('referralId')).toBe(String(list[0]?.id));
    expect(result.current.form.getValues('firstSentAt')).toBe(0);
  });

  it('a reload mid-submit (the draft kept when the create was first sent): the retry finds it', async () => {
    const values = filled();
    // The first send reached Scan.com; the tab was reloaded before its answer (the draft has firstSentAt).
    values.firstSentAt = Date.now();
    await createScanReferral(toScanReferralBody(values));
    const { result } = renderSteps(values);
    await act(async () => {
      await result.current.steps.run(result.current.form.getValues(), signal());
    });
    expect(await listScanReferrals()).toHaveLength(1);
  });

  it('a first send is never held back: another referral of the same patient made before it stays apart', async () => {
    const values = filled();
    await createScanReferral(toScanReferralBody(values));
    const { result } = renderSteps(values);
    await act(async () => {
      await result.current.steps.run(result.current.form.getValues(), signal());
    });
    expect(await listScanReferrals()).toHaveLength(2);
  });

  it('unchanged steps send nothing; a changed one is an update, not a second referral', async () => {
    const { result } = renderSteps(filled());
    await act(async () => {
      await result.current.steps.run(result.current.form.getValues(), signal());
    });
    const id = Number(result.current.form.getValues('referralId'));
    result.current.form.setValue('referralInformation', 'Chest pain after a fall, worse at night.');
    await act(async () => {
      await result.current.steps.run(
        { ...result.current.form.getValues(), step: scanWizardSteps.indexOf('referral') },
        signal(),
      );
    });
    expect(await listScanReferrals()).toHaveLength(1);
    expect((await getScanReferral(id)).referral_information).toBe('Chest pain after a fall, worse at night.');
  });

  it('a submit whose answer is lost is read back as done, never sent twice', async () => {
    const { result } = renderSteps(filled());
    await act(async () => {
      await result.current.steps.run(result.current.form.getValues(), signal());
    });
    faults.set({
      failure: 'network',
      vendor: 'scan',
      methods: 'writes',
      afterProcessing: true,
      remaining: 1,
    });
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.steps.run(
        { ...result.current.form.getValues(), step: scanWizardSteps.indexOf('finish'), path: 'submit' },
        signal(),
      );
    });
    expect(outcome).toMatchObject({ done: { status: 'submitted' }, replayed: true });
  });
});
