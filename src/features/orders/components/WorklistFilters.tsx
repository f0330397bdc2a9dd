import {
  Button,
  Chip,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { IconChevronDown, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { edenStatuses } from '@/api/eden/orders';
import type { InputIssue } from '@/api/errors';
import { DateField } from '@/components/forms/DateField';
import { dateProblem } from '@/components/forms/date-text';
import { searchShortcutTarget } from '@/components/shortcut-targets';
import type { UrlViewPatch } from '@/components/use-url-view';
import { translateValidation } from '@/i18n/zod-messages';
import { commonImagingModalities } from '@/lib/codes/dicom-modalities';
import { formatLocalDate } from '@/lib/format/locale-format';
import { toggled } from '@/lib/list-toggle';
import type { WorklistView } from '../worklist-params';

interface Props {
  /** Narrow screens: the filters fold behind a button that says what is filtered, so the orders come first. */
  collapsible?: boolean;
  view: WorklistView;
  errors: Record<string, InputIssue>;
  onChange: (patch: UrlViewPatch<WorklistView>) => void;
  onClear: () => void;
}

/**
 * A date filter: what is typed stays in the field; the URL (and the query) changes only once it is a real
 * day or empty, so half a date never sends a request.
 */
function DateFilter({
  label,
  value,
  issue,
  onCommit,
  testId,
}: {
  label: string;
  value: string;
  issue: InputIssue | undefined;
  onCommit: (value: string) => void;
  testId: string;
}) {
  const { t } = useTranslation(); // validation messages are "common" keys
  const [typed, setTyped] = useState(value);
  useEffect(() => setTyped(value), [value]);
  const problem = dateProblem(typed);
  return (
    <DateField
      label={label}
      value={typed}
      onChange={(next) => {
        setTyped(next);
        if (!dateProblem(next)) onCommit(next);
      }}
      error={
        problem ? translateValidation(t, problem) : translateValidation(t, issue?.message, issue?.params)
      }
      data-testid={testId}
    />
  );
}

/** What the view filters, in a few words: "Mar 1, 2090 – Mar 31, 2090 · CT · New". */
function useFilterSummary(view: WorklistView): string {
  const { t, i18n } = useTranslation('orders');
  const day = (iso: string) => (iso ? formatLocalDate(iso, i18n.language) : '…');
  return [
    `${day(view.from)} – ${day(view.to)}`,
    ...view.modality,
    ...view.status.map((status) => t(`statuses.${status as 'NEW'}`)),
    view.patient,
  ]
    .filter(Boolean)
    .join(' · ');
}

export function WorklistFilters({ collapsible = false, view, errors, onChange, onClear }: Props) {
  const { t } = useTranslation('orders');
  const { t: tc } = useTranslation();
  const [patient, setPatient] = useState(view.patient);
  const [unfolded, setUnfolded] = useState(false);
  const summary = useFilterSummary(view);
  const patientError = errors.patient_identifier;
  const hasErrors = Object.keys(errors).length > 0;
  const open = !collapsible || unfolded || hasErrors;
  return (
    <Paper withBorder p={collapsible ? 'sm' : 'md'} component="section" aria-labelledby="filters-title">
      <Stack gap="sm">
        {collapsible ? (
          <UnstyledButton
            id="filters-title"
            aria-expanded={open}
            aria-controls="worklist-filters"
            onClick={() => setUnfolded((value) => !value)}
            data-testid="filters-toggle"
          >
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <div>
                <Text fw={600}>{t('filters.title')}</Text>
                <Text size="xs" c="dimmed">
                  {summary}
                </Text>
              </div>
              <IconChevronDown
                size={18}
                aria-hidden
                style={{ transform: open ? 'rotate(180deg)' : undefined, flexShrink: 0 }}
              />
            </Group>
          </UnstyledButton>
        ) : (
          <Text id="filters-title" fw={600}>
            {t('filters.title')}
          </Text>
        )}
        {open && (
          <Stack gap="sm" id="worklist-filters">
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
              <DateFilter
                label={t('filters.from')}
                value={view.from}
                issue={errors.start_date}
                onCommit={(from) => onChange({ from, page: 1 })}
                testId="filter-from"
              />
              <DateFilter
                label={t('filters.to')}
                value={view.to}
                issue={errors.end_date}
                onCommit={(to) => onChange({ to, page: 1 })}
                testId="filter-to"
              />
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  onChange({ patient, page: 1 });
                }}
              >
                <Group gap="xs" align="flex-end" wrap="nowrap">
                  <TextInput
                    flex={1}
                    label={t('filters.patient')}
                    value={patient}
                    onChange={(event) => setPatient(event.currentTarget.value)}
                    error={translateValidation(tc, patientError?.message, patientError?.params)}
                    data-testid="filter-patient"
                    {...searchShortcutTarget}
                  />
                  <Button type="submit" variant="light" leftSection={<IconSearch size={14} aria-hidden />}>
                    {t('filters.apply')}
                  </Button>
                </Group>
              </form>
            </SimpleGrid>
            <Chip.Group
              multiple
              value={view.modality}
              onChange={(next) =>
                onChange((current) => ({ modality: toggled(next, view.modality, current.modality), page: 1 }))
              }
            >
              <Group gap={6} role="group" aria-label={t('filters.modality')}>
                <Text size="sm" fw={500} mr="xs" aria-hidden>
                  {t('filters.modality')}
                </Text>
                {commonImagingModalities.map((code) => (
                  <Chip key={code} value={code} size="xs">
                    {code}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            <Chip.Group
              multiple
              value={view.status}
              onChange={(next) =>
                onChange((current) => ({ status: toggled(next, view.status, current.status), page: 1 }))
              }
            >
              <Group gap={6} role="group" aria-label={t('filters.status')}>
                <Text size="sm" fw={500} mr="xs" aria-hidden>
                  {t('filters.status')}
                </Text>
                {edenStatuses.map((status) => (
                  <Chip key={status} value={status} size="xs">
                    {t(`statuses.${status}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            <Group>
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconFilterOff size={14} aria-hidden />}
                onClick={() => {
                  setPatient('');
                  onClear();
                }}
              >
                {t('filters.clear')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
