import { Badge, Group, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { vendorNames } from '@/api/errors';
import type { PeopleByKey } from '@/api/people/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatLocalDate } from '@/lib/format/locale-format';
import { compareDemographics, demographicColumns } from '../../record-demographics';
import tone from '../tone.module.css';
import { scrollRegion } from './scroll-region';

/** Demographics from each source side by side; rows whose sources disagree are marked, and so are the odd cells. */
export function DemographicsSection({ people }: { people: PeopleByKey }) {
  const { t, i18n } = useTranslation('patients');
  const columns = demographicColumns(people.people);
  const rows = compareDemographics(columns);
  const show = (field: string, value: string | null) => {
    if (value === null) return '—';
    if (field === 'birthDate') return formatLocalDate(value, i18n.language);
    if (field === 'sex') return t(`search.sex.${value as 'F' | 'M' | 'O'}`);
    return value;
  };
  const failures = people.sources.flatMap(({ query }) => query.data?.failures ?? []);
  return (
    <Stack
      component="section"
      aria-labelledby="demographics-title"
      gap="xs"
      data-testid="section-demographics"
    >
      <Title order={2} size="h3" id="demographics-title">
        {t('record.demographics.title')}
      </Title>
      {people.sources.map(({ source, query }) =>
        query.isError ? (
          <div key={source} data-testid={`failed-${source}`}>
            <ErrorAlert
              error={query.error}
              title={t('record.sourceFailed', { vendor: vendorNames[source] })}
              onRetry={() => void query.refetch()}
            />
          </div>
        ) : query.isPending ? (
          <Group key={source} gap="xs" data-testid={`loading-${source}`}>
            <Text size="sm">{t('record.loading', { vendor: vendorNames[source] })}</Text>
            <Skeleton height={14} width={120} />
          </Group>
        ) : null,
      )}
      {failures.map((failure) => (
        <Text key={`${failure.source}:${failure.recordId}`} size="sm" className={tone.warn}>
          {t('record.demographics.unreadable', {
            vendor: vendorNames[failure.source],
            record: failure.recordId,
            field: failure.field,
          })}
        </Text>
      ))}
      {columns.length > 0 && (
        <Table.ScrollContainer
          minWidth={Math.max(480, 160 + columns.length * 180)}
          scrollAreaProps={scrollRegion(t('record.demographics.title'))}
        >
          <Table withTableBorder withColumnBorders fz="sm" data-testid="demographics-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={170}>
                  {t('record.demographics.field')}
                </Table.Th>
                {columns.map((person) => (
                  <Table.Th key={`${person.source}:${person.recordId}`} scope="col">
                    {`${vendorNames[person.source]} · ${t(`search.ids.recordKinds.${person.activity.kind}`)}`}
                    {person.activity.date && person.activity.kind !== 'patient' && (
                      <Text span size="xs" c="dimmed" display="block">
                        {formatLocalDate(person.activity.date, i18n.language)}
                      </Text>
                    )}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr
                  key={row.field}
                  data-agreement={row.agreement}
                  data-testid={`demographic-${row.field}`}
                >
                  <Table.Th scope="row">
                    {/* The badge under the field's name: the column is narrow, the badge is not cut. */}
                    <Stack gap={4} align="flex-start">
                      {t(`record.demographics.fields.${row.field}`)}
                      {row.agreement === 'differs' && (
                        <Badge
                          size="xs"
                          color="yellow.5"
                          autoContrast
                          variant="filled"
                          leftSection={<IconAlertTriangle size={10} aria-hidden />}
                        >
                          {t('record.demographics.differs')}
                        </Badge>
                      )}
                      {row.agreement === 'written' && (
                        <Badge size="xs" color="gray" variant="outline">
                          {t('record.demographics.written')}
                        </Badge>
                      )}
                    </Stack>
                  </Table.Th>
                  {row.values.map((value, i) => (
                    <Table.Td
                      key={`${columns[i]?.source}:${columns[i]?.recordId}`}
                      fw={row.odd[i] ? 700 : undefined}
                      c={!row.odd[i] && value === null ? 'dimmed' : undefined}
                      className={row.odd[i] ? tone.warn : undefined}
                      style={{ overflowWrap: 'anywhere' }}
                      data-odd={row.odd[i] || undefined}
                    >
                      {show(row.field, value)}
                      {row.odd[i] && (
                        <VisuallyHidden>{` (${t('record.demographics.differs')})`}</VisuallyHidden>
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
