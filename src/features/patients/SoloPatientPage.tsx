import { Alert, Button, Group, Skeleton, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { peopleKeys } from '@/api/people/keys';
import { useCreateSoloPatientOnce, useSoloPatient, useUpdateSoloPatient } from '@/api/solo/queries';
import { isAbort } from '@/components/describe-error';
import { ErrorAlert } from '@/components/ErrorAlert';
import { localToday } from '@/components/forms/date-text';
import { ErrorSummary, type SubmitFailure } from '@/components/forms/ErrorSummary';
import { applyFormErrors, inputResolver } from '@/components/forms/form-errors';
import { PendingRequest } from '@/components/forms/PendingRequest';
import { useAbortable } from '@/components/forms/use-abortable';
import { useDocumentTitle } from '@/components/use-document-title';
import { useFormDraft } from '@/components/use-form-draft';
import { encodePatientKey, identityOf, tryDecodePatientKey } from '@/lib/patients/patient-key';
import { hasShape, PatientFormShell } from './components/forms/PatientFormShell';
import { SoloPatientForm, useSoloFieldLabel } from './components/forms/SoloPatientForm';
import { patientHref } from './patient-href';
import {
  emptySoloPatientForm,
  fromSoloPatient,
  generateSoloPatientId,
  type SoloPatientFormValues,
  soloFormFieldFor,
  soloPatientFormIssues,
  toSoloCreatePayload,
  toSoloDemographics,
} from './solo-patient-form-model';

const resolver = inputResolver<SoloPatientFormValues, SoloPatientFormValues>((values) => {
  const issues = soloPatientFormIssues(values, localToday());
  return issues.length ? { ok: false, issues } : { ok: true, value: values };
});
const isDraft = (value: unknown): value is SoloPatientFormValues => hasShape(value, emptySoloPatientForm());
const displayName = (values: SoloPatientFormValues) =>
  [values.firstName, values.lastName].map((part) => part.trim()).join(' ');

interface EditorProps {
  defaults: SoloPatientFormValues;
  draftName: string;
  editing: boolean;
  /** Saves; resolves with the record to open and whether an earlier attempt had already created it. */
  save: (values: SoloPatientFormValues, signal: AbortSignal) => Promise<{ key: string; replayed: boolean }>;
  back: { to: string; label: string };
}

function SoloPatientEditor({ defaults, draftName, editing, save, back }: EditorProps) {
  const { t } = useTranslation('patient-forms');
  const navigate = useNavigate();
  const form = useForm<SoloPatientFormValues, unknown, SoloPatientFormValues>({
    resolver,
    defaultValues: defaults,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const draft = useFormDraft(form, draftName, isDraft);
  const request = useAbortable();
  const labelOf = useSoloFieldLabel();
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<SubmitFailure | null>(null);

  // A new patient's id is made once per draft: it is the idempotency key, so a retry sends the same one.
  useEffect(() => {
    if (!editing && draft.status !== 'loading' && !form.getValues('id'))
      form.setValue('id', generateSoloPatientId());
  }, [editing, draft.status, form]);

  const onSubmit = form.handleSubmit(
    async (values) => {
      if (inFlight.current) return; // a double click sends one request
      inFlight.current = true;
      setBusy(true);
      setFailure(null);
      try {
        const { key, replayed } = await save(values, request.begin());
        draft.clear();
        const name = displayName(values);
        notifications.show({
          color: 'teal',
          message: editing
            ? t('forms.saved', { name })
            : t(replayed ? 'forms.replayed' : 'forms.created', { name }),
        });
        void navigate(patientHref(key));
      } catch (error) {
        const applied = applyFormErrors(form, error, soloFormFieldFor as (wire: string) => never);
        setFailure({ error, ...applied });
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    () => setFailure(null),
  );

  if (draft.status === 'loading') return null;
  return (
    <PatientFormShell
      title={editing ? t('forms.editSolo') : t('forms.newSolo')}
      back={back}
      draftRestored={draft.status === 'restored'}
      onDiscardDraft={draft.discard}
    >
      <ErrorSummary
        form={form}
        failure={failure}
        labelOf={labelOf}
        title={failure && isAbort(failure.error) ? t('forms.stoppedWaiting') : t('forms.failed')}
      />
      <form onSubmit={onSubmit} noValidate data-testid="solo-patient-form">
        <Stack gap="lg">
          <div inert={busy} style={busy ? { opacity: 0.6 } : undefined}>
            <SoloPatientForm form={form} editing={editing} />
          </div>
          <Group justify="flex-end" inert={busy}>
            <Button type="submit" loading={busy} data-testid="submit-solo-patient">
              {busy ? t('forms.submitting') : editing ? t('forms.submitSave') : t('forms.submitCreate')}
            </Button>
          </Group>
          {/* Below the button, not above it: the second click of a double click must not land on "Stop". */}
          {busy && <PendingRequest vendor="solo" onStop={request.cancel} />}
        </Stack>
      </form>
    </PatientFormShell>
  );
}

function NewSoloPatient() {
  const { t } = useTranslation('patient-forms');
  useDocumentTitle(t('forms.newSolo'));
  const create = useCreateSoloPatientOnce();
  return (
    <SoloPatientEditor
      defaults={emptySoloPatientForm()}
      draftName="solo-new-patient"
      editing={false}
      back={{ to: '/patients', label: t('forms.back') }}
      save={async (values, signal) => {
        const result = await create.mutateAsync({ input: toSoloCreatePayload(values), signal });
        const key = encodePatientKey([
          { source: 'solo', kind: 'id', value: result.id },
          ...(result.spid === null
            ? []
            : [{ source: 'solo' as const, kind: 'spid' as const, value: String(result.spid) }]),
        ]);
        return { key, replayed: result.replayed };
      }}
    />
  );
}

function EditSoloPatient({ patientKey, id }: { patientKey: string; id: string }) {
  const { t } = useTranslation('patient-forms');
  useDocumentTitle(t('forms.editSolo'));
  const patient = useSoloPatient(id);
  const update = useUpdateSoloPatient();
  const queryClient = useQueryClient();
  const back = { to: patientHref(patientKey), label: t('forms.backToRecord') };
  if (patient.isError)
    return (
      <PatientFormShell
        title={t('forms.editSolo')}
        back={back}
        draftRestored={false}
        onDiscardDraft={() => {}}
      >
        <ErrorAlert
          error={patient.error}
          title={t('forms.loadFailed')}
          onRetry={() => void patient.refetch()}
        />
      </PatientFormShell>
    );
  if (!patient.data)
    return (
      <PatientFormShell
        title={t('forms.editSolo')}
        back={back}
        draftRestored={false}
        onDiscardDraft={() => {}}
      >
        <Skeleton height={320} data-testid="form-loading" />
      </PatientFormShell>
    );
  return (
    <SoloPatientEditor
      defaults={fromSoloPatient(patient.data, id)}
      draftName={`solo-edit-patient:${id}`}
      editing
      back={back}
      save={async (values, signal) => {
        await update.mutateAsync({ patientId: id, input: toSoloDemographics(values), signal });
        // The record page reads the person through the people layer: its copy is out of date now.
        await queryClient.invalidateQueries({ queryKey: peopleKeys.all });
        return { key: patientKey, replayed: false };
      }}
    />
  );
}

/** `/patients/new/solo` and `/patients/:key/edit/solo`. */
export default function SoloPatientPage() {
  const { t } = useTranslation('patient-forms');
  const { key } = useParams();
  if (key === undefined) return <NewSoloPatient />;
  const id = identityOf(tryDecodePatientKey(key) ?? [], 'solo', 'id')?.value;
  if (!id)
    return (
      <PatientFormShell
        title={t('forms.editSolo')}
        back={{ to: '/patients', label: t('forms.back') }}
        draftRestored={false}
        onDiscardDraft={() => {}}
      >
        <Alert color="yellow">{t('forms.notInKey', { vendor: 'Solo' })}</Alert>
      </PatientFormShell>
    );
  return <EditSoloPatient patientKey={key} id={id} />;
}
