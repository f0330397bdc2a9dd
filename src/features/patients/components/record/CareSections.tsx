import { Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { vendorNames } from '@/api/errors';
import type { SoloCare } from '@/api/people/record';
import { usePatientDocuments } from '@/api/people/record-queries';
import { formatInstant, formatLocalDate, formatNumber } from '@/lib/format/locale-format';
import type { PatientIdentity } from '@/lib/patients/patient-key';
import { SourceState } from './SourceState';
import { scrollRegion } from './scroll-region';

/** Solo appointments: those filed in the patient's episodes of care (Solo lists a patient's appointments no other way). */
export function AppointmentsSection({
  identities,
  care,
}: {
  identities: PatientIdentity[];
  care: UseQueryResult<SoloCare[]>;
}) {
  const { t, i18n } = useTranslation('patients');
  const hasSoloId = identities.some((i) => i.source === 'solo' && i.kind === 'id');
  const hasSolo = identities.some((i) => i.source === 'solo');
  return (
    <Stack
      component="section"
      aria-labelledby="appointments-title"
      gap="xs"
      data-testid="section-appointments"
    >
      <Title order={2} size="h3" id="appointments-title">
        {t('record.appointments.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('record.appointments.how')}
      </Text>
      {!hasSoloId ? (
        <Text size="sm">{hasSolo ? t('record.appointments.needsId') : t('record.appointments.noSolo')}</Text>
      ) : (
        <SourceState source="solo" query={care}>
          {(list) => {
            const appointments = list.flatMap((c) => c.appointments);
            if (appointments.length === 0) return <Text size="sm">{t('record.appointments.none')}</Text>;
            const episodeName = new Map(list.flatMap((c) => c.episodes.map((e) => [e.id, e.name] as const)));
            return (
              <Table.ScrollContainer
                minWidth={480}
                scrollAreaProps={scrollRegion(t('record.appointments.title'))}
              >
                <Table fz="sm" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('record.appointments.when')}</Table.Th>
                      <Table.Th>{t('record.appointments.reasons')}</Table.Th>
                      <Table.Th>{t('record.appointments.episode')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {appointments.map((a) => (
                      <Table.Tr key={a.appointmentId} data-testid="patient-appointment">
                        <Table.Td>
                          {formatInstant(new Date(a.date * 1000).toISOString(), i18n.language)}
                        </Table.Td>
                        <Table.Td>
                          {a.reasons.join(', ')}
                          {a.hasNotes && (
                            <Badge ml={6} size="xs" variant="light">
                              {t('record.appointments.notes')}
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td>{episodeName.get(a.episodeId) ?? a.episodeId}</Table.Td>
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

const size = (bytes: number | null, locale: string) =>
  bytes === null
    ? ''
    : bytes < 1024 * 1024
      ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} KB`
      : `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, locale)} MB`;

/** Documents and attachments: Solo appointment attachments, PostDICOM order documents, Scan.com referral documents. */
export function DocumentsSection({
  identities,
  care,
}: {
  identities: PatientIdentity[];
  care: UseQueryResult<SoloCare[]>;
}) {
  const { t, i18n } = useTranslation('patients');
  const soloAppointments = care.data
    ? care.data.flatMap((c) => c.appointments.map((a) => a.appointmentId))
    : null;
  const hasSoloId = identities.some((i) => i.source === 'solo' && i.kind === 'id');
  const sources = usePatientDocuments(identities, hasSoloId ? soloAppointments : []);
  return (
    <Stack component="section" aria-labelledby="documents-title" gap="xs" data-testid="section-documents">
      <Title order={2} size="h3" id="documents-title">
        {t('record.documents.title')}
      </Title>
      {sources.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('record.documents.noSource')}
        </Text>
      )}
      {sources.map(({ source, query }) => (
        <Stack key={source} gap={4} data-testid={`documents-${source}`}>
          <Title order={3} size="h5">
            {vendorNames[source]}
          </Title>
          {source === 'solo' && care.isError ? (
            <Text size="sm">{t('record.documents.needsCare')}</Text>
          ) : (
            <SourceState source={source} query={query}>
              {(documents) =>
                documents.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('record.documents.none')}
                  </Text>
                ) : (
                  <List size="sm" spacing={4}>
                    {documents.map((d) => (
                      <List.Item key={`${d.filedUnder}:${d.name}`}>
                        <Group gap={6}>
                          <Text size="sm" fw={500} span>
                            {d.name}
                          </Text>
                          <Text size="xs" c="dimmed" span>
                            {[
                              size(d.size, i18n.language),
                              d.date ? formatLocalDate(d.date, i18n.language) : null,
                              t('record.documents.filedUnder', { id: d.filedUnder }),
                            ]
                              .filter(Boolean)
                              .join(' · ')}
                          </Text>
                        </Group>
                      </List.Item>
                    ))}
                  </List>
                )
              }
            </SourceState>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
