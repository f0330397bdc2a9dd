import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SoloCare } from '@/api/people/record';
import { formatLocalDate } from '@/lib/format/locale-format';
import type { PatientIdentity } from '@/lib/patients/patient-key';
import { SourceState } from './SourceState';
import { scrollRegion } from './scroll-region';

/** Solo episodes of care: the list, with create and edit. */
export function EpisodesSection({
  identities,
  care,
}: {
  identities: PatientIdentity[];
  care: UseQueryResult<SoloCare[]>;
}) {
  const { t, i18n } = useTranslation('patients');
  const hasSoloId = identities.some((i) => i.source === 'solo' && i.kind === 'id');
  if (!identities.some((i) => i.source === 'solo')) return null;
  return (
    <Stack component="section" aria-labelledby="episodes-title" gap="xs" data-testid="section-episodes">
      <Title order={2} size="h3" id="episodes-title">
        {t('record.episodes.title')}
      </Title>
      {!hasSoloId ? (
        <Text size="sm">{t('record.episodes.needsId')}</Text>
      ) : (
        <SourceState source="solo" query={care}>
          {(list) => {
            const episodes = list.flatMap((c) => c.episodes);
            if (episodes.length === 0) return <Text size="sm">{t('record.episodes.none')}</Text>;
            return (
              <Table.ScrollContainer
                minWidth={520}
                scrollAreaProps={scrollRegion(t('record.episodes.title'))}
              >
                <Table fz="sm" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('record.episodes.name')}</Table.Th>
                      <Table.Th>{t('record.episodes.type')}</Table.Th>
                      <Table.Th>{t('record.episodes.status')}</Table.Th>
                      <Table.Th>{t('record.episodes.from')}</Table.Th>
                      <Table.Th>{t('record.episodes.to')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {episodes.map((episode) => (
                      <Table.Tr key={episode.id} data-testid="patient-episode">
                        <Table.Td>{episode.name}</Table.Td>
                        <Table.Td>{episode.type}</Table.Td>
                        <Table.Td>
                          <Group gap={4}>
                            <Badge size="xs" variant="light">
                              {t(`record.episodes.statuses.${episode.status}`)}
                            </Badge>
                          </Group>
                        </Table.Td>
                        <Table.Td>{formatLocalDate(episode.from, i18n.language)}</Table.Td>
                        <Table.Td>{episode.to ? formatLocalDate(episode.to, i18n.language) : '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            );
          }}
        </SourceState>
      )}
    </Stack>
  );
}
