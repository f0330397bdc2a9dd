import { Alert, Badge, Button, Chip, Group, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCalendarCheck, IconFlask } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  scanKeys,
  usePickScanTimeSlots,
  useScanReferrals,
  useScanSession,
  useScanTimeSlots,
} from '@/api/scan/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ScanBlockPicker } from '@/components/scheduling/ScanBlockPicker';
import { useDocumentTitle } from '@/components/use-document-title';
import { blocksOfSlots, type ScanBlockCheck, scanBlockDay } from '@/lib/scheduling/scan-blocks';
import { formatDayHeader, formatLongDay } from '@/lib/scheduling/zones';
import { ScheduleNav } from './components/ScheduleNav';

/**
 * Scan.com time blocks of this tab's referrals: choose the referral, a day, and one or more consecutive
 * 15-minute blocks at its imaging provider, then book them (`PATCH …/time_slots`). Referrals are created by
 * the referral wizard in Orders; a Scan.com referral is visible only to the session that created it.
 */
export default function ScanSlotsPage() {
  const { t, i18n } = useTranslation('schedule');
  const locale = i18n.language;
  useDocumentTitle(t('scan.title'));
  const session = useScanSession();
  const active = session.active;
  const referrals = useScanReferrals({ queryConfig: { enabled: active } });
  const drafts = (referrals.data ?? []).filter((r) => r.status === 'draft' && r.imaging_provider_id);
  const [chosenReferral, setChosenReferral] = useState<number | null>(null);
  const referral = drafts.find((r) => r.id === chosenReferral) ?? drafts[0];
  const slots = useScanTimeSlots(referral?.id);
  const days = useMemo(() => [...new Set(blocksOfSlots(slots.data ?? []).map(scanBlockDay))], [slots.data]);
  const [chosenDay, setChosenDay] = useState<string | null>(null);
  const day = chosenDay && days.includes(chosenDay) ? chosenDay : (days[0] ?? null);
  const daySlots = useMemo(
    () => (slots.data ?? []).filter((slot) => slot.start_time.slice(0, 10) === day),
    [slots.data, day],
  );
  const required = Math.min(...(slots.data ?? []).map((slot) => slot.ids.length), Number.POSITIVE_INFINITY);
  const [chosen, setChosen] = useState<number[]>([]);
  const [check, setCheck] = useState<ScanBlockCheck | null>(null);
  const pick = usePickScanTimeSlots(referral?.id ?? 0);
  const queryClient = useQueryClient();
  const sample = useMutation({
    // Compiled out of production builds: `__MOCKS__` is false there, so the QA module is never bundled.
    mutationFn: () =>
      __MOCKS__
        ? import('./scan-sample').then((module) => module.startSampleScanReferral())
        : Promise.reject(new Error('Mock builds only')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scanKeys.all }),
    retry: false,
  });

  const onChange = (ids: number[], next: ScanBlockCheck) => {
    setChosen(ids);
    setCheck(next);
    pick.reset();
  };

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1}>{t('scan.title')}</Title>
        <ScheduleNav />
      </Stack>
      <Text size="sm">{t('scan.intro')}</Text>
      {__MOCKS__ && (
        <Group>
          <Button
            variant="default"
            leftSection={<IconFlask size={16} aria-hidden />}
            onClick={() => sample.mutate(undefined, { onSuccess: (id) => setChosenReferral(id) })}
            loading={sample.isPending}
            data-testid="scan-sample"
          >
            {t('scan.sample')}
          </Button>
          {sample.isError && <ErrorAlert error={sample.error} />}
        </Group>
      )}
      {!active && (
        <Alert color="gray" variant="light" data-testid="scan-no-session">
          {t('scan.noSession')}
        </Alert>
      )}
      {referrals.isError && <ErrorAlert error={referrals.error} onRetry={() => void referrals.refetch()} />}
      {active && referrals.isSuccess && drafts.length === 0 && (
        <Alert color="gray" variant="light">
          {t('scan.noReferral')}
        </Alert>
      )}
      {referral && (
        <Stack gap="sm">
          <Select
            label={t('scan.referral')}
            data={drafts.map((r) => ({
              value: String(r.id),
              label: t('scan.referralLabel', { id: r.id, modality: r.modality ?? '—' }),
            }))}
            value={String(referral.id)}
            onChange={(value) => {
              setChosenReferral(value ? Number(value) : null);
              setChosen([]);
              setCheck(null);
            }}
            allowDeselect={false}
            w={{ base: '100%', sm: 360 }}
            data-testid="scan-referral"
          />
          {slots.isPending && <Skeleton height={120} />}
          {slots.isError && <ErrorAlert error={slots.error} onRetry={() => void slots.refetch()} />}
          {days.length > 0 && (
            <Chip.Group
              value={day ?? ''}
              onChange={(value) => {
                setChosenDay(String(value));
                setChosen([]);
                setCheck(null);
              }}
            >
              <Group gap={6} role="group" aria-label={t('scan.days')}>
                {days.map((candidate) => (
                  <Chip
                    key={candidate}
                    value={candidate}
                    size="sm"
                    aria-label={formatLongDay(candidate, locale)}
                  >
                    {formatDayHeader(candidate, locale)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          )}
          {slots.isSuccess && (
            <ScanBlockPicker
              slots={daySlots}
              value={chosen}
              onChange={onChange}
              requiredBlocks={Number.isFinite(required) ? required : undefined}
              disabled={pick.isPending}
            />
          )}
          <Group>
            <Button
              leftSection={<IconCalendarCheck size={16} aria-hidden />}
              disabled={!check?.ok || pick.isPending}
              loading={pick.isPending}
              onClick={() => check?.ok && pick.mutate(check.ids)}
              data-testid="scan-book"
            >
              {t('scan.book')}
            </Button>
            {referral.time_slot_ids && referral.time_slot_ids.length > 0 && (
              <Badge color="teal" variant="light" tt="none" data-testid="scan-booked">
                {t('scan.booked', { count: referral.time_slot_ids.length })}
              </Badge>
            )}
          </Group>
          {pick.isError && <ErrorAlert error={pick.error} />}
        </Stack>
      )}
    </Stack>
  );
}
