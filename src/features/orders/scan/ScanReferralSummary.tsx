import { Badge, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScanReferral } from '@/api/scan/referrals';

export interface ScanSummaryNames {
  bodyParts?: ReadonlyMap<number, string>;
  provider?: string | null;
}

/** A referral as Scan.com holds it: state, patient, modality, body parts, provider, blocks, GP. */
export function ScanReferralSummary({
  referral,
  names = {},
}: {
  referral: ScanReferral;
  names?: ScanSummaryNames;
}) {
  const { t } = useTranslation('orders');
  const patient = referral.patient_information;
  const rows: [string, string][] = [
    [t('scan.summary.patient'), `${patient.first_name} ${patient.last_name}`],
    [t('scan.fields.patient.date_of_birth'), patient.date_of_birth ?? '—'],
    [t('scan.fields.patient.email'), patient.email ?? '—'],
    [t('scan.fields.modality'), referral.modality ?? '—'],
    [
      t('scan.fields.bodyPartIds'),
      referral.body_part_ids.length
        ? referral.body_part_ids.map((id) => names.bodyParts?.get(id) ?? `#${id}`).join(', ')
        : '—',
    ],
    [t('scan.fields.referralInformation'), referral.referral_information ?? '—'],
    [
      t('scan.fields.providerId'),
      referral.imaging_provider_id ? (names.provider ?? `#${referral.imaging_provider_id}`) : '—',
    ],
    [
      t('scan.fields.slotIds'),
      referral.time_slot_ids.length
        ? t('scan.summary.blocks', {
            count: referral.time_slot_ids.length,
            minutes: referral.time_slot_ids.length * 15,
            ids: referral.time_slot_ids.join(', '),
          })
        : '—',
    ],
    [
      t('scan.steps.gp'),
      referral.gp_details ? `${referral.gp_details.gp_name}, ${referral.gp_details.practice_name}` : '—',
    ],
    [
      t('scan.steps.safety'),
      referral.safety_question_answers.length
        ? t('scan.summary.answers', { count: referral.safety_question_answers.length })
        : '—',
    ],
  ];
  return (
    <Stack gap="xs" data-testid="scan-summary">
      <Badge variant="filled" tt="none" data-testid="scan-status">
        {t(`scan.status.${referral.status}`)}
      </Badge>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" component="dl" m={0}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="xs" c="dimmed">
              {label}
            </Text>
            <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
