import { Button, Chip, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vendorNames } from '@/api/errors';
import { searchVendors } from '@/api/people/search-plan';
import type { UrlViewPatch } from '@/components/use-url-view';
import { formatLocalDate } from '@/lib/format/locale-format';
import { toggled } from '@/lib/list-toggle';
import { localeDatePattern, parseTypedDate } from '@/lib/patients/query-recognition';
import { hasActiveFilters, type ResultFilters, type SortKey, sortKeys } from '../result-view';
import classes from './search-filters.module.css';

interface SearchFiltersProps {
  filters: ResultFilters;
  /** Modalities present in the results (the choices of the modality filter). */
  modalities: string[];
  onChange: (patch: UrlViewPatch<ResultFilters>) => void;
}

function DayInput({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  testId: string;
}) {
  const { t, i18n } = useTranslation('patients');
  const pattern = localeDatePattern(i18n.language);
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? (value ? formatLocalDate(value, i18n.language) : '');
  const parsed = text === null || text.trim() === '' ? null : parseTypedDate(text.trim(), i18n.language);
  const invalid = text !== null && text.trim() !== '' && parsed === null;
  return (
    <TextInput
      size="sm"
      w={150}
      label={label}
      placeholder={pattern}
      value={shown}
      onChange={(event) => setText(event.currentTarget.value)}
      onBlur={() => {
        if (text === null) return;
        if (text.trim() === '') onChange(null);
        else if (parsed) onChange(parsed);
        if (!invalid) setText(null);
      }}
      error={invalid ? t('search.hints.notADate', { pattern }) : undefined}
      data-testid={testId}
    />
  );
}

/** Vendor, modality and date-range filters and the sort: all in the URL. */
export function SearchFilters({ filters, modalities, onChange }: SearchFiltersProps) {
  const { t } = useTranslation('patients');
  const choices = [...new Set([...modalities, ...(filters.modality ? [filters.modality] : [])])].sort();
  const [open, setOpen] = useState(false);
  const active = [filters.vendors.length > 0, filters.modality, filters.from, filters.to].filter(
    Boolean,
  ).length;
  return (
    <Stack gap="xs" component="section" aria-label={t('search.filters.title')}>
      {/* On a phone the filters fold away behind one button; on wider screens they are always shown. */}
      <Button
        hiddenFrom="sm"
        variant="default"
        size="sm"
        onClick={() => setOpen((value) => !value)}
        aria-expanded={open}
        aria-controls="patient-search-filters"
        data-testid="toggle-filters"
      >
        {active ? t('search.filters.titleActive', { count: active }) : t('search.filters.title')}
      </Button>
      <Stack gap="xs" id="patient-search-filters" className={classes.filters} data-open={open}>
        <Chip.Group
          multiple
          value={filters.vendors}
          onChange={(value) =>
            onChange((current) => {
              const ticked = toggled(value, filters.vendors, current.vendors);
              return { vendors: searchVendors.filter((v) => ticked.includes(v)) };
            })
          }
        >
          <Group gap={6} role="group" aria-labelledby="vendor-filter-label">
            <Text size="sm" fw={500} id="vendor-filter-label">
              {t('search.filters.vendors')}
            </Text>
            {searchVendors.map((vendor) => (
              <Chip key={vendor} value={vendor} size="xs" data-testid={`filter-vendor-${vendor}`}>
                {vendorNames[vendor]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Group gap="sm" align="flex-end">
          <NativeSelect
            size="sm"
            label={t('search.filters.modality')}
            value={filters.modality ?? ''}
            onChange={(event) => onChange({ modality: event.currentTarget.value || null })}
            data={[
              { value: '', label: t('search.filters.anyModality') },
              ...choices.map((code) => ({ value: code, label: code })),
            ]}
            data-testid="filter-modality"
          />
          <Group gap="xs" role="group" aria-label={t('search.filters.dateRange')} align="flex-end">
            <DayInput
              label={t('search.filters.from')}
              value={filters.from}
              onChange={(from) => onChange({ from })}
              testId="filter-from"
            />
            <DayInput
              label={t('search.filters.to')}
              value={filters.to}
              onChange={(to) => onChange({ to })}
              testId="filter-to"
            />
          </Group>
          <NativeSelect
            size="sm"
            label={t('search.filters.sort')}
            value={filters.sort}
            onChange={(event) => onChange({ sort: event.currentTarget.value as SortKey })}
            data={sortKeys.map((key) => ({ value: key, label: t(`search.filters.sorts.${key}`) }))}
            data-testid="filter-sort"
          />
          {hasActiveFilters(filters) && (
            <Button
              size="sm"
              variant="default"
              onClick={() => onChange({ vendors: [], modality: null, from: null, to: null })}
            >
              {t('search.filters.clear')}
            </Button>
          )}
        </Group>
      </Stack>
    </Stack>
  );
}
