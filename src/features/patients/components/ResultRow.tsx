import { Badge, Button, Group } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { type KeyboardEvent, memo } from 'react';
import { Link } from 'react-router';
import { vendorNames } from '@/api/errors';
import { groupIdentities, type PersonGroup } from '@/api/people/grouping';
import { personDisplayName } from '@/api/people/model';
import { formatLocalDate } from '@/lib/format/locale-format';
import type { GroupSummary } from '../result-view';
import { LinkedIdentities } from './LinkedIdentities';
import classes from './result-row.module.css';
import tone from './tone.module.css';

/** What a row can do, one object shared by every row of the list (stable, so a row re-renders only when its own props change). */
export interface RowActions {
  hrefOf: (group: PersonGroup) => string;
  toggle: (group: PersonGroup) => void;
  open: (group: PersonGroup) => void;
  split: (group: PersonGroup) => void;
  join: (group: PersonGroup) => void;
  linkKeyDown: (index: number, event: KeyboardEvent<HTMLAnchorElement>) => void;
}

interface ResultRowProps {
  group: PersonGroup;
  index: number;
  summary: GroupSummary;
  expanded: boolean;
  actions: RowActions;
  /** The list's translation function and language (one hook in the list, not one per row). */
  t: TFunction<'patients'>;
  locale: string;
}

/**
 * One person in the results: name (the link that opens the record), birth date, how sure the grouping is,
 * vendors, latest order, ids. Memoised: scrolling draws the rows that come into view and leaves the others.
 */
export const ResultRow = memo(function ResultRow({
  group,
  index,
  summary,
  expanded,
  actions,
  t,
  locale,
}: ResultRowProps) {
  const name = personDisplayName(summary.name) || t('search.row.noName');
  const idsId = `ids-${group.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <div className={classes.row} data-kind={group.kind}>
      <div className={classes.main}>
        <Link
          to={actions.hrefOf(group)}
          className={classes.name}
          onClick={() => actions.open(group)}
          onKeyDown={(event) => actions.linkKeyDown(index, event)}
          data-row-link
          aria-label={t('search.row.open', { name })}
        >
          {name}
        </Link>
        <span className={classes.born}>
          {summary.birthDates.length === 0
            ? t('search.row.noBirthDate')
            : summary.birthDates.length === 1
              ? t('search.row.born', { date: formatLocalDate(summary.birthDates[0] as string, locale) })
              : t('search.row.birthDatesDiffer', {
                  dates: summary.birthDates.map((d) => formatLocalDate(d, locale)).join(' / '),
                })}
          {summary.sexes.length === 1 ? ` · ${t(`search.sex.${summary.sexes[0] as 'F' | 'M' | 'O'}`)}` : ''}
        </span>
      </div>
      <Group gap={6} className={classes.meta}>
        {group.kind === 'same' && (
          <Badge
            color="teal.9"
            variant="filled"
            size="sm"
            data-testid="badge-same"
            title={t('search.row.sameHint')}
          >
            {t('search.row.same')}
          </Badge>
        )}
        {group.kind === 'possible' && (
          <Badge color="yellow.5" autoContrast variant="filled" size="sm" data-testid="badge-possible">
            {t('search.row.possible')}
          </Badge>
        )}
        {group.splitFrom && (
          <Badge color="gray" variant="outline" size="sm">
            {t('search.row.splitFrom')}
          </Badge>
        )}
        {summary.sources.map(({ source, count }) => (
          <Badge
            key={source}
            variant="light"
            color="indigo"
            size="sm"
            tt="none"
            data-testid={`source-${source}`}
          >
            {vendorNames[source]}
            {count > 1 ? ` ×${count}` : ''}
          </Badge>
        ))}
        {summary.latest?.date && (
          <span className={classes.latest}>
            {t('search.row.latest', {
              what: [
                t(`search.row.${summary.latest.kind === 'referral' ? 'referral' : 'order'}`),
                summary.latest.modalities.join(', '),
              ]
                .filter(Boolean)
                .join(' '),
              date: formatLocalDate(summary.latest.date, locale),
            })}
          </span>
        )}
      </Group>
      <Group gap={4} className={classes.actions} wrap="nowrap">
        {group.kind === 'possible' && (
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => actions.split(group)}
            aria-label={t('search.row.splitLabel')}
            data-testid="split-group"
          >
            {t('search.row.split')}
          </Button>
        )}
        {group.splitFrom && (
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => actions.join(group)}
            data-testid="join-group"
          >
            {t('search.row.join')}
          </Button>
        )}
        <Button
          size="compact-sm"
          variant="default"
          onClick={() => actions.toggle(group)}
          aria-expanded={expanded}
          aria-controls={expanded ? idsId : undefined}
          aria-label={t('search.row.showIdsLabel', { name })}
          rightSection={
            expanded ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />
          }
          data-testid="toggle-ids"
        >
          {t('search.row.showIds', { count: groupIdentities(group).length })}
        </Button>
      </Group>
      {group.kind === 'possible' && (
        <span className={`${classes.hint} ${tone.warn}`}>{t('search.row.possibleHint')}</span>
      )}
      {expanded && (
        <div className={classes.ids}>
          <LinkedIdentities group={group} id={idsId} />
        </div>
      )}
    </div>
  );
});
