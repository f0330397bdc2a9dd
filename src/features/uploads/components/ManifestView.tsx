import { Alert, Badge, Box, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPhotoExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatDicomDate, formatPersonName } from '../format';
import type { Manifest, ManifestPatient, ManifestStudy } from '../manifest/build-manifest';
import classes from './SimpleTable.module.css';

/** Patient → study → series, before anything is sent. */
export function ManifestView({ manifest }: { manifest: Manifest }) {
  const { t, i18n } = useTranslation('uploads');
  const { totals } = manifest;
  return (
    <Stack gap="sm" data-testid="manifest">
      <Title order={2}>{t('manifest.title')}</Title>
      <Text size="sm" data-testid="manifest-summary">
        {t('manifest.summary', {
          files: totals.files,
          size: formatBytes(totals.bytes, i18n.language),
          readable: totals.readable,
          rejected: totals.rejected,
        })}
      </Text>
      {manifest.patients.map((patient) => (
        <PatientCard key={patient.key} patient={patient} />
      ))}
    </Stack>
  );
}

function PatientCard({ patient }: { patient: ManifestPatient }) {
  const { t, i18n } = useTranslation('uploads');
  const locale = i18n.language;
  const details = [
    patient.id ? t('manifest.patientId', { id: patient.id }) : t('manifest.noId'),
    patient.birthDate ? t('manifest.born', { date: formatDicomDate(patient.birthDate, locale) }) : '',
    patient.sex ? t('manifest.sex', { sex: patient.sex }) : '',
    t('manifest.filesCount', { count: patient.files }),
    formatBytes(patient.bytes, locale),
  ].filter(Boolean);
  return (
    <Paper withBorder p="md" data-testid="manifest-patient">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {formatPersonName(patient.name) || t('manifest.noName')}
        </Title>
        <Text size="sm" c="dimmed">
          {details.join(' · ')}
        </Text>
        <Text size="sm">
          {patient.characterSets.length > 0
            ? t('manifest.characterSet', { value: patient.characterSets.join(', ') })
            : t('manifest.defaultCharacterSet')}
        </Text>
        {patient.warnings.length > 0 && (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('manifest.warningsTitle')}
          >
            <List size="sm" spacing={2}>
              {patient.warnings.map((warning) => (
                <List.Item key={`${warning.code}:${warning.detail}`}>
                  {t(`manifest.warning.${warning.code}` as 'manifest.warning.parser', {
                    detail: warning.detail,
                  })}{' '}
                  ({t('manifest.warningFiles', { count: warning.files })})
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {patient.studies.map((study) => (
          <StudyBlock key={study.uid} study={study} />
        ))}
      </Stack>
    </Paper>
  );
}

function BurnedInFlag({ testId }: { testId?: string }) {
  const { t } = useTranslation('uploads');
  return (
    <Group gap={4} wrap="nowrap" data-testid={testId}>
      <IconPhotoExclamation
        size={16}
        aria-hidden
        color="var(--mantine-color-orange-8)"
        style={{ flexShrink: 0 }}
      />
      <Text size="xs">{t('manifest.burnedInShort')}</Text>
    </Group>
  );
}

function StudyBlock({ study }: { study: ManifestStudy }) {
  const { t, i18n } = useTranslation('uploads');
  const locale = i18n.language;
  const seriesCount = (series: ManifestStudy['series'][number]) =>
    series.sent > 0
      ? t('manifest.sentCount', { sent: series.sent, files: series.files })
      : t('manifest.filesCount', { count: series.files });
  return (
    <Stack gap={4} mt="xs">
      <Group gap="xs" wrap="wrap">
        <Text fw={600}>{study.description || t('manifest.noDescription')}</Text>
        {study.modalities.map((modality) => (
          <Badge key={modality} color="indigo.9" variant="filled">
            {modality}
          </Badge>
        ))}
      </Group>
      <Text size="sm" c="dimmed">
        {[
          study.date ? formatDicomDate(study.date, locale) : t('manifest.noDate'),
          study.accessionNumber ? t('manifest.accession', { value: study.accessionNumber }) : '',
          t('manifest.seriesCount', { count: study.series.length }),
          t('manifest.filesCount', { count: study.files }),
          formatBytes(study.bytes, locale),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {/* Narrow screens: one block per series, nothing hidden sideways. */}
      <Stack gap={6} hiddenFrom="sm" data-testid="manifest-series-list">
        {study.series.map((series) => (
          <Box key={series.uid} className={classes.card}>
            <Text size="sm" fw={600}>
              {t('manifest.seriesLabel', { number: series.number || '–' })} · {series.modality}
            </Text>
            <Text size="sm">{series.description || t('manifest.noDescription')}</Text>
            <Text size="sm" c="dimmed">
              {seriesCount(series)} · {formatBytes(series.bytes, locale)}
            </Text>
            {series.burnedInText && <BurnedInFlag />}
          </Box>
        ))}
      </Stack>
      {/* Wider screens: a table, which scrolls sideways when it must: focusable and named, so keyboards can scroll it. */}
      <Box
        component="section"
        visibleFrom="sm"
        className={classes.scroll}
        // A scrollable region must be reachable by keyboard.
        tabIndex={0}
        aria-label={t('manifest.seriesOf', { study: study.description || t('manifest.noDescription') })}
      >
        <table className={classes.table} data-testid="manifest-series">
          <tbody>
            {study.series.map((series) => (
              <tr key={series.uid}>
                <td className={classes.nowrap}>
                  {t('manifest.seriesLabel', { number: series.number || '–' })}
                </td>
                <td className={classes.nowrap}>{series.modality}</td>
                <td>{series.description || t('manifest.noDescription')}</td>
                <td className={classes.nowrap}>{seriesCount(series)}</td>
                <td className={classes.nowrap}>{formatBytes(series.bytes, locale)}</td>
                <td>{series.burnedInText && <BurnedInFlag testId="burned-in" />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Box>
      {study.series.some((series) => series.burnedInText) && (
        <Alert color="orange" variant="light" icon={<IconPhotoExclamation aria-hidden />} p="xs">
          <Text size="sm">{t('manifest.burnedIn')}</Text>
        </Alert>
      )}
    </Stack>
  );
}
