import { type FieldErrors, type FieldValues, get } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ShareFieldMessage } from './share-form-errors';

/**
 * The share forms' field messages, translated when shown (so a language switch re-translates them), in the
 * "sharing" namespace with "common" as the fallback. A list field (the recipients) joins the messages of
 * its items.
 */
export function useShareFieldErrors<T extends FieldValues>(errors: FieldErrors<T>) {
  const { t } = useTranslation('sharing');
  const say = (error: ShareFieldMessage | undefined) =>
    error?.message ? (t(error.message as 'validation.noRecipient', error.params ?? {}) as string) : undefined;
  return (path: string): string | undefined => {
    const error = get(errors, path) as (ShareFieldMessage & Record<string, unknown>) | undefined;
    if (!error) return undefined;
    if (typeof error.message === 'string') return say(error);
    const items = Object.values(error)
      .filter(
        (item): item is ShareFieldMessage => typeof (item as ShareFieldMessage | null)?.message === 'string',
      )
      .map(say);
    return items.length ? items.join(' ') : undefined;
  };
}
