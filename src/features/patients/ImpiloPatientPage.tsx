import { Alert, Button, Group, Skeleton, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { IMPILO_MAX_PAGE_SIZE } from '@/api/impilo/common';
import {
  useCreateImpiloPatientOnce,
  useImpiloPatient,
  useImpiloSites,
  useUpdateImpiloPatient,
} from '@/api/impilo/queries';
import { peopleKeys } from '@/api/people/keys';
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
import { ImpiloPatientForm, useImpiloFieldLabel } from './components/forms/ImpiloPatientForm';
import { hasShape, PatientFormShell } from './components/forms/PatientFormShell';
import {
  emptyImpiloPatientForm,
  fromImpiloPatient,
  type ImpiloPatientFormValues,
  impiloFormFieldFor,
  impiloPatientFormIssues,
  toImpiloPayload,
} from './impilo-patient-form-model';
import { patientHref } from './patient-href';

const resolver = inputResolver<ImpiloPatientFormValues, ImpiloPatientFormValues>((values) => {
  const issues = impiloPatientFormIssues(values, localToday());
  return issues.length ? { ok: false, issues } : { ok: true, value: values };
});
const isDraft = (value: unknown): value is ImpiloPatientFormValues =>
  hasShape(value, emptyImpiloPatientForm());

interface EditorProps {
  defaults: ImpiloPatientFormValues;
  draftName: string;
  editing: boolean;
  save: (values: ImpiloPatientFormValues, signal: AbortSignal) => Promise<{ key: string; replayed: boolean }>;
  back: { to: string; label: string };
}

function ImpiloPatientEditor({ defaults, draftName, editing, save, back }: EditorProps) {
  const { t } = useTranslation('patient-forms');
  const navigate = useNavigate();
  const form = useForm<ImpiloPatientFormValues, unknown, ImpiloPatientFormValues>({
    resolver,
    defaultValues: defaults,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const draft = useFormDraft(form, draftName, isDraft);
  const sites = useImpiloSites({ size: IMPILO_MAX_PAGE_SIZE });
  const request = useAbortable();
  const labelOf = useImpiloFieldLabel();
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<SubmitFailure | null>(null);

  const onSubmit = form.handleSubmit(
    async (values) => {
      if (inFlight.current) return; // a double click sends one request
      inFlight.current = true;
      setBusy(true);
      setFailure(null);
      try {
        const { key, replayed } = await save(values, request.begin());
        draft.clear();
        const name = `${values.firstName.trim()} ${values.lastName.trim()}`;
        notifications.show({
          color: 'teal',
          message: editing
            ? t('forms.saved', { name })
            : t(replayed ? 'forms.replayed' : 'forms.created', { name }),
        });
        void navigate(patientHref(key));
      } catch (error) {
        const applied = applyFormErrors(form, error, impiloFormFieldFor as (wire: string) => never);
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
      title={editing ? t('forms.editImpilo') : t('forms.newImpilo')}
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
      <form onSubmit={onSubmit} noValidate data-testid="impilo-patient-form">
        <Stack gap="lg">
          <div inert={busy} style={busy ? { opacity: 0.6 } : undefined}>
            <ImpiloPatientForm form={form} sites={sites.data?.content} />
          </div>
          <Group justify="flex-end" inert={busy}>
            <Button type="submit" loading={busy} data-testid="submit-impilo-patient">
              {busy ? t('forms.submitting') : editing ? t('forms.submitSave') : t('forms.submitCreate')}
            </Button>
          </Group>
          {/* Below the button, not above it: the second click of a double click must not land on "Stop". */}
          {busy && <PendingRequest vendor="impilo" onStop={request.cancel} />}
        </Stack>
      </form>
    </PatientFormShell>
  );
}

function NewImpiloPatient() {
  const { t } = useTranslation('patient-forms');
  useDocumentTitle(t('forms.newImpilo'));
  const create = useCreateImpiloPatientOnce();
  return (
    <ImpiloPatientEditor
      defaults={emptyImpiloPatientForm()}
      draftName="impilo-new-patient"
      editing={false}
      back={{ to: '/patients', label: t('forms.back') }}
      save={async (values, signal) => {
        const payload = toImpiloPayload(values);
        const { patient, replayed } = await create.mutateAsync({ input: payload, signal });
        const key = encodePatientKey([
          { source: 'impilo', kind: 'id', value: patient.id },
          ...(patient.externalIdentifier
            ? [{ source: 'impilo' as const, kind: 'mrn' as const, value: patient.externalIdentifier }]
            : []),
        ]);
        return { key, replayed };
      }}
    />
  );
}

function EditImpiloPatient({ patientKey, id }: { patientKey: string; id: string }) {
  const { t } = useTranslation('patient-forms');
  useDocumentTitle(t('forms.editImpilo'));
  const patient = useImpiloPatient(id);
  const update = useUpdateImpiloPatient();
  const queryClient = useQueryClient();
  const back = { to: patientHref(patientKey), label: t('forms.backToRecord') };
  if (!patient.data)
    return (
      <PatientFormShell
        title={t('forms.editImpilo')}
        back={back}
        draftRestored={false}
        onDiscardDraft={() => {}}
      >
        {patient.isError ? (
          <ErrorAlert
            error={patient.error}
            title={t('forms.loadFailed')}
            onRetry={() => void patient.refetch()}
          />
        ) : (
          <Skeleton height={320} data-testid="form-loading" />
        )}
      </PatientFormShell>
    );
  return (
    <ImpiloPatientEditor
      defaults={fromImpiloPatient(patient.data)}
      draftName={`impilo-edit-patient:${id}`}
      editing
      back={back}
      save={async (values, signal) => {
        await update.mutateAsync({ patientId: id, input: toImpiloPayload(values), signal });
        // The record page reads the person through the people layer: its copy is out of date now.
        await queryClient.invalidateQueries({ queryKey: peopleKeys.all });
        return { key: patientKey, replayed: false };
      }}
    />
  );
}

/** `/patients/new/impilo` and `/patients/:key/edit/impilo`. */
export default function ImpiloPatientPage() {
  const { t } = useTranslation('patient-forms');
  const { key } = useParams();
  if (key === undefined) return <NewImpiloPatient />;
  const id = identityOf(tryDecodePatientKey(key) ?? [], 'impilo', 'id')?.value;
  if (!id)
    return (
      <PatientFormShell
        title={t('forms.editImpilo')}
        back={{ to: '/patients', label: t('forms.back') }}
        draftRestored={false}
        onDiscardDraft={() => {}}
      >
        <Stack>
          <Alert color="yellow">{t('forms.notInKey', { vendor: 'Impilo' })}</Alert>
        </Stack>
      </PatientFormShell>
    );
  return <EditImpiloPatient patientKey={key} id={id} />;
}
