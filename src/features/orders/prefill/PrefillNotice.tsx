import { Alert, Group, List, Stack, Text } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { vendorNames } from '@/api/errors';
import { personDisplayName } from '@/api/people/model';
import type { PeopleByKey } from '@/api/people/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { Prefill } from './person-prefill';

interface PrefillNoticeProps {
  people: PeopleByKey;
  /** What this vendor's form took from the patient (null: nothing to prefill from). */
  prefill: Prefill<string> | null;
  /** A form field's label, for the failures. */
  labelOf: (field: string) => string;
  /** The form was restored from a draft: the draft's values were kept, nothing was prefilled. */
  keptDraft: boolean;
}

/**
 * Where a form's prefilled values came from, what could not be mapped (left empty, never guessed), and
 * each vendor that could not be asked (with a retry of that vendor alone).
 */
export function PrefillNotice({ people, prefill, labelOf, keptDraft }: PrefillNoticeProps) {
  const { t } = useTranslation('orders');
  if (!people.identities) return null;
  const recordFailures = people.sources.flatMap(({ query }) => query.data?.failures ?? []);
  const failed = people.sources.filter(({ query }) => query.isError);
  const person = prefill
    ? people.people.find((p) => p.source === prefill.source.vendor && p.recordId === prefill.source.recordId)
    : undefined;
  return (
    <Stack gap="xs" data-testid="prefill-notice">
      {people.isPending && <Text size="sm">{t('prefill.loading')}</Text>}
      {person && prefill && (
        <Alert color="teal" variant="light" icon={<IconUserCheck aria-hidden />}>
          <Text size="sm">
            {keptDraft
              ? t('prefill.keptDraft', { name: personDisplayName(person) })
              : t('prefill.from', {
                  name: personDisplayName(person),
                  vendor: vendorNames[person.source],
                  id: person.recordId,
                })}
          </Text>
          {!keptDraft && (prefill.supplements ?? []).length > 0 && (
            <List size="sm" mt="xs" data-testid="prefill-supplements">
              {(prefill.supplements ?? []).map((supplement) => (
                <List.Item key={supplement.field}>
                  {t('prefill.supplemented', {
                    field: labelOf(supplement.field),
                    source: vendorNames[person.source],
                    vendor: vendorNames[supplement.vendor],
                    id: supplement.recordId,
                  })}
                </List.Item>
              ))}
            </List>
          )}
          {prefill.failures.length > 0 && (
            <List size="sm" mt="xs" data-testid="prefill-failures">
              {prefill.failures.map((failure) => (
                <List.Item key={failure.field}>
                  {t(failure.kind === 'disagree' ? 'prefill.disagree' : 'prefill.notMapped', {
                    field: labelOf(failure.field),
                  })}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      {!people.isPending && !person && failed.length === 0 && (
        <Alert color="yellow" variant="light">
          <Text size="sm">{t('prefill.nobody')}</Text>
        </Alert>
      )}
      {recordFailures.length > 0 && (
        <Alert color="yellow" variant="light" data-testid="record-failures">
          <Text size="sm">{t('prefill.recordFailures')}</Text>
          <List size="sm" mt="xs">
            {recordFailures.map((failure) => (
              <List.Item key={`${failure.source}:${failure.recordId}:${failure.field}`}>
                {t('prefill.recordFailure', {
                  vendor: vendorNames[failure.source],
                  id: failure.recordId,
                  field: failure.field,
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {failed.map(({ source, query }) => (
        <Group key={source} grow>
          <ErrorAlert
            error={query.error}
            title={t('prefill.sourceFailed', { vendor: vendorNames[source] })}
            onRetry={() => void query.refetch()}
          />
        </Group>
      ))}
    </Stack>
  );
}
