import { Checkbox, Group, Paper, SimpleGrid, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vendorNames } from '@/api/errors';
import { DateField } from '@/components/forms/DateField';
import { searchShortcutTarget } from '@/components/shortcut-targets';
import type { UrlViewPatch } from '@/components/use-url-view';
import { formatLocalDate } from '@/lib/format/locale-format';
import { toggled } from '@/lib/list-toggle';
import { consoleStatuses } from '@/lib/orders/console-status';
import { type AllOrdersView, worklistVendors } from './all-orders-model';

interface Props {
  view: AllOrdersView;
  /** The window's problem (a `common` validation key), shown on "To". */
  windowProblem: 'validation.windowReversed' | 'validation.windowTooLong' | null;
  /** Narrow screens: folded to one line that says what the view filters (unfolded while it has a problem). */
  collapsible: boolean;
  /** A patch, or a function of the view the URL holds now (which may be ahead of the `view` last drawn). */
  onChange: (patch: UrlViewPatch<AllOrdersView>) => void;
}

/** The all-orders filters: the window, the text, the vendors and the console statuses (all in the URL). */
/** Memoized: a vendor's answer redraws the results below, not the filters. */
export const AllOrdersFilters = memo(function AllOrdersFilters({
  view,
  windowProblem,
  collapsible,
  onChange,
}: Props) {
  const { t, i18n } = useTranslation('orders');
  const { t: tc } = useTranslation();
  const [q, setQ] = useState(view.q);
  const [unfolded, setUnfolded] = useState(false);
  const open = !collapsible || unfolded || windowProblem !== null;
  const day = (iso: string) => (iso ? formatLocalDate(iso, i18n.language) : '…');
  const summary = [
    `${day(view.from)} – ${day(view.to)}`,
    ...view.vendors.map((vendor) => vendorNames[vendor]),
    ...view.statuses.map((status) => t(`all.statuses.${status}`)),
    view.q,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <Paper withBorder p={collapsible ? 'sm' : 'md'} component="section" aria-labelledby="all-filters-title">
      {collapsible ? (
        <UnstyledButton
          id="all-filters-title"
          aria-expanded={open}
          aria-controls="all-orders-filters"
          onClick={() => setUnfolded((value) => !value)}
          data-testid="all-filters-toggle"
          w="100%"
          mb={open ? 'xs' : 0}
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
        <Text id="all-filters-title" fw={600} mb="xs">
          {t('filters.title')}
        </Text>
      )}
      {open && (
        <Stack gap="sm" id="all-orders-filters">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField
              label={t('filters.from')}
              value={view.from}
              onChange={(value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && onChange({ from: value })}
              data-testid="all-filter-from"
            />
            <DateField
              label={t('filters.to')}
              value={view.to}
              onChange={(value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && onChange({ to: value })}
              error={windowProblem ? tc(windowProblem) : undefined}
              data-testid="all-filter-to"
            />
            <form
              onSubmit={(event) => {
                event.preventDefault();
                onChange({ q });
              }}
            >
              <TextInput
                label={t('all.search')}
                value={q}
                onChange={(event) => setQ(event.currentTarget.value)}
                data-testid="all-filter-q"
                {...searchShortcutTarget}
              />
            </form>
          </SimpleGrid>
          <Checkbox.Group
            label={t('all.vendors')}
            description={t('all.noneIsAll')}
            value={view.vendors}
            onChange={(value) =>
              onChange((current) => ({ vendors: toggled(value, view.vendors, current.vendors) }))
            }
          >
            <Group mt={4}>
              {worklistVendors.map((vendor) => (
                <Checkbox key={vendor} value={vendor} label={vendorNames[vendor]} />
              ))}
            </Group>
          </Checkbox.Group>
          <Checkbox.Group
            label={t('filters.status')}
            description={t('all.noneIsAll')}
            value={view.statuses}
            onChange={(value) =>
              onChange((current) => ({ statuses: toggled(value, view.statuses, current.statuses) }))
            }
          >
            <Group mt={4}>
              {consoleStatuses.map((status) => (
                <Checkbox key={status} value={status} label={t(`all.statuses.${status}`)} />
              ))}
            </Group>
          </Checkbox.Group>
        </Stack>
      )}
    </Paper>
  );
});
