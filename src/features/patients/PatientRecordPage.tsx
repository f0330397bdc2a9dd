import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCalendarPlus, IconClipboardPlus, IconPencil } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { personDisplayName } from '@/api/people/model';
import { usePeopleByKey } from '@/api/people/queries';
import { useSoloCare } from '@/api/people/record-queries';
import type { SearchVendor } from '@/api/people/search-plan';
import { useDocumentTitle } from '@/components/use-document-title';
import { formatLocalDate } from '@/lib/format/locale-format';
import { AppointmentsSection, DocumentsSection } from './components/record/CareSections';
import { DemographicsSection } from './components/record/DemographicsSection';
import { EpisodesSection } from './components/record/EpisodesSection';
import { OrdersSection } from './components/record/OrdersSection';
import tone from './components/tone.module.css';
import { rememberRecentPatient } from './recent-patients';
import { demographicColumns } from './record-demographics';

/** `/patients/:key`: one person across vendors. Each section loads on its own and fails alone, with retry. */
export default function PatientRecordPage() {
  const { t, i18n } = useTranslation('patients');
  const { key = '' } = useParams();
  const people = usePeopleByKey(key);
  const identities = people.identities ?? [];
  const care = useSoloCare(identities);
  const columns = demographicColumns(people.people);
  const headline = columns[0];
  const name = headline ? personDisplayName(headline) : '';
  useDocumentTitle(name || t('record.title'));

  useEffect(() => {
    if (!headline) return;
    rememberRecentPatient({
      key,
      name: personDisplayName(headline),
      birthDate: headline.birthDate,
      sources: [...new Set(identities.map((i) => i.source))] as SearchVendor[],
    });
  }, [key, headline, identities]);

  if (!people.identities)
    return (
      <Stack>
        <Title order={1}>{t('record.invalidKey.title')}</Title>
        <Text>{t('record.invalidKey.body')}</Text>
        <Group>
          <Button component={Link} to="/patients">
            {t('record.back')}
          </Button>
        </Group>
      </Stack>
    );

  const patientParam = `patient=${encodeURIComponent(key)}`;
  const soloId = identities.find((i) => i.source === 'solo' && i.kind === 'id');
  const impiloId = identities.find((i) => i.source === 'impilo' && i.kind === 'id');
  const allFailed = people.sources.length > 0 && people.sources.every((s) => s.query.isError);
  const mrns = [
    ...new Set(columns.flatMap((p) => p.identifiers.filter((i) => i.kind === 'mrn').map((i) => i.value))),
  ];

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/patients" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('record.back')}
        </Group>
      </Anchor>
      <Stack gap={4}>
        {name ? (
          <Title order={1} data-testid="record-name">
            {name}
          </Title>
        ) : people.isPending ? (
          <>
            <Title order={1}>{t('record.title')}</Title>
            <Skeleton height={20} width="40%" />
          </>
        ) : (
          <Title order={1}>{t('record.title')}</Title>
        )}
        {headline && (
          <Text c="dimmed">
            {[
              headline.birthDate
                ? t('record.born', { date: formatLocalDate(headline.birthDate, i18n.language) })
                : null,
              headline.sex ? t(`search.sex.${headline.sex}`) : null,
              mrns.length ? `MRN ${mrns.join(', ')}` : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        )}
        {allFailed && <Text className={tone.danger}>{t('record.nobody')}</Text>}
      </Stack>
      <Paper withBorder p="sm">
        <Group gap="xs">
          <Button
            component={Link}
            to={`/orders/new?${patientParam}`}
            leftSection={<IconClipboardPlus size={16} aria-hidden />}
            data-testid="record-new-order"
          >
            {t('record.actions.newOrder')}
          </Button>
          <Button
            component={Link}
            to={`/schedule?${patientParam}`}
            variant="default"
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
            data-testid="record-book"
          >
            {t('record.actions.book')}
          </Button>
          {soloId && (
            <Button
              component={Link}
              to={`/patients/${encodeURIComponent(key)}/edit/solo`}
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
            >
              {t('record.actions.editSolo')}
            </Button>
          )}
          {impiloId && (
            <Button
              component={Link}
              to={`/patients/${encodeURIComponent(key)}/edit/impilo`}
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
            >
              {t('record.actions.editImpilo')}
            </Button>
          )}
        </Group>
      </Paper>
      <DemographicsSection people={people} />
      <OrdersSection identities={identities} />
      <AppointmentsSection identities={identities} care={care} />
      <DocumentsSection identities={identities} care={care} />
      <EpisodesSection identities={identities} care={care} />
    </Stack>
  );
}
