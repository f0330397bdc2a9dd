import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { clearDraft, loadStoredDraft, saveDraft } from '@/lib/drafts/draft-vault';

export type DraftStatus = 'loading' | 'restored' | 'fresh';

const SAVE_DELAY_MS = 150;

/**
 * Keeps a form's values as an encrypted draft (lib/drafts) while the user types, and restores them
 * after a reload, a failed request or the idle lock. Render the form once `status` is not 'loading'.
 * A draft older than 12 hours is not restored (lib/drafts); `savedAt` is when a restored one was saved.
 */
export function useFormDraft<T extends FieldValues, TOutput extends FieldValues = T>(
  form: UseFormReturn<T, unknown, TOutput>,
  name: string,
  isDraft: (value: unknown) => value is T,
  /** Top-level fields never written to the draft (a password): restored as their default. */
  options: { omit?: readonly (keyof T & string)[] } = {},
) {
  const omit = options.omit?.join('|') ?? '';
  const [status, setStatus] = useState<DraftStatus>('loading');
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    setStatus('loading');
    void loadStoredDraft(name).then((stored) => {
      if (cancelled) return;
      const draft = stored?.value;
      if (stored && isDraft(draft)) {
        form.reset({ ...form.getValues(), ...draft }, { keepDefaultValues: true });
        setSavedAt(stored.savedAt);
        setStatus('restored');
      } else setStatus('fresh');
    });
    return () => {
      cancelled = true;
    };
  }, [name, form, isDraft]);

  useEffect(() => {
    if (status === 'loading') return;
    const subscription = form.watch((values) => {
      clearTimeout(timer.current);
      const kept = omit
        ? Object.fromEntries(Object.entries(values).filter(([key]) => !omit.split('|').includes(key)))
        : values;
      timer.current = setTimeout(() => void saveDraft(name, kept), SAVE_DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer.current);
    };
  }, [status, form, name, omit]);

  /** The work is saved: forget the draft. */
  const clear = useCallback(() => {
    clearTimeout(timer.current);
    clearDraft(name);
  }, [name]);

  /** The user throws the draft away: back to the form's defaults. */
  const discard = useCallback(() => {
    clearTimeout(timer.current);
    clearDraft(name);
    form.reset();
    setSavedAt(null);
    setStatus('fresh');
  }, [name, form]);

  return { status, savedAt, clear, discard };
}
