import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { createDicomClient } from '@/lib/dicom/worker-client';
import { UploadBatch } from './batch/upload-batch';
import { FileList } from './components/FileList';
import { IntakeArea } from './components/IntakeArea';
import { ManifestView } from './components/ManifestView';
import { ResumeNotice } from './components/ResumeNotice';
import { DeidentifyPanel } from './deidentify/DeidentifyPanel';
import {
  type DeidentifyFormState,
  initialDeidentifyState,
  patientIdProblem,
  patientNameProblem,
} from './deidentify/settings';
import type { IntakeFile } from './intake/collect-files';
import { expandZips } from './intake/unzip';
import { buildManifest } from './manifest/build-manifest';
import { type BatchRecord, loadBatchRecord } from './upload/batch-record';
import { SendPanel } from './upload/SendPanel';
import { LeaveDialog, useLeaveGuard } from './use-leave-guard';

/** The DICOM side of the page: intake → manifest → de-identification → send. */
export function DicomUploads() {
  const { t } = useTranslation('uploads');
  const [client] = useState(() => createDicomClient());
  useEffect(() => () => client.dispose(), [client]);
  const [batch] = useState(() => new UploadBatch(client));
  const version = useSyncExternalStore(batch.subscribe, batch.getVersion);
  const [loaded, setLoaded] = useState<BatchRecord | null | undefined>(undefined);
  const [deidentify, setDeidentify] = useState<DeidentifyFormState | null>(null);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void loadBatchRecord().then((record) => {
      if (cancelled) return;
      batch.setPrevious(record);
      setLoaded(record);
      setDeidentify(initialDeidentifyState(record));
    });
    return () => {
      cancelled = true;
    };
  }, [batch]);

  const guard = useLeaveGuard(batch.isSending());
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the batch's change counter.
  const manifest = useMemo(() => buildManifest(batch.entries), [batch, version]);
  const counts = batch.counts();

  const add = async (files: IntakeFile[]) => {
    setAdding(true);
    try {
      const { files: expanded, damaged } = await expandZips(files);
      await batch.addFiles(expanded, damaged);
    } finally {
      setAdding(false);
    }
  };

  if (loaded === undefined || !deidentify) return <Loader aria-label={t('intake.adding')} />;
  const previous = batch.previous;
  const deidentifyValid =
    !deidentify.enabled ||
    (!patientNameProblem(deidentify.patientName) && !patientIdProblem(deidentify.patientId));
  const readable = manifest.totals.readable + manifest.totals.reading;

  return (
    <Stack gap="lg">
      <LeaveDialog guard={guard} />
      {previous && previous.notSent.length > 0 && (
        <ResumeNotice
          record={previous}
          matched={counts['sent-before']}
          onForget={() => void batch.forget()}
        />
      )}
      <IntakeArea onFiles={(files) => void add(files)} disabled={batch.isSending()} />
      {(adding || counts.reading > 0) && (
        <Group gap="xs" aria-live="polite">
          <Loader size="xs" aria-hidden />
          <Text size="sm" data-testid="intake-reading">
            {counts.reading > 0
              ? t('intake.reading', {
                  done: batch.entries.length - counts.reading,
                  total: batch.entries.length,
                })
              : t('intake.adding')}
          </Text>
        </Group>
      )}
      {batch.entries.length > 0 && (
        <>
          <ManifestView manifest={manifest} />
          <FileList entries={batch.entries} />
          <Group>
            <Button variant="subtle" onClick={() => batch.clear()} disabled={batch.isSending()}>
              {t('intake.clear')}
            </Button>
          </Group>
          {readable > 0 && (
            <>
              <DeidentifyPanel
                state={deidentify}
                onChange={(patch) =>
                  setDeidentify((current) => (current ? { ...current, ...patch } : current))
                }
                manifest={manifest}
                entries={batch.entries}
                client={client}
                locked={batch.queueSnapshot() !== null}
              />
              <SendPanel
                batch={batch}
                deidentify={deidentify}
                deidentifyValid={deidentifyValid}
                initialDestination={previous?.destination ?? null}
              />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
