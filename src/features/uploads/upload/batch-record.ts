import { z } from 'zod';
import { clearDraft, loadDraft, saveDraft } from '@/lib/drafts/draft-vault';

/**
 * What survives a reload of the tab while a batch is being sent: only SOP Instance UIDs (which files were
 * sent, which were not), the de-identification batch (its secret and date shift, so that the files sent after
 * the reload get the same study and series UIDs as those sent before) and the destination. No names, no
 * paths, no patient data. Kept like form drafts: AES-GCM encrypted, in this tab's sessionStorage
 * (src/lib/drafts/draft-vault.ts). Saves are coalesced: at most one in flight, the latest state wins.
 */

const NAME = 'uploads.batch';

export const batchRecordSchema = z.object({
  version: z.literal(1),
  /** SOP Instance UIDs (of the files as read from disk) confirmed sent. */
  sent: z.array(z.string()),
  /** SOP Instance UIDs of the batch not (yet) confirmed sent. */
  notSent: z.array(z.string()),
  deidentify: z
    .object({
      batch: z.object({ secret: z.string().regex(/^[0-9a-f]{64}$/), dateShiftDays: z.number().int() }),
      patientName: z.string(),
      patientId: z.string(),
      dates: z.enum(['shift', 'empty']),
      retainPatientCharacteristics: z.boolean(),
      retainDescriptions: z.boolean(),
    })
    .nullable(),
  destination: z.object({
    folderUuid: z.string().nullable(),
    vendorAnonymization: z.boolean(),
  }),
});
export type BatchRecord = z.infer<typeof batchRecordSchema>;

/** The record of this tab's last batch, or null (none, unreadable, or another shape). */
export async function loadBatchRecord(): Promise<BatchRecord | null> {
  const parsed = batchRecordSchema.safeParse(await loadDraft(NAME));
  return parsed.success ? parsed.data : null;
}

let saving: Promise<void> | null = null;
let next: BatchRecord | null = null;

/** Saves the record; calls made while a save runs collapse into one more save of the latest record. */
export function saveBatchRecord(record: BatchRecord): Promise<void> {
  next = record;
  if (!saving) {
    saving = (async () => {
      while (next) {
        const current = next;
        next = null;
        await saveDraft(NAME, current);
      }
      saving = null;
    })();
  }
  return saving;
}

/** Resolves once every save asked for so far is written. */
export function batchRecordSaved(): Promise<void> {
  return saving ?? Promise.resolve();
}

export async function clearBatchRecord(): Promise<void> {
  next = null;
  await batchRecordSaved();
  clearDraft(NAME);
}
