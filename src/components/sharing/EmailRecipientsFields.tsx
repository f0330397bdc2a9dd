import { Checkbox, TextInput } from '@mantine/core';
import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RecipientsField } from './RecipientsField';

/** The form fields these inputs write: the same names in every share form sent by email. */
export interface EmailRecipientsValues {
  recipients: string[];
  passwordToSecondAddress: boolean;
  passwordEmail: string;
}

/**
 * The recipients of a share by email, and the optional second address that gets the password, for any
 * share form holding `EmailRecipientsValues`.
 */
export function EmailRecipientsFields<T extends FieldValues & EmailRecipientsValues>({
  form,
  idPrefix,
  errorOf,
  passwordHint,
}: {
  form: UseFormReturn<T>;
  idPrefix: string;
  errorOf: (path: string) => string | undefined;
  /** Says who sends the password (the vendor's message differs for studies and folders). */
  passwordHint: string;
}) {
  const { t } = useTranslation('sharing');
  const name = (field: keyof EmailRecipientsValues) => field as Path<T>;
  const passwordToSecond = form.watch(name('passwordToSecondAddress')) as boolean;
  return (
    <>
      <Controller
        control={form.control}
        name={name('recipients')}
        render={({ field }) => (
          <RecipientsField
            id={`${idPrefix}-recipients`}
            value={field.value as string[]}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errorOf('recipients')}
          />
        )}
      />
      <Checkbox
        label={t('orders.passwordToSecond')}
        description={passwordHint}
        {...form.register(name('passwordToSecondAddress'))}
      />
      {passwordToSecond && (
        <TextInput
          id={`${idPrefix}-password-email`}
          label={t('orders.passwordEmail')}
          type="email"
          autoComplete="off"
          withAsterisk
          error={errorOf('passwordEmail')}
          data-field="passwordEmail"
          {...form.register(name('passwordEmail'))}
        />
      )}
    </>
  );
}
