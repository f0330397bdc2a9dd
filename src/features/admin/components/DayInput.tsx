import { TextInput } from '@mantine/core';

/**
 * A calendar day (ISO YYYY-MM-DD on the wire), shown by the browser in the user's locale.
 * Admin uses the browser's date input rather than @mantine/dates: importing Mantine's date pickers here made
 * the bundler re-split the code the first route shares with Admin and cost that route ~9 KB gzip.
 */
export function DayInput({
  value,
  onChange,
  ...props
}: {
  id?: string;
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string | undefined;
  required?: boolean;
  w?: number;
}) {
  return (
    <TextInput
      {...props}
      type="date"
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value || null)}
    />
  );
}
