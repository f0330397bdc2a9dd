import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPhotoExclamation } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeidentifyChange } from '@/lib/dicom/deidentify';
import type { DicomClient } from '@/lib/dicom/worker-client';
import type { FileEntry } from '../batch/types';
import { reasonOf } from '../batch/upload-batch';
import type { Manifest } from '../manifest/build-manifest';
import { PreviewTable } from './PreviewTable';
import { saveDeidentifiedCopy } from './save-copy';
import { type DeidentifyFormState, patientIdProblem, patientNameProblem } from './settings';

interface DeidentifyPanelProps {
  state: DeidentifyFormState;
  onChange: (patch: Partial<DeidentifyFormState>) => void;
  manifest: Manifest;
  entries: readonly FileEntry[];
  client: DicomClient;
  locked: boolean;
}

/** The series of the selection, each with its readable files, for the preview and the copies. */
function seriesOptions(manifest: Manifest, entries: readonly FileEntry[]) {
  const files = new Map<string, FileEntry[]>();
  for (const entry of entries) {
    if (!entry.header || entry.status === 'rejected') continue;
    const list = files.get(entry.header.seriesInstanceUid) ?? [];
    list.push(entry);
    files.set(entry.header.seriesInstanceUid, list);
  }
  return manifest.patients.flatMap((patient) =>
    patient.studies.flatMap((study) =>
      study.series.map((series) => ({
        value: series.uid,
        label: [
          series.modality,
          series.number ? `#${series.number}` : '',
          series.description || study.description,
        ]
          .filter(Boolean)
          .join(' · '),
        files: files.get(series.uid) ?? [],
        burnedIn: series.burnedInText,
      })),
    ),
  );
}

export function DeidentifyPanel({
  state,
  onChange,
  manifest,
  entries,
  client,
  locked,
}: DeidentifyPanelProps) {
  const { t } = useTranslation('uploads');
  const series = seriesOptions(manifest, entries).filter((option) => option.files.length > 0);
  const [selected, setSelected] = useState<string | null>(null);
  const chosen = series.find((option) => option.value === selected) ?? series[0];
  const [preview, setPreview] = useState<
    { path: string; changes: DeidentifyChange[] } | { error: string } | null
  >(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [refused, setRefused] = useState(0);
  const burnedIn = series.filter((option) => option.burnedIn).length;
  const nameProblem = patientNameProblem(state.patientName);
  const idProblem = patientIdProblem(state.patientId);
  const valid = !nameProblem && !idProblem;

  const runPreview = async () => {
    const entry = chosen?.files[0];
    if (!entry) return;
    setBusy(t('deidentify.previewing'));
    const outcome = await client.deidentify(entry.file, { ...optionsOf(state), fileName: entry.path }, true);
    setBusy(null);
    setPreview(
      outcome.ok
        ? { path: entry.path, changes: outcome.changes }
        : { error: t(reasonOf(outcome.error).key as 'files.empty', reasonOf(outcome.error).params) },
    );
  };

  const save = async (files: FileEntry[]) => {
    setRefused(0);
    const result = await saveDeidentifiedCopy(client, files, state, (done) =>
      setBusy(t('deidentify.downloading', { done, total: files.length })),
    );
    setBusy(null);
    setRefused(result.refused);
  };

  return (
    <Paper withBorder p="md" data-testid="deidentify-panel">
      <Stack gap="sm">
        <Title order={2}>{t('deidentify.title')}</Title>
        {burnedIn > 0 && (
          <Alert color="orange" variant="light" icon={<IconPhotoExclamation aria-hidden />}>
            {t('deidentify.burnedInNotice', { count: burnedIn })}
          </Alert>
        )}
        <Checkbox
          checked={state.enabled}
          onChange={(event) => onChange({ enabled: event.currentTarget.checked })}
          label={t('deidentify.enable')}
          description={t('deidentify.enableHelp')}
          disabled={locked}
          data-testid="deidentify-enable"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('deidentify.patientName')}
            description={t('deidentify.patientNameHelp')}
            value={state.patientName}
            onChange={(event) => onChange({ patientName: event.currentTarget.value })}
            error={nameProblem ? t('deidentify.invalidName') : undefined}
            disabled={locked}
            data-testid="deidentify-name"
          />
          <TextInput
            label={t('deidentify.patientId')}
            value={state.patientId}
            onChange={(event) => onChange({ patientId: event.currentTarget.value })}
            error={idProblem ? t('deidentify.invalidId') : undefined}
            disabled={locked}
            data-testid="deidentify-id"
          />
        </SimpleGrid>
        <Radio.Group
          label={t('deidentify.dates')}
          value={state.dates}
          onChange={(value) => onChange({ dates: value as 'shift' | 'empty' })}
        >
          <Group mt={4}>
            <Radio
              value="shift"
              label={t(
                state.batch.dateShiftDays < 0 ? 'deidentify.datesShiftBack' : 'deidentify.datesShiftForward',
                { days: Math.abs(state.batch.dateShiftDays) },
              )}
              disabled={locked}
            />
            <Radio value="empty" label={t('deidentify.datesEmpty')} disabled={locked} />
          </Group>
        </Radio.Group>
        <Checkbox
          checked={state.retainPatientCharacteristics}
          onChange={(event) => onChange({ retainPatientCharacteristics: event.currentTarget.checked })}
          label={t('deidentify.keepCharacteristics')}
          disabled={locked}
        />
        <Checkbox
          checked={state.retainDescriptions}
          onChange={(event) => onChange({ retainDescriptions: event.currentTarget.checked })}
          label={t('deidentify.keepDescriptions')}
          disabled={locked}
        />
        {series.length > 0 && (
          <Group align="flex-end" wrap="wrap">
            <NativeSelect
              label={t('deidentify.previewFile')}
              data={series.map(({ value, label }) => ({ value, label }))}
              value={chosen?.value ?? ''}
              onChange={(event) => setSelected(event.currentTarget.value)}
              style={{ flex: '1 1 260px' }}
              data-testid="deidentify-series"
            />
            <Button
              variant="default"
              onClick={() => void runPreview()}
              disabled={!valid || busy !== null}
              data-testid="deidentify-preview"
            >
              {t('deidentify.preview')}
            </Button>
            <Button
              variant="default"
              onClick={() => void save(chosen?.files.slice(0, 1) ?? [])}
              disabled={!valid || busy !== null}
              data-testid="deidentify-download"
            >
              {t('deidentify.download')}
            </Button>
            <Button
              variant="default"
              onClick={() => void save(chosen?.files ?? [])}
              disabled={!valid || busy !== null || (chosen?.files.length ?? 0) < 2}
              data-testid="deidentify-download-series"
            >
              {t('deidentify.downloadSeries')}
            </Button>
          </Group>
        )}
        <Text size="sm" aria-live="polite">
          {busy ?? (refused > 0 ? t('deidentify.downloadRefused', { count: refused }) : '')}
        </Text>
        {preview && 'error' in preview && (
          <Alert color="red" variant="light" role="alert">
            {preview.error}
          </Alert>
        )}
        {preview && 'changes' in preview && <PreviewTable path={preview.path} changes={preview.changes} />}
      </Stack>
    </Paper>
  );
}

function optionsOf(state: DeidentifyFormState) {
  return {
    batch: state.batch,
    patientName: state.patientName.trim() || undefined,
    patientId: state.patientId.trim() || undefined,
    dates: state.dates,
    retainPatientCharacteristics: state.retainPatientCharacteristics,
    retainDescriptions: state.retainDescriptions,
  };
}
