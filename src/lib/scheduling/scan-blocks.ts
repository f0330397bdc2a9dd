import { parseOffsetTimestamp } from '@/lib/mappings/datetime';

/**
 * Scan.com time slots are made of 15-minute blocks, each with its own id. The ids say nothing about time
 * (the vendor's own example is 16523, 16539, 16571), so blocks are ordered and joined by their times:
 * block `i` of a slot starts `i × 15` minutes after the slot's `start_time`. A longer scan takes several
 * blocks, which must follow each other with no gap.
 */

export const SCAN_BLOCK_MS = 15 * 60_000;

/** A slot as the provider lists it (`GET …/time_slots`). */
export interface ScanSlotInput {
  ids: readonly number[];
  start_time: string;
  end_time: string;
}

export interface ScanBlock {
  id: number;
  /** Epoch milliseconds. */
  start: number;
  end: number;
  /** Its start and end as offset timestamps, in the provider's own offset. */
  startText: string;
  endText: string;
}

/** Why a choice of blocks cannot be booked. */
export type ScanBlockRefusal =
  | { reason: 'empty' }
  | { reason: 'unknown'; id: number }
  | { reason: 'duplicate'; id: number }
  | { reason: 'not-consecutive'; before: ScanBlock; after: ScanBlock; gapMinutes: number }
  | { reason: 'too-few'; required: number; chosen: number }
  | { reason: 'too-many'; maximum: number; chosen: number };

export type ScanBlockCheck =
  | { ok: true; blocks: ScanBlock[]; ids: number[]; start: number; end: number }
  | { ok: false; refusal: ScanBlockRefusal };

const pad = (value: number) => String(value).padStart(2, '0');

/** `2022-09-28T12:00:00.000+01:00` moved by `ms`, keeping its offset (for a block's own start). */
function shiftOffsetTimestamp(text: string, ms: number): string {
  const offset = /([+-]\d{2}:\d{2}|Z)$/.exec(text)?.[1] ?? 'Z';
  const sign = offset === 'Z' ? 0 : offset.startsWith('-') ? -1 : 1;
  const [h = 0, m = 0] = offset === 'Z' ? [0, 0] : offset.slice(1).split(':').map(Number);
  const offsetMs = sign * (h * 60 + m) * 60_000;
  const wall = new Date(parseOffsetTimestamp(text).getTime() + ms + offsetMs);
  const date = `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}.000`;
  return `${date}T${time}${offset}`;
}

/** Every block of the listed slots, in time order; a block listed twice is kept once. */
export function blocksOfSlots(slots: readonly ScanSlotInput[]): ScanBlock[] {
  const byId = new Map<number, ScanBlock>();
  for (const slot of slots) {
    const start = parseOffsetTimestamp(slot.start_time).getTime();
    slot.ids.forEach((id, index) => {
      if (byId.has(id)) return;
      const blockStart = start + index * SCAN_BLOCK_MS;
      byId.set(id, {
        id,
        start: blockStart,
        end: blockStart + SCAN_BLOCK_MS,
        startText: shiftOffsetTimestamp(slot.start_time, index * SCAN_BLOCK_MS),
        endText: shiftOffsetTimestamp(slot.start_time, (index + 1) * SCAN_BLOCK_MS),
      });
    });
  }
  return [...byId.values()].sort((a, b) => a.start - b.start || a.id - b.id);
}

/**
 * Whether the chosen block ids make one unbroken stretch of time among `blocks`. The ids come back in time
 * order (what `PATCH …/time_slots` takes). `required`/`maximum` bound how many blocks the scan needs.
 */
export function checkScanBlocks(
  blocks: readonly ScanBlock[],
  chosenIds: readonly number[],
  limits: { required?: number; maximum?: number } = {},
): ScanBlockCheck {
  if (chosenIds.length === 0) return { ok: false, refusal: { reason: 'empty' } };
  const byId = new Map(blocks.map((block) => [block.id, block]));
  const seen = new Set<number>();
  const chosen: ScanBlock[] = [];
  for (const id of chosenIds) {
    if (seen.has(id)) return { ok: false, refusal: { reason: 'duplicate', id } };
    seen.add(id);
    const block = byId.get(id);
    if (!block) return { ok: false, refusal: { reason: 'unknown', id } };
    chosen.push(block);
  }
  chosen.sort((a, b) => a.start - b.start);
  for (let index = 1; index < chosen.length; index++) {
    const before = chosen[index - 1] as ScanBlock;
    const after = chosen[index] as ScanBlock;
    if (after.start !== before.end) {
      return {
        ok: false,
        refusal: {
          reason: 'not-consecutive',
          before,
          after,
          gapMinutes: Math.round((after.start - before.end) / 60_000),
        },
      };
    }
  }
  if (limits.maximum !== undefined && chosen.length > limits.maximum) {
    return { ok: false, refusal: { reason: 'too-many', maximum: limits.maximum, chosen: chosen.length } };
  }
  if (limits.required !== undefined && chosen.length < limits.required) {
    return { ok: false, refusal: { reason: 'too-few', required: limits.required, chosen: chosen.length } };
  }
  const first = chosen[0] as ScanBlock;
  const last = chosen[chosen.length - 1] as ScanBlock;
  return { ok: true, blocks: chosen, ids: chosen.map((b) => b.id), start: first.start, end: last.end };
}

/** Adds the block to the choice, or takes it out. */
export function toggleScanBlock(chosenIds: readonly number[], id: number): number[] {
  return chosenIds.includes(id) ? chosenIds.filter((chosen) => chosen !== id) : [...chosenIds, id];
}

/** The local day (`YYYY-MM-DD`) of a block in the provider's own offset, as its timestamp writes it. */
export function scanBlockDay(block: ScanBlock): string {
  return block.startText.slice(0, 10);
}

/** `HH:mm` of an offset timestamp on its own clock (a block's `startText` or `endText`). */
export function scanWallTime(text: string): string {
  return text.slice(11, 16);
}

/** The UTC offset in minutes an offset timestamp is written in (`+01:00` → 60, `Z` → 0). */
export function scanOffsetMinutes(text: string): number {
  const offset = /([+-]\d{2}:\d{2}|Z)$/.exec(text)?.[1] ?? 'Z';
  if (offset === 'Z') return 0;
  const [h = 0, m = 0] = offset.slice(1).split(':').map(Number);
  return (offset.startsWith('-') ? -1 : 1) * (h * 60 + m);
}
