import { scanGenders } from '../../src/api/scan/referrals';
import { type ScanModality, scanModalities } from '../../src/lib/codes/scan-modalities';
import { formatOffsetTimestamp, instantToLocal, isIsoDate } from '../../src/lib/mappings/datetime';
import { mockNow } from '../clock';
import { isNonEmptyString, isRecord } from '../shared/http';
import { EMAIL, type ValidationError } from './answers';
import {
  blocksPerSlot,
  type MockBlock,
  type MockReferral,
  SCAN_MOCK_TIME_ZONE,
  type ScanMockState,
} from './store';

/** Scan.com's documented rules as the mock enforces them: patient information, modalities, free slots, submit. */

const dobFormats: Record<string, RegExp> = {
  date_of_birth_iso: /^\d{4}\/\d{2}\/\d{2}$/,
  date_of_birth: /^\d{2}\/\d{2}\/\d{4}$/,
};

const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;

/** Validates patient_information; `partial` for updates. */
export function checkPatient(value: unknown, partial: boolean): ValidationError[] {
  const errors: ValidationError[] = [];
  const field = (name: string) => `patient_information.${name}`;
  if (!isRecord(value)) return [{ field: 'patient_information', message: "can't be blank" }];
  for (const name of ['first_name', 'last_name', 'email']) {
    if (value[name] === undefined && partial) continue;
    if (!isNonEmptyString(value[name])) errors.push({ field: field(name), message: "can't be blank" });
  }
  if (isNonEmptyString(value.email) && !EMAIL.test(value.email))
    errors.push({ field: field('email'), message: 'is invalid' });
  const dobFields = Object.keys(dobFormats).filter((name) => value[name] !== undefined);
  if (dobFields.length === 0 && !partial)
    errors.push({ field: field('date_of_birth_iso'), message: "can't be blank" });
  for (const name of dobFields) {
    const raw = value[name];
    const format = dobFormats[name] as RegExp;
    if (typeof raw !== 'string' || !format.test(raw)) {
      errors.push({ field: field(name), message: 'is not a valid date' });
      continue;
    }
    const parts = raw.split('/');
    const iso = (name === 'date_of_birth_iso' ? parts : [parts[2], parts[1], parts[0]]).join('-');
    if (!isIsoDate(iso)) errors.push({ field: field(name), message: 'is not a valid date' });
  }
  // ASSUMED (Scan.com books UK imaging centres): an address postcode is a UK postcode ("SK7 2EB").
  if (value.address_postcode !== undefined && !UK_POSTCODE.test(String(value.address_postcode).trim()))
    errors.push({ field: field('address_postcode'), message: 'is not a valid UK postcode' });
  if (value.gender !== undefined && !(scanGenders as readonly unknown[]).includes(value.gender))
    errors.push({ field: field('gender'), message: 'is not included in the list' });
  return errors;
}

export function isModality(value: unknown): value is ScanModality {
  return (scanModalities as readonly unknown[]).includes(value);
}

/** Free appointment slots at a provider for a modality: aligned windows of N free blocks, in the future. */
export function freeSlots(state: ScanMockState, providerId: number, modality: ScanModality, date?: string) {
  const size = blocksPerSlot[modality];
  const now = mockNow().getTime();
  const byDay = new Map<string, MockBlock[]>();
  for (const block of state.blocks.values()) {
    if (block.providerId !== providerId) continue;
    const day = instantToLocal(new Date(block.start), SCAN_MOCK_TIME_ZONE).date;
    byDay.set(day, [...(byDay.get(day) ?? []), block]);
  }
  const slots: { ids: number[]; start_time: string; end_time: string }[] = [];
  for (const [day, blocks] of [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (date && day !== date) continue;
    blocks.sort((a, b) => a.start - b.start);
    for (let i = 0; i + size <= blocks.length; i += size) {
      const window = blocks.slice(i, i + size);
      const first = window[0] as MockBlock;
      const contiguous = window.every((b, k) => b.start === first.start + k * 15 * 60_000);
      if (!contiguous || first.start <= now || window.some((b) => b.bookedBy !== null)) continue;
      slots.push({
        ids: window.map((b) => b.id),
        start_time: formatOffsetTimestamp(new Date(first.start), SCAN_MOCK_TIME_ZONE),
        end_time: formatOffsetTimestamp(new Date(first.start + size * 15 * 60_000), SCAN_MOCK_TIME_ZONE),
      });
    }
  }
  return slots;
}

/**
 * The blocks a referral may book (ASSUMED rule: the guide says each id is one 15-minute block and shows a
 * slot's blocks chosen together): free blocks of the referral's provider (or already its own), in the
 * future, following each other with no gap, at least as many as the modality's scan takes. Several
 * consecutive slots make a longer scan. Answers the blocks in time order, or why not.
 */
export function pickableBlocks(
  state: ScanMockState,
  referral: MockReferral,
  ids: readonly number[],
): { blocks: MockBlock[] } | { refusal: string } {
  const providerId = referral.imaging_provider_id;
  const modality = referral.modality;
  if (!providerId || !modality) return { refusal: 'choose an imaging provider first' };
  const now = mockNow().getTime();
  const why = (reason: string) => ({
    refusal: `are not one free time slot at this imaging provider (${reason})`,
  });
  if (new Set(ids).size !== ids.length) return why('a block is chosen twice');
  const blocks: MockBlock[] = [];
  for (const id of ids) {
    const block = state.blocks.get(id);
    const free = block && (block.bookedBy === null || block.bookedBy === referral.id);
    if (!block || block.providerId !== providerId || !free || block.start <= now)
      return why(`block ${id} is not free`);
    blocks.push(block);
  }
  blocks.sort((a, b) => a.start - b.start);
  for (let i = 1; i < blocks.length; i++) {
    const before = blocks[i - 1] as MockBlock;
    const after = blocks[i] as MockBlock;
    if (after.start !== before.start + 15 * 60_000)
      return why(`blocks ${before.id} and ${after.id} are not consecutive`);
  }
  const needed = blocksPerSlot[modality];
  if (blocks.length < needed) return why(`a ${modality} scan needs ${needed} consecutive blocks`);
  return { blocks };
}

export function releaseBlocks(state: ScanMockState, referral: MockReferral) {
  for (const id of referral.time_slot_ids) {
    const block = state.blocks.get(id);
    if (block && block.bookedBy === referral.id) block.bookedBy = null;
  }
  referral.time_slot_ids = [];
}

export function missingForSubmit(referral: MockReferral): ValidationError[] {
  const errors: ValidationError[] = [];
  if (referral.body_part_ids.length === 0) errors.push({ field: 'body_part_ids', message: "can't be blank" });
  if (!referral.modality) errors.push({ field: 'modality', message: "can't be blank" });
  if (!referral.referral_information)
    errors.push({ field: 'referral_information', message: "can't be blank" });
  return errors;
}
