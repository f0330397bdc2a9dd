import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { vendorNames } from '@/api/errors';
import type { PersonGroup } from '@/api/people/grouping';
import { personRecordKey } from '@/api/people/model';
import { formatLocalDate } from '@/lib/format/locale-format';

/** Every vendor id of a group, with its source: one table per set of records linked by an id. */
export function LinkedIdentities({ group, id }: { group: PersonGroup; id: string }) {
  const { t, i18n } = useTranslation('patients');
  return (
    <Stack gap="xs" id={id} data-testid="linked-identities">
      {group.clusters.map((cluster, index) => (
        <Table key={cluster.key} withTableBorder striped fz="sm" layout="fixed" captionSide="top">
          <Table.Caption ta="left">
            {group.clusters.length > 1 ? t('search.ids.set', { number: index + 1 }) : t('search.ids.caption')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="22%">{t('search.ids.vendor')}</Table.Th>
              <Table.Th w="18%">{t('search.ids.kind')}</Table.Th>
              <Table.Th>{t('search.ids.value')}</Table.Th>
              <Table.Th w="28%" visibleFrom="sm">
                {t('search.ids.record')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cluster.records.flatMap((record) =>
              record.identifiers.map((identity) => (
                <Table.Tr key={`${personRecordKey(record)}:${identity.kind}:${identity.value}`}>
                  <Table.Td>{vendorNames[identity.source]}</Table.Td>
                  <Table.Td>{t(`search.ids.kinds.${identity.kind}`)}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }} data-testid="identity-value">
                    {identity.value}
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Text span size="sm">
                      {t(`search.ids.recordKinds.${record.activity.kind}`)}
                      {record.activity.date
                        ? ` · ${formatLocalDate(record.activity.date, i18n.language)}`
                        : ''}
                      {record.activity.modalities.length ? ` · ${record.activity.modalities.join(', ')}` : ''}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )),
            )}
          </Table.Tbody>
        </Table>
      ))}
    </Stack>
  );
}
