import { type FieldValues, get, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translateValidation } from '@/i18n/zod-messages';
import { fieldId, type KeyedFieldError } from './form-errors';

/**
 * What a form's inputs need to show their errors: `errorOf(path)` is the field's message, translated now
 * (so a language switch re-translates it); `idOf(path)` is the id the error summary links to.
 */
export function useFieldErrors<T extends FieldValues>(form: Pick<UseFormReturn<T>, 'formState'>) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  return {
    errorOf(path: string): string | undefined {
      const error = get(errors, path) as KeyedFieldError | undefined;
      return translateValidation(t, error?.message, error?.params);
    },
    idOf: fieldId,
  };
}
