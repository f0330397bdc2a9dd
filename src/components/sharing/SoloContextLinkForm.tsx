import {
  Accordion,
  Alert,
  Button,
  Code,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconInfoCircle, IconLink } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InputIssue } from '@/api/errors';
import { requestSoloContextLink } from '@/api/solo/context-links';
import { soloLinkSexes, soloLinkUserTypes } from '@/api/solo/linking';
import { ErrorAlert } from '../ErrorAlert';
import { DateField } from '../forms/DateField';
import { useFormDraft } from '../use-form-draft';
import { CopyLink } from './CopyLink';
import {
  type ContextLinkFormValues,
  contextFieldOf,
  emptyContextLinkForm,
  toSoloContextLink,
} from './context-link-model';
import { SharingStrings } from './SharingStrings';
import { setShareIssues, shareErrorIssues, shareResolver } from './share-form-errors';
import { useShareFieldErrors } from './use-share-field-errors';
import { useShareRegister } from './use-share-register';
import { useToday } from './use-today';

export interface SoloContextLinkFormProps {
  /** Values to start from (e.g. the appointment's visit and patient). */
  defaults?: Partial<ContextLinkFormValues>;
  /** Drafts are kept per name: one per appointment, or one for the sharing page. */
  draftName?: string;
}

function isContextDraft(value: unknown): value is ContextLinkFormValues {
  const v = value as Partial<ContextLinkFormValues> | null;
  return typeof v === 'object' && v !== null && typeof v.user === 'string' && typeof v.patient === 'object';
}

/**
 * Solo's context-aware link: a form for the linking JSON (user, type, visit, date, patient), each field
 * checked as Solo's doc says; the console's server encrypts it (the secret never enters the browser) into
 * the `/integrations/linking?arg=` link, shown to copy and added to the share register.
 */
export function SoloContextLinkForm(props: SoloContextLinkFormProps) {
  return (
    <SharingStrings fallback={null}>
      <SoloContextLinkFormBody {...props} />
    </SharingStrings>
  );
}

