import { Chip, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useScanSession, useScanTimeSlots } from '@/api/scan/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useFieldErrors } from '@/components/forms/use-field-error';
import { ScanBlockPicker } from '@/components/scheduling/ScanBlockPicker';
import {
  blocksOfSlots,
  checkScanBlocks,
  type ScanBlockCheck,
  scanBlockDay,
} from '@/lib/scheduling/scan-blocks';
import { formatDayHeader, formatLongDay } from '@/lib/scheduling/zones';
import type { ScanWizardValues } from './scan-referral-model';

/**
 * Confirm path: one day at the chosen provider, then one or more consecutive 15-minute blocks (a longer scan
 * takes several). Blocks that do not follow each other are refused with the reason, by the picker.
 */
export function ScanSlotsStep({
  form,
  onCheck,
}: {
  form: UseFormReturn<ScanWizardValues>;
  onCheck: (check: ScanBlockCheck | null) => void;
}) {
  const { t, i18n } = useTranslation('orders');
  const { errorOf, idOf } = useFieldErrors(form);
  const referralId = Number(form.watch('referralId')) || undefined;
  const chosen = form.watch('slotIds');
  const session = useScanSession();
  const slots = useScanTimeSlots(session.active ? referralId : undefined);
  const all = slots.data ?? [];
  const blocks = useMemo(() => blocksOfSlots(all), [all]);
  const days = useMemo(() => [...new Set(blocks.map(scanBlockDay))], [blocks]);
  const chosenDay = blocks.find((block) => chosen.includes(block.id));
  const [pickedDay, setPickedDay] = useState<string | null>(null);
  const day = pickedDay ?? (chosenDay ? scanBlockDay(chosenDay) : (days[0] ?? null));
  const daySlots = useMemo(() => all.filter((slot) => slot.start_time.slice(0, 10) === day), [all, day]);
  const required = all.length ? Math.min(...all.map((slot) => slot.ids.length)) : undefined;

  useEffect(() => {
    if (!slots.data) return onCheck(null);
    onCheck(chosen.length ? checkScanBlocks(blocks, chosen, { required }) : null);
  }, [slots.data, blocks, chosen, required, onCheck]);

  const error = errorOf('slotIds');
  return (
    <Stack gap="sm">
      {slots.isPending && <Skeleton height={160} />}
      {slots.isError && <ErrorAlert error={slots.error} onRetry={() => void slots.refetch()} />}
      {slots.isSuccess && days.length === 0 && <Text size="sm">{t('scan.noSlots')}</Text>}
      {days.length > 0 && (
        <Chip.Group
          value={day ?? ''}
          onChange={(value) => {
            setPickedDay(String(value));
            form.setValue('slotIds', [], { shouldDirty: true });
          }}
        >
          <Group gap={6} role="group" aria-label={t('scan.days')}>
            {days.map((candidate) => (
              <Chip
                key={candidate}
                value={candidate}
                size="sm"
                aria-label={formatLongDay(candidate, i18n.language)}
              >
                {formatDayHeader(candidate, i18n.language)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      )}
      {slots.isSuccess && days.length > 0 && (
        <div id={idOf('slotIds')} tabIndex={-1} data-field="slotIds">
          <ScanBlockPicker
            slots={daySlots}
            value={chosen}
            onChange={(ids) =>
              form.setValue('slotIds', ids, { shouldDirty: true, shouldValidate: ids.length > 0 })
            }
            requiredBlocks={required}
            label={t('scan.fields.slotIds')}
          />
        </div>
      )}
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
