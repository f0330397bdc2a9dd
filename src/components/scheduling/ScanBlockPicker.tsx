import { Alert, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { type KeyboardEvent, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { offsetMinutesAt } from '@/lib/mappings/datetime';
import {
  blocksOfSlots,
  checkScanBlocks,
  type ScanBlock,
  type ScanBlockCheck,
  type ScanBlockRefusal,
  type ScanSlotInput,
  scanBlockDay,
  scanOffsetMinutes,
  scanWallTime,
  toggleScanBlock,
} from '@/lib/scheduling/scan-blocks';
import {
  browserTimeZone,
  formatLongDay,
  formatUtcOffset,
  formatWallTime,
  formatZonedTime,
  zoneName,
} from '@/lib/scheduling/zones';

/**
 * Picks one or more consecutive 15-minute Scan.com blocks for a longer scan.
 *
 *   <ScanBlockPicker
 *     slots={timeSlots.data ?? []}          // the provider's slots, as GET …/time_slots answers them
 *     value={chosen}                        // the chosen block ids (controlled)
 *     onChange={(ids, check) => { setChosen(ids); setValid(check.ok); }}
 *     requiredBlocks={3}                    // optional: how many blocks the scan needs
 *     timeZone="Europe/London"              // optional: the provider's zone, to name it ("09:00 GMT")
 *   />
 *
 * Send `check.ids` (in time order) as `time_slot_ids`, and only when `check.ok`. Blocks that do not follow
 * each other are refused with the reason shown under the blocks (and handed to `onChange`). Times are the
 * provider's wall clock, as its timestamps write them; the user's own time is in each block's label when it
 * differs. Arrow keys, Home and End move between blocks; Space or Enter toggles one.
 */
export interface ScanBlockPickerProps {
  slots: readonly ScanSlotInput[];
  value: readonly number[];
  onChange: (ids: number[], check: ScanBlockCheck) => void;
  requiredBlocks?: number;
  maxBlocks?: number;
  timeZone?: string;
  /** Heading of the picker (default "Time blocks"). */
  label?: string;
  disabled?: boolean;
}

export function ScanBlockPicker({
  slots,
  value,
  onChange,
  requiredBlocks,
  maxBlocks,
  timeZone,
  label,
  disabled = false,
}: ScanBlockPickerProps) {
  const { t, i18n } = useTranslation('schedule');
  const locale = i18n.language;
  const blocks = useMemo(() => blocksOfSlots(slots), [slots]);
  const limits = { required: requiredBlocks, maximum: maxBlocks };
  const check = checkScanBlocks(blocks, value, limits);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const own = browserTimeZone();

  const days = useMemo(() => {
    const byDay = new Map<string, { block: ScanBlock; index: number }[]>();
    blocks.forEach((block, index) => {
      const day = scanBlockDay(block);
      byDay.set(day, [...(byDay.get(day) ?? []), { block, index }]);
    });
    return [...byDay.entries()];
  }, [blocks]);

  /** "09:00 GMT" with a zone, else "09:00 UTC+01:00" in the timestamp's own offset. */
  const at = (ms: number, text: string) =>
    timeZone
      ? formatZonedTime(ms, timeZone, locale)
      : `${scanWallTime(text)} ${formatUtcOffset(scanOffsetMinutes(text))}`;
  const ownTime = (block: ScanBlock) =>
    offsetMinutesAt(new Date(block.start), own) === scanOffsetMinutes(block.startText)
      ? null
      : formatZonedTime(block.start, own, locale);

  const toggle = (id: number) => {
    const next = toggleScanBlock(value, id);
    onChange(next, checkScanBlocks(blocks, next, limits));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    let target: number | undefined;
    if (event.key in moves) target = index + (moves[event.key] ?? 0);
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = blocks.length - 1;
    if (target === undefined) return;
    event.preventDefault();
    buttons.current[Math.max(0, Math.min(blocks.length - 1, target))]?.focus();
  };
  const tabStop = Math.max(
    0,
    blocks.findIndex((block) => value.includes(block.id)),
  );

  const refusal = (reason: ScanBlockRefusal): string => {
    switch (reason.reason) {
      case 'empty':
        return t('scanBlocks.refusal.empty');
      case 'unknown':
        return t('scanBlocks.refusal.unknown', { id: reason.id });
      case 'duplicate':
        return t('scanBlocks.refusal.duplicate', { id: reason.id });
      case 'not-consecutive':
        return t('scanBlocks.refusal.notConsecutive', {
          first: at(reason.before.start, reason.before.startText),
          second: at(reason.after.start, reason.after.startText),
          minutes: reason.gapMinutes,
        });
      case 'too-few':
        return t('scanBlocks.refusal.tooFew', { required: reason.required, chosen: reason.chosen });
      case 'too-many':
        return t('scanBlocks.refusal.tooMany', { maximum: reason.maximum, chosen: reason.chosen });
    }
  };

  const first = check.ok ? check.blocks[0] : undefined;
  const last = check.ok ? check.blocks.at(-1) : undefined;

  return (
    <Stack gap="sm" data-testid="scan-block-picker">
      <Title order={3} size="h5">
        {label ?? t('scanBlocks.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('scanBlocks.hint')}
        {requiredBlocks
          ? ` ${t('scanBlocks.needs', { count: requiredBlocks, minutes: requiredBlocks * 15 })}`
          : ''}
      </Text>
      {blocks.length === 0 && <Text size="sm">{t('scanBlocks.none')}</Text>}
      {days.map(([day, entries]) => {
        const sample = entries[0]?.block;
        const zone = sample
          ? timeZone
            ? `${timeZone} (${zoneName(sample.start, timeZone, locale)})`
            : formatUtcOffset(scanOffsetMinutes(sample.startText))
          : '';
        return (
          <Stack gap={6} key={day}>
            <Text size="sm" fw={600} id={`scan-day-${day}`}>
              {formatLongDay(day, locale)}
              <Text span size="xs" c="dimmed" fw={400}>
                {' · '}
                {t('scanBlocks.zoneNote', { zone })}
              </Text>
            </Text>
            <Group gap={6} role="group" aria-labelledby={`scan-day-${day}`}>
              {entries.map(({ block, index }) => {
                const pressed = value.includes(block.id);
                const mine = ownTime(block);
                const time = at(block.start, block.startText);
                return (
                  <Button
                    key={block.id}
                    ref={(element) => {
                      buttons.current[index] = element;
                    }}
                    size="compact-sm"
                    variant={pressed ? 'filled' : 'default'}
                    aria-pressed={pressed}
                    aria-label={mine ? `${time} · ${t('zone.yourTime', { time: mine })}` : time}
                    tabIndex={index === tabStop ? 0 : -1}
                    disabled={disabled}
                    data-block-id={block.id}
                    onClick={() => toggle(block.id)}
                    onKeyDown={(event) => onKeyDown(event, index)}
                    leftSection={pressed ? <IconCheck size={14} aria-hidden /> : undefined}
                  >
                    {timeZone ? formatWallTime(block.start, timeZone, locale) : scanWallTime(block.startText)}
                  </Button>
                );
              })}
            </Group>
          </Stack>
        );
      })}
      <div aria-live="polite">
        {first && last && (
          <Badge color="teal" variant="light" size="lg" data-testid="scan-block-summary" tt="none">
            {t('scanBlocks.chosen', {
              from: at(first.start, first.startText),
              to: at(last.end, last.endText),
              count: check.ok ? check.blocks.length : 0,
              minutes: check.ok ? check.blocks.length * 15 : 0,
            })}
          </Badge>
        )}
        {!check.ok && value.length > 0 && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            data-testid="scan-block-refusal"
          >
            {refusal(check.refusal)}
          </Alert>
        )}
      </div>
    </Stack>
  );
}
