import { describe, expect, it } from 'vitest';
import {
  clearDraft,
  DRAFT_MAX_AGE_MS,
  forgetVaultKeyForTests,
  loadDraft,
  loadStoredDraft,
  saveDraft,
} from './draft-vault';

describe('draft vault', () => {
  it('round-trips a draft, including non-ASCII text', async () => {
    const draft = { patient_name: 'María José Núñez', extra: [{ key: 'nota', value: '✓ ayuno 8 h' }] };
    await saveDraft('t1', draft);
    expect(await loadDraft('t1')).toEqual(draft);
  });

  it('never stores the draft in clear', async () => {
    await saveDraft('t2', { patient_name: 'Sensitive Name' });
    const stored = sessionStorage.getItem('console.draft.t2') ?? '';
    expect(stored).not.toContain('Sensitive');
    expect(atob(stored.split('.')[1] ?? '')).not.toContain('Sensitive');
  });

  it('drops a draft that cannot be decrypted with the current key', async () => {
    await saveDraft('t3', { a: 1 });
    forgetVaultKeyForTests();
    expect(await loadDraft('t3')).toBeUndefined();
    expect(sessionStorage.getItem('console.draft.t3')).toBeNull();
  });

  it('clears a draft', async () => {
    await saveDraft('t4', { a: 1 });
    clearDraft('t4');
    expect(await loadDraft('t4')).toBeUndefined();
  });

  it('a save still encrypting when the draft is cleared (the form was sent) does not bring it back', async () => {
    await saveDraft('t-race', { expiry: '7' });
    const saving = saveDraft('t-race', { expiry: '90' });
    clearDraft('t-race');
    await saving;
    expect(await loadDraft('t-race')).toBeUndefined();
  });

  it('an older save finishing after a newer one does not overwrite it', async () => {
    const older = saveDraft('t-order', { note: 'old' });
    const newer = saveDraft('t-order', { note: 'new' });
    await newer;
    await older;
    expect(await loadDraft('t-order')).toEqual({ note: 'new' });
  });

  it('keeps a draft for 12 hours after its last save, with the time it was saved', async () => {
    const savedAt = Date.now();
    await saveDraft('t5', { a: 1 });
    expect(await loadStoredDraft('t5', savedAt + DRAFT_MAX_AGE_MS)).toEqual({ value: { a: 1 }, savedAt });
    expect(sessionStorage.getItem('console.draft.t5')).not.toBeNull();
  });

  it('drops a draft older than 12 hours, and one saved "in the future" (a clock moved back)', async () => {
    const savedAt = Date.now();
    await saveDraft('t6', { a: 1 }, savedAt);
    expect(await loadDraft('t6', savedAt + DRAFT_MAX_AGE_MS + 1)).toBeUndefined();
    expect(sessionStorage.getItem('console.draft.t6')).toBeNull();
    await saveDraft('t7', { a: 1 }, savedAt + 2 * 60 * 60 * 1000);
    expect(await loadDraft('t7', savedAt)).toBeUndefined();
  });

  it('a later save restarts the 12 hours', async () => {
    const first = Date.now();
    await saveDraft('t8', { a: 1 }, first);
    await saveDraft('t8', { a: 2 }, first + DRAFT_MAX_AGE_MS - 1000);
    expect(await loadDraft('t8', first + DRAFT_MAX_AGE_MS + 1000)).toEqual({ a: 2 });
  });
});
