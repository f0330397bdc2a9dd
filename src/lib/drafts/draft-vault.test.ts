import { describe, expect, it } from 'vitest';
import { clearDraft, forgetVaultKeyForTests, loadDraft, saveDraft } from './draft-vault';

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
});
