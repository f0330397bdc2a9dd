import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { IconFolderOpen, IconUpload } from '@tabler/icons-react';
import { type DragEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filesFromDataTransfer, filesFromInput, type IntakeFile } from '../intake/collect-files';
import classes from './IntakeArea.module.css';

interface IntakeAreaProps {
  onFiles: (files: IntakeFile[]) => void;
  disabled?: boolean;
}

/** A drop target for files, folders and zips, with a folder picker and a file picker. */
export function IntakeArea({ onFiles, disabled }: IntakeAreaProps) {
  const { t } = useTranslation('uploads');
  const folderInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    void filesFromDataTransfer(event.dataTransfer).then(onFiles);
  };

  return (
    <Box
      className={classes.zone}
      data-over={over || undefined}
      data-testid="intake-drop"
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <Stack align="center" gap="sm">
        <IconUpload size={32} aria-hidden />
        <Text fw={600}>{over ? t('intake.dropActive') : t('intake.drop')}</Text>
        <Group justify="center" gap="sm">
          <Button
            leftSection={<IconFolderOpen size={16} aria-hidden />}
            onClick={() => folderInput.current?.click()}
            disabled={disabled}
          >
            {t('intake.chooseFolder')}
          </Button>
          <Button variant="default" onClick={() => fileInput.current?.click()} disabled={disabled}>
            {t('intake.chooseFiles')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed" ta="center" maw={560}>
          {t('intake.help')}
        </Text>
      </Stack>
      <input
        ref={folderInput}
        type="file"
        hidden
        multiple
        data-testid="intake-folder"
        aria-label={t('intake.chooseFolder')}
        // The folder picker: every file under the chosen folder, with its relative path.
        {...{ webkitdirectory: '', directory: '' }}
        onChange={(event) => {
          if (event.target.files) onFiles(filesFromInput(event.target.files));
          event.target.value = '';
        }}
      />
      <input
        ref={fileInput}
        type="file"
        hidden
        multiple
        data-testid="intake-files"
        aria-label={t('intake.chooseFiles')}
        onChange={(event) => {
          if (event.target.files) onFiles(filesFromInput(event.target.files));
          event.target.value = '';
        }}
      />
    </Box>
  );
}
