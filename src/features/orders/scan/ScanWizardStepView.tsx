import { Skeleton, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ScanSafetyQuestion } from '@/api/scan/confirmation';
import type { ScanReferral } from '@/api/scan/referrals';
import type { ScanBlockCheck } from '@/lib/scheduling/scan-blocks';
import { ScanDocumentsPanel } from './ScanDocumentsPanel';
import { ScanFinishStep } from './ScanFinishStep';
import { ScanGpStep } from './ScanGpStep';
import { ScanPatientStep } from './ScanPatientStep';
import { ScanProviderStep } from './ScanProviderStep';
import { ScanReferralInfoStep } from './ScanReferralInfoStep';
import { ScanReferralSummary } from './ScanReferralSummary';
import { ScanSafetyStep } from './ScanSafetyStep';
import { ScanSlotsStep } from './ScanSlotsStep';
import { ScanStudyStep } from './ScanStudyStep';
import type { ScanWizardStep, ScanWizardValues } from './scan-referral-model';
import { useScanSummaryNames } from './use-scan-summary-names';

interface Props {
  name: ScanWizardStep;
  form: UseFormReturn<ScanWizardValues>;
  sessionActive: boolean;
  referral: ScanReferral | undefined;
  questions: UseQueryResult<ScanSafetyQuestion[]>;
  onSlotCheck: (check: ScanBlockCheck | null) => void;
}

/** The fields of the step on screen. */
export function ScanWizardStepView({ name, form, sessionActive, referral, questions, onSlotCheck }: Props) {
  const { t } = useTranslation('orders');
  const names = useScanSummaryNames(name === 'confirm' ? referral : undefined);
  switch (name) {
    case 'patient':
      return <ScanPatientStep form={form} sessionActive={sessionActive} />;
    case 'study':
      return <ScanStudyStep form={form} />;
    case 'referral':
      return <ScanReferralInfoStep form={form} />;
    case 'documents':
      return referral ? (
        <ScanDocumentsPanel referralId={referral.id} documents={referral.additional_documents} />
      ) : (
        <Skeleton height={120} />
      );
    case 'finish':
      return <ScanFinishStep form={form} />;
    case 'provider':
      return <ScanProviderStep form={form} />;
    case 'slots':
      return <ScanSlotsStep form={form} onCheck={onSlotCheck} />;
    case 'gp':
      return <ScanGpStep form={form} />;
    case 'safety':
      return <ScanSafetyStep form={form} questions={questions} />;
    case 'confirm':
      return (
        <Stack gap="sm">
          <Text size="sm">{t('scan.confirmHint')}</Text>
          {referral ? <ScanReferralSummary referral={referral} names={names} /> : <Skeleton height={160} />}
        </Stack>
      );
  }
}
