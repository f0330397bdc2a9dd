import { Alert, Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import type { FieldValues, FormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isTransient } from '@/api/errors';
import { translateValidation } from '@/i18n/zod-messages';
import { describeError } from '../describe-error';
import { fieldId, flattenFieldErrors, isFieldError, type UnplacedMessage } from './form-errors';

/** A submit that failed: the error, and what `applyFormErrors` placed and could not place. */
export interface SubmitFailure {
  error: unknown;
  fields: readonly string[];
  unplaced: readonly UnplacedMessage[];
}

interface ErrorSummaryProps<T extends FieldValues> {
  form: { formState: FormState<T> };
  /** The last failed submit (null: none, or the form's own checks refused it). */
  failure?: SubmitFailure | null;
  /** A field's label as the user reads it next to the input (`extra.1.key` → "Extra field 2: name"). */
  labelOf: (path: string) => string;
  /** Said first when the request failed, e.g. "The order was not saved. Everything you typed is still here." */
  title?: string;
  /** Offered when trying again can help (a transient failure). */
  onRetry?: () => void;
}

function inDocumentOrder(paths: string[]): string[] {
  if (typeof document === 'undefined') return paths;
  const position = new Map(paths.map((path) => [path, document.getElementById(fieldId(path))]));
  return [...paths].sort((a, b) => {
    const x = position.get(a);
    const y = position.get(b);
    if (!x || !y) return 0;
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/**
 * The error summary of a form (GOV.UK's pattern): "Some fields need attention", a link to each bad field
 * with its message, the messages that belong to no field, and what went wrong with the request. Every
 * text is translated when shown. It takes the focus itself when a failure names no field.
 */
export function ErrorSummary<T extends FieldValues>({
  form,
  failure,
  labelOf,
  title,
  onRetry,
}: ErrorSummaryProps<T>) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const { errors, submitCount } = form.formState;
  const fieldErrors = flattenFieldErrors(errors);
  const shownFields = submitCount > 0 || failure ? fieldErrors : [];
  const order = inDocumentOrder(shownFields.map(([path]) => path));
  const byPath = new Map(shownFields);
  const unplaced = failure?.unplaced ?? [];
  const requestError = failure && !isFieldError(failure.error) ? failure.error : null;

  useEffect(() => {
    if (failure && failure.fields.length === 0) ref.current?.focus();
  }, [failure]);

  if (!failure && shownFields.length === 0) return null;
  const needsAttention = shownFields.length > 0 || unplaced.length > 0;

  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      role="alert"
      data-testid="error-summary"
    >
      <Stack gap="xs">
        {title && failure && <Text fw={600}>{title}</Text>}
        {requestError !== null && <Text size="sm">{describeError(t, requestError)}</Text>}
        {failure && isFieldError(failure.error) && <Text size="sm">{describeError(t, failure.error)}</Text>}
        {needsAttention && (
          <Title order={2} size="h5">
            {t('forms.fixFields')}
          </Title>
        )}
        {order.length > 0 && (
          <List size="sm" spacing={4}>
            {order.map((path) => {
              const error = byPath.get(path);
              return (
                <List.Item key={path}>
                  <Anchor
                    href={`#${fieldId(path)}`}
                    size="sm"
                    // The alert's own text colour: the link blue is below AA contrast on the dark red.
                    c="inherit"
                    underline="always"
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(fieldId(path))?.focus();
                    }}
                  >
                    {labelOf(path)}: {translateValidation(t, error?.message, error?.params)}
                  </Anchor>
                </List.Item>
              );
            })}
          </List>
        )}
        {unplaced.length > 0 && (
          <List size="sm" spacing={4} data-testid="unplaced-errors">
            {unplaced.map((item) => (
              <List.Item key={`${item.wireField ?? ''}|${item.message}|${JSON.stringify(item.params ?? {})}`}>
                {item.wireField ? `${item.wireField}: ` : ''}
                {translateValidation(t, item.message, item.params)}
              </List.Item>
            ))}
          </List>
        )}
        {onRetry && requestError !== null && isTransient(requestError) && (
          <Group>
            <Button size="xs" variant="filled" color="red.9" onClick={onRetry}>
              {t('errors.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
