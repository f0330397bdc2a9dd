import { Fieldset, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PostDicomAccount } from '@/api/postdicom/client';
import { POSTDICOM_MODALITIES } from '@/api/postdicom/common';
import type { PostDicomNode } from '@/api/postdicom/dicom-nodes';
import { DateField } from '@/components/forms/DateField';
import { localToday } from '@/components/forms/date-text';
import { useFieldErrors } from '@/components/forms/use-field-error';
import { commonImagingModalities, dicomModalities } from '@/lib/codes/dicom-modalities';
import {
  type PostDicomOrderFormValues,
  type PostDicomTextField,
  postDicomFieldsOf,
  postDicomRequiredFields,
} from './postdicom-order-model';

/** The form's sections, each with the fields it may hold (a variant shows those it has). */
export const postDicomSections: {
  name: 'patient' | 'order' | 'requesting' | 'notes';
  fields: PostDicomTextField[];
}[] = [
  {
    name: 'patient',
    fields: [
      'PatientName',
      'PatientID',
      'OtherPatientId',
      'PatientSex',
      'PatientsBirthDate',
      'PatientHistory',
      'PatientComplaints',
      'PatientSymptom',
    ],
  },
  {
    name: 'order',
    fields: [
      'OrderAccessionNumber',
      'OrderModality',
      'Priority',
      'StudyDescription',
      'RequestedProcedureId',
      'RequestingProcedureDescription',
      'OrderDate',
      'OrderTime',
      'PerformedDatetime',
      'ScheduledEquipmentUuid',
    ],
  },
  { name: 'requesting', fields: ['RequestingPhysician', 'RequestingDepartment', 'ReferringPhysiciansName'] },
  { name: 'notes', fields: ['OrderNote1', 'OrderNote2'] },
];

const longText = new Set<PostDicomTextField>([
  'PatientHistory',
  'PatientComplaints',
  'PatientSymptom',
  'OrderNote1',
  'OrderNote2',
]);
const dates = new Set<PostDicomTextField>(['PatientsBirthDate', 'OrderDate']);

interface Props {
  form: UseFormReturn<PostDicomOrderFormValues>;
  account: PostDicomAccount | undefined;
  nodes: PostDicomNode[] | undefined;
}

/** The fields of the chosen variant, with the account's users and institutions and the DICOM nodes. */
export function PostDicomOrderFields({ form, account, nodes }: Props) {
  const { t } = useTranslation('orders');
  const { register, control, watch } = form;
  const { errorOf, idOf } = useFieldErrors(form);
  const variant = watch('variant');
  const shown = new Set(postDicomFieldsOf(variant));
  const required = postDicomRequiredFields(variant);
  const choose = { value: '', label: t('choose') };

  const common = (name: PostDicomTextField) => ({
    id: idOf(name),
    label: t(`postdicom.fields.${name}`),
    error: errorOf(name),
    withAsterisk: required.has(name),
    'data-field': name,
  });

  const input = (name: PostDicomTextField) => {
    if (dates.has(name))
      return (
        <Controller
          key={name}
          control={control}
          name={name}
          render={({ field }) => (
            <DateField
              {...common(name)}
              name={field.name}
              ref={field.ref}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              minDate={name === 'PatientsBirthDate' ? '1900-01-01' : undefined}
              maxDate={name === 'PatientsBirthDate' ? localToday() : undefined}
            />
          )}
        />
      );
    if (name === 'PatientSex')
      return (
        <NativeSelect
          key={name}
          {...common(name)}
          {...register(name)}
          data={[
            choose,
            ...(['F', 'M', 'O'] as const).map((value) => ({
              value,
              label: `${t(`sexes.${value}`)} (${value})`,
            })),
          ]}
        />
      );
    if (name === 'OrderModality') {
      const others = POSTDICOM_MODALITIES.filter(
        (code) => !(commonImagingModalities as readonly string[]).includes(code),
      );
      return (
        <NativeSelect
          key={name}
          {...common(name)}
          {...register(name)}
          data={[
            { group: '', items: [choose] },
            {
              group: t('fields.modality'),
              items: commonImagingModalities.map((code) => ({
                value: code,
                label: `${code} — ${dicomModalities[code]}`,
              })),
            },
            { group: 'DICOM', items: others.map((code) => ({ value: code, label: code })) },
          ]}
        />
      );
    }
    if (name === 'ScheduledEquipmentUuid' && nodes)
      return (
        <NativeSelect
          key={name}
          {...common(name)}
          {...register(name)}
          data={[
            choose,
            ...nodes.map((node) => ({ value: node.DicomNodeUuid, label: `${node.Name} (${node.AeTitle})` })),
          ]}
        />
      );
    const hint = [
      'PatientName',
      'ReferringPhysiciansName',
      'OrderTime',
      'PerformedDatetime',
      'OrderAccessionNumber',
      'Priority',
    ].includes(name)
      ? t(`postdicom.hints.${name as 'PatientName'}`)
      : undefined;
    if (longText.has(name))
      return (
        <Textarea key={name} {...common(name)} {...register(name)} autosize minRows={1} description={hint} />
      );
    return <TextInput key={name} {...common(name)} {...register(name)} description={hint} />;
  };

  return (
    <Stack gap="lg">
      <Fieldset legend={t('postdicom.sections.account')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            {...common('userUuid')}
            label={t('postdicom.fields.userUuid')}
            {...register('userUuid')}
            data={[
              choose,
              ...(account?.UserList ?? []).map((user) => ({ value: user.UserUuid, label: user.UserName })),
            ]}
          />
          <NativeSelect
            {...common('institutionUuid')}
            label={t('postdicom.fields.institutionUuid')}
            {...register('institutionUuid')}
            data={[
              choose,
              ...(account?.InstitutionList ?? []).map((institution) => ({
                value: institution.InstitutionUuid,
                label: institution.InstitutionName,
              })),
            ]}
          />
        </SimpleGrid>
      </Fieldset>
      {postDicomSections.map((section) => {
        const fields = section.fields.filter((field) => shown.has(field));
        if (fields.length === 0) return null;
        return (
          <Fieldset key={section.name} legend={t(`postdicom.sections.${section.name}`)}>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>{fields.map(input)}</SimpleGrid>
          </Fieldset>
        );
      })}
    </Stack>
  );
}
