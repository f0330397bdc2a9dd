import { useEffect, useRef } from 'react';
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import type { DraftStatus } from '@/components/use-form-draft';
import type { Prefill } from './person-prefill';

/**
 * Puts a prefill into a fresh form once (never over a restored draft, never over a field the user has
 * already typed in while the patient was loading: what the user typed wins). The values are marked dirty
 * so the draft keeps them.
 */
export function useApplyPrefill<T extends FieldValues, TOutput extends FieldValues>(
  form: UseFormReturn<T, unknown, TOutput>,
  status: DraftStatus,
  prefill: Prefill<string> | null,
) {
  const applied = useRef(false);
  useEffect(() => {
    if (applied.current || status !== 'fresh' || !prefill) return;
    applied.current = true;
    for (const [field, value] of Object.entries(prefill.values)) {
      if (value === undefined) continue;
      const current: unknown = form.getValues(field as Path<T>);
      if (typeof current === 'string' && current.trim() !== '') continue;
      form.setValue(field as Path<T>, value as PathValue<T, Path<T>>, { shouldDirty: true });
    }
  }, [form, status, prefill]);
}
