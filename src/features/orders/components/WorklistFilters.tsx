import { Button, Chip, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { edenStatuses } from '@/api/eden/orders';
import { translateMessage } from '@/i18n/zod-messages';
import { commonImagingModalities } from '@/lib/codes/dicom-modalities';
import type { WorklistView } from '../worklist-params';

interface Props {
  view: WorklistView;
  errors: Record<string, string>;
  onChange: (patch: Partial<WorklistView>) => void;
  onClear: () => void;
}

export function WorklistFilters({ view, errors, onChange, onClear }: Props) {
  const { t, i18n } = useTranslation('orders');
  const [patient, setPatient] = useState(view.patient);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="filters-title">
      <Stack gap="sm">
        <Text id="filters-title" fw={600}>
          {t('filters.title')}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
          <TextInput
            type="date"
            label={t('filters.from')}
            value={view.from}
            onChange={(event) => onChange({ from: event.currentTarget.value, page: 1 })}
            error={translateMessage(i18n, errors.start_date)}
            data-testid="filter-from"
          />
          <TextInput
            type="date"
            label={t('filters.to')}
            value={view.to}
            onChange={(event) => onChange({ to: event.currentTarget.value, page: 1 })}
            error={translateMessage(i18n, errors.end_date)}
            data-testid="filter-to"
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
                error={translateMessage(i18n, errors.patient_identifier)}
                data-testid="filter-patient"
              />
              <Button type="submit" variant="light" leftSection={<IconSearch size={14} aria-hidden />}>
                {t('filters.apply')}
              </Button>
            </Group>
          </form>
        </SimpleGrid>
        <Chip.Group multiple value={view.modality} onChange={(modality) => onChange({ modality, page: 1 })}>
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
        <Chip.Group multiple value={view.status} onChange={(status) => onChange({ status, page: 1 })}>
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
    </Paper>
  );
}
