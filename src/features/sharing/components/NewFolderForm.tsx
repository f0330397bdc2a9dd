import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconFolderPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InputError } from '@/api/errors';
import { useCreatePostDicomFolderWithDescription } from '@/api/postdicom/queries';
import { ErrorAlert } from '@/components/ErrorAlert';

interface NewFolderFormProps {
  userUuid: string;
  /** Where it goes: a folder's uuid and name, or the root. */
  parent: { uuid: string; name: string } | null;
  onCreated: () => void;
}

/** Creates a folder (or a path `a/b`, nested folders at once) at the root or in the selected folder. */
export function NewFolderForm({ userUuid, parent, onCreated }: NewFolderFormProps) {
  const { t } = useTranslation('sharing');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const create = useCreatePostDicomFolderWithDescription();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const path = name.trim();
    if (!path) return setNameError(t('validation.required'));
    if (path.split('/').some((segment) => !segment.trim())) return setNameError(t('validation.folderPath'));
    setNameError(undefined);
    try {
      await create.mutateAsync({
        userUuid,
        parentFolderUuid: parent?.uuid ?? '',
        folderName: path,
        folderDescription: description,
      });
      setName('');
      setDescription('');
      onCreated();
    } catch (error) {
      if (error instanceof InputError && error.issuesAt('folderName').length > 0)
        setNameError(t('validation.folderPath'));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('folders.newTitle')}>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {parent ? t('folders.newIn', { name: parent.name }) : t('folders.newAtRoot')}
        </Text>
        <TextInput
          id="new-folder-name"
          label={t('folders.name')}
          description={t('folders.nameHint')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={nameError}
          withAsterisk
          autoComplete="off"
          maxLength={400}
        />
        <Textarea
          id="new-folder-description"
          label={t('folders.description')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          autosize
          minRows={1}
          maxRows={4}
          maxLength={1024}
        />
        {create.isError && !nameError && (
          <ErrorAlert error={create.error} title={t('folders.createFailed')} />
        )}
        <Group justify="flex-end">
          <Button
            type="submit"
            size="xs"
            loading={create.isPending}
            leftSection={<IconFolderPlus size={14} aria-hidden />}
          >
            {t('folders.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
