import { describe, expect, it } from 'vitest';
import {
  blocksOfSlots,
  checkScanBlocks,
  scanBlockDay,
  scanOffsetMinutes,
  scanWallTime,
  toggleScanBlock,
} from './scan-blocks';

// The vendor's own example: ids that say nothing about time order.
const slots = [
  {
    ids: [16523, 16539, 16571],
    start_time: '2022-09-28T12:00:00.000+01:00',
    end_time: '2022-09-28T12:45:00.000+01:00',
  },
  {
    ids: [16601, 16588, 16640],
    start_time: '2022-09-28T12:45:00.000+01:00',
    end_time: '2022-09-28T13:30:00.000+01:00',
  },
  {
    ids: [17002, 17003, 17004],
    start_time: '2022-09-28T15:00:00.000+01:00',
    end_time: '2022-09-28T15:45:00.000+01:00',
  },
];
const blocks = blocksOfSlots(slots);
const [firstBlock] = blocks;
const [firstSlot] = slots;

describe('Scan.com blocks', () => {
  it('orders blocks by time, each 15 minutes after the one before in its slot', () => {
    expect(blocks.map((b) => b.id)).toEqual([16523, 16539, 16571, 16601, 16588, 16640, 17002, 17003, 17004]);
    expect(blocks.map((b) => scanWallTime(b.startText)).slice(0, 4)).toEqual([
      '12:00',
      '12:15',
      '12:30',
      '12:45',
    ]);
    expect(blocks[1]?.startText).toBe('2022-09-28T12:15:00.000+01:00');
    expect(firstBlock && scanBlockDay(firstBlock)).toBe('2022-09-28');
    expect(firstBlock && scanOffsetMinutes(firstBlock.startText)).toBe(60);
    expect(firstBlock && scanWallTime(firstBlock.endText)).toBe('12:15');
    expect(new Date(blocks[0]?.start ?? 0).toISOString()).toBe('2022-09-28T11:00:00.000Z');
  });

  it('accepts consecutive blocks, in any order, also across two slots, and answers them in time order', () => {
    const check = checkScanBlocks(blocks, [16601, 16571]);
    expect(check).toMatchObject({ ok: true, ids: [16571, 16601] });
    if (check.ok) expect(check.end - check.start).toBe(30 * 60_000);
    expect(checkScanBlocks(blocks, [16523, 16539, 16571, 16601, 16588, 16640]).ok).toBe(true);
  });

  it('refuses blocks that are not consecutive, naming the gap', () => {
    const check = checkScanBlocks(blocks, [16523, 16571]);
    expect(check.ok).toBe(false);
    if (!check.ok && check.refusal.reason === 'not-consecutive') {
      expect(check.refusal.before.id).toBe(16523);
      expect(check.refusal.after.id).toBe(16571);
      expect(check.refusal.gapMinutes).toBe(15);
    } else throw new Error('expected a not-consecutive refusal');
    const far = checkScanBlocks(blocks, [16640, 17002]);
    expect(!far.ok && far.refusal.reason === 'not-consecutive' && far.refusal.gapMinutes).toBe(90);
  });

  it('refuses an empty choice, unknown or repeated ids, and too few or too many blocks', () => {
    expect(checkScanBlocks(blocks, [])).toEqual({ ok: false, refusal: { reason: 'empty' } });
    expect(checkScanBlocks(blocks, [1])).toEqual({ ok: false, refusal: { reason: 'unknown', id: 1 } });
    expect(checkScanBlocks(blocks, [16523, 16523])).toEqual({
      ok: false,
      refusal: { reason: 'duplicate', id: 16523 },
    });
    expect(checkScanBlocks(blocks, [16523], { required: 3 })).toEqual({
      ok: false,
      refusal: { reason: 'too-few', required: 3, chosen: 1 },
    });
    expect(checkScanBlocks(blocks, [16523, 16539, 16571], { maximum: 2 })).toEqual({
      ok: false,
      refusal: { reason: 'too-many', maximum: 2, chosen: 3 },
    });
  });

  it('toggles a block in and out of the choice', () => {
    expect(toggleScanBlock([1, 2], 3)).toEqual([1, 2, 3]);
    expect(toggleScanBlock([1, 2, 3], 2)).toEqual([1, 3]);
  });

  it('keeps each block once when a provider lists it in two slots', () => {
    const twice = blocksOfSlots(firstSlot ? [firstSlot, firstSlot] : []);
    expect(twice).toHaveLength(3);
  });
});
