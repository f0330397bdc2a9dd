import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { vendorNames } from '@/api/errors';
import { groupIdentities, type PersonGroup } from '@/api/people/grouping';
import { personDisplayName } from '@/api/people/model';
import { formatLocalDate } from '@/lib/format/locale-format';
import type { GroupSummary } from '../result-view';
import { LinkedIdentities } from './LinkedIdentities';
import classes from './result-row.module.css';
import tone from './tone.module.css';

interface ResultRowProps {
  group: PersonGroup;
  summary: GroupSummary;
  href: string;
  expanded: boolean;
  onToggle: () => void;
  onSplit: () => void;
  onJoin: () => void;
  onOpen: () => void;
  onLinkKeyDown: (event: KeyboardEvent<HTMLAnchorElement>) => void;
}

/** One person in the results: name (the link that opens the record), birth date, how sure the grouping is, vendors, latest order, ids. */
export function ResultRow({
  group,
  summary,
  href,
  expanded,
  onToggle,
  onSplit,
  onJoin,
  onOpen,
  onLinkKeyDown,
}: ResultRowProps) {
  const { t, i18n } = useTranslation('patients');
  const locale = i18n.language;
  const name = personDisplayName(summary.name) || t('search.row.noName');
  const idsId = `ids-${group.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const identities = groupIdentities(group).length;
  return (
    <div className={classes.row} data-kind={group.kind}>
      <div className={classes.main}>
        <Link
          to={href}
          className={classes.name}
          onClick={onOpen}
          onKeyDown={onLinkKeyDown}
          data-row-link
          aria-label={t('search.row.open', { name })}
        >
          {name}
        </Link>
        <Text size="sm" c="dimmed" component="span">
          {summary.birthDates.length === 0
            ? t('search.row.noBirthDate')
            : summary.birthDates.length === 1
              ? t('search.row.born', { date: formatLocalDate(summary.birthDates[0] as string, locale) })
              : t('search.row.birthDatesDiffer', {
                  dates: summary.birthDates.map((d) => formatLocalDate(d, locale)).join(' / '),
                })}
          {summary.sexes.length === 1 ? ` · ${t(`search.sex.${summary.sexes[0] as 'F' | 'M' | 'O'}`)}` : ''}
        </Text>
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
          <Text size="xs" c="dimmed" component="span">
            {t('search.row.latest', {
              what: [
                t(`search.row.${summary.latest.kind === 'referral' ? 'referral' : 'order'}`),
                summary.latest.modalities.join(', '),
              ]
                .filter(Boolean)
                .join(' '),
              date: formatLocalDate(summary.latest.date, locale),
            })}
          </Text>
        )}
      </Group>
      <Group gap={4} className={classes.actions} wrap="nowrap">
        {group.kind === 'possible' && (
          <Button
            size="compact-sm"
            variant="default"
            onClick={onSplit}
            aria-label={t('search.row.splitLabel')}
            data-testid="split-group"
          >
            {t('search.row.split')}
          </Button>
        )}
        {group.splitFrom && (
          <Button size="compact-sm" variant="default" onClick={onJoin} data-testid="join-group">
            {t('search.row.join')}
          </Button>
        )}
        <Button
          size="compact-sm"
          variant="default"
          onClick={onToggle}
          aria-expanded={expanded}
          aria-controls={expanded ? idsId : undefined}
          aria-label={t('search.row.showIdsLabel', { name })}
          rightSection={
            expanded ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />
          }
          data-testid="toggle-ids"
        >
          {t('search.row.showIds', { count: identities })}
        </Button>
      </Group>
      {group.kind === 'possible' && (
        <Text size="xs" className={`${classes.hint} ${tone.warn}`}>
          {t('search.row.possibleHint')}
        </Text>
      )}
      {expanded && (
        <Stack className={classes.ids}>
          <LinkedIdentities group={group} id={idsId} />
        </Stack>
      )}
    </div>
  );
}