function SoloContextLinkFormBody({ defaults, draftName = 'solo-context-link' }: SoloContextLinkFormProps) {
  const { t } = useTranslation('sharing');
  const { timeZone } = useToday();
  const register = useShareRegister();
  const zone = useRef(timeZone);
  zone.current = timeZone;
  const resolver = useMemo(
    () => shareResolver((values: ContextLinkFormValues) => toSoloContextLink(values, zone.current)),
    [],
  );
  const form = useForm<ContextLinkFormValues>({
    defaultValues: emptyContextLinkForm(defaults),
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const draft = useFormDraft(form, draftName, isContextDraft);
  const errorOf = useShareFieldErrors(form.formState.errors);
  const [link, setLink] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ error: unknown; unplaced: InputIssue[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const values = form.watch();
  const preview = toSoloContextLink(values, timeZone);

  const submit = form.handleSubmit(async (formValues) => {
    const result = toSoloContextLink(formValues, zone.current);
    if (!result.ok || inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setFailure(null);
    setLink(null);
    try {
      const url = await requestSoloContextLink(result.value);
      await register.add({
        vendor: 'solo',
        kind: 'context-link',
        target: {
          type: 'visit',
          ids: [result.value.visit],
          label: t('visit.target', { id: result.value.visit }),
        },
        subjects: [
          {
            patientName: `${result.value.patient.firstName} ${result.value.patient.lastName}`,
            patientId: result.value.patient.id,
          },
        ],
        recipients: [
          { kind: result.value.type === 'patient' ? 'patient' : 'provider', label: result.value.user },
        ],
        expiresOn: null,
        permissions: { download: null, upload: false, password: 'none' },
        link: url,
      });
      setLink(url);
      draft.clear();
    } catch (error) {
      const unplaced = setShareIssues(form.setError, shareErrorIssues(error, contextFieldOf));
      setFailure({ error, unplaced });
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  });

  if (draft.status === 'loading') return null;
  const text = (
    name: 'user' | 'visit' | 'patient.id' | 'patient.firstName' | 'patient.lastName',
    extra = {},
  ) => ({
    id: `context-${name.replace('.', '-')}`,
    label: t(`context.fields.${name}`),
    error: errorOf(name),
    withAsterisk: true,
    autoComplete: 'off',
    'data-field': name,
    ...form.register(name),
    ...extra,
  });

  return (
    <Stack>
      {draft.status === 'restored' && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">{t('draftRestored')}</Text>
            <Button size="xs" variant="default" onClick={draft.discard}>
              {t('discardDraft')}
            </Button>
          </Group>
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack>
          <Fieldset legend={t('context.who')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput {...text('user')} description={t('context.userHint')} />
              <NativeSelect
                id="context-type"
                label={t('context.fields.type')}
                withAsterisk
                error={errorOf('type')}
                data-field="type"
                data={[
                  { value: '', label: t('context.choose') },
                  ...soloLinkUserTypes.map((value) => ({ value, label: t(`context.types.${value}`) })),
                ]}
                {...form.register('type')}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('context.visit')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput {...text('visit')} />
              <Controller
                control={form.control}
                name="visitDay"
                render={({ field }) => (
                  <DateField
                    id="context-visitDay"
                    label={t('context.fields.visitDay')}
                    description={t('context.zoneHint', { zone: timeZone })}
                    withAsterisk
                    error={errorOf('visitDay')}
                    data-field="visitDay"
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={field.ref}
                  />
                )}
              />
              <TextInput
                id="context-visitTime"
                type="time"
                label={t('context.fields.visitTime')}
                description={t('context.zoneHint', { zone: timeZone })}
                withAsterisk
                error={errorOf('visitTime')}
                data-field="visitTime"
                {...form.register('visitTime')}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('context.patient')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput {...text('patient.id')} />
              <NativeSelect
                id="context-patient-sex"
                label={t('context.fields.patient.sex')}
                withAsterisk
                error={errorOf('patient.sex')}
                data-field="patient.sex"
                data={[
                  { value: '', label: t('context.choose') },
                  ...soloLinkSexes.map((value) => ({ value, label: t(`context.sexes.${value}`) })),
                ]}
                {...form.register('patient.sex')}
              />
              <TextInput {...text('patient.firstName')} />
              <TextInput {...text('patient.lastName')} />
              <Controller
                control={form.control}
                name="patient.dob"
                render={({ field }) => (
                  <DateField
                    id="context-patient-dob"
                    label={t('context.fields.patient.dob')}
                    withAsterisk
                    error={errorOf('patient.dob')}
                    data-field="patient.dob"
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={field.ref}
                  />
                )}
              />
            </SimpleGrid>
          </Fieldset>
          <Accordion variant="contained">
            <Accordion.Item value="json">
              <Accordion.Control>{t('context.preview')}</Accordion.Control>
              <Accordion.Panel>
                <Text size="xs" mb={4}>
                  {preview.ok ? t('context.previewHint') : t('context.previewIncomplete')}
                </Text>
                <Code block data-testid="context-json">
                  {preview.ok ? JSON.stringify(preview.value, null, 2) : '—'}
                </Code>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
          {failure && (
            <div data-testid="context-error">
              <ErrorAlert error={failure.error} title={t('context.failed')} />
            </div>
          )}
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={busy}
              leftSection={<IconLink size={16} aria-hidden />}
              data-testid="context-submit"
            >
              {t('context.create')}
            </Button>
          </Group>
        </Stack>
      </form>
      {link && (
        <Stack gap="xs" data-testid="context-result">
          <Alert color="teal" variant="light" role="status">
            {t('context.ready')} {t('register.added')}
          </Alert>
          <CopyLink link={link} label={t('link.contextLink')} testId="context-link" />
        </Stack>
      )}
    </Stack>
  );
}
