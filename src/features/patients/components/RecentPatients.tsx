import { Anchor, Badge, Group, List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { vendorNames } from '@/api/errors';
import { formatLocalDate } from '@/lib/format/locale-format';
import { useRecentPatients } from '../recent-patients';

/** The patients opened in this tab, newest first (memory only; the idle lock clears them). */
export function RecentPatients() {
  const { t, i18n } = useTranslation('patients');
  const recent = useRecentPatients();
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="recent-patients-title"
      data-testid="recent-patients"
    >
      <Title order={2} size="h4" id="recent-patients-title" mb="xs">
        {t('search.recent.title')}
      </Title>
      {recent.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('search.recent.empty')}
        </Text>
      ) : (
        <List spacing={6} listStyleType="none" p={0}>
          {recent.map((patient) => (
            <List.Item key={patient.key}>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/patients/${encodeURIComponent(patient.key)}`} fw={600}>
                  {patient.name}
                </Anchor>
                {patient.birthDate && (
                  <Text size="sm" c="dimmed">
                    {formatLocalDate(patient.birthDate, i18n.language)}
                  </Text>
                )}
                {patient.sources.map((source) => (
                  <Badge key={source} size="xs" variant="light" color="indigo" tt="none">
                    {vendorNames[source]}
                  </Badge>
                ))}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
