import { describe, expect, it } from 'vitest';
import {
  type BatchRecord,
  batchRecordSaved,
  clearBatchRecord,
  loadBatchRecord,
  saveBatchRecord,
} from './batch-record';

const record = (sent: string[]): BatchRecord => ({
  version: 1,
  sent,
  notSent: ['1.2.3.9'],
  deidentify: null,
  destination: { folderUuid: null, vendorAnonymization: false },
});

describe('batch record', () => {
  it('keeps only SOP Instance UIDs, encrypted in this tab, the latest of several saves winning', async () => {
    void saveBatchRecord(record(['1.2.3.1']));
    void saveBatchRecord(record(['1.2.3.1', '1.2.3.2']));
    await saveBatchRecord(record(['1.2.3.1', '1.2.3.2', '1.2.3.3']));
    await batchRecordSaved();
    const stored = sessionStorage.getItem('console.draft.uploads.batch') ?? '';
    expect(stored).not.toContain('1.2.3.1');
    expect((await loadBatchRecord())?.sent).toEqual(['1.2.3.1', '1.2.3.2', '1.2.3.3']);
    await clearBatchRecord();
    expect(await loadBatchRecord()).toBeNull();
  });
});
