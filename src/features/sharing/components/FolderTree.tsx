import { ActionIcon, Box, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconFolder, IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostDicomFolder } from '@/api/postdicom/folders';
import { usePostDicomFolderList } from '@/api/postdicom/queries';
import { ErrorAlert } from '@/components/ErrorAlert';

interface FolderTreeProps {
  userUuid: string;
  selected: string | null;
  onSelect: (folder: PostDicomFolder, path: string[]) => void;
}

/** The account's folders, one level at a time (each level is fetched when it is opened). */
export function FolderTree({ userUuid, selected, onSelect }: FolderTreeProps) {
  const { t } = useTranslation('sharing');
  return (
    <Box component="nav" aria-label={t('folders.treeLabel')}>
      <FolderLevel
        userUuid={userUuid}
        parent=""
        path={[]}
        selected={selected}
        onSelect={onSelect}
        depth={0}
      />
    </Box>
  );
}

function FolderLevel({
  userUuid,
  parent,
  path,
  selected,
  onSelect,
  depth,
}: FolderTreeProps & { parent: string; path: string[]; depth: number }) {
  const { t } = useTranslation('sharing');
  const list = usePostDicomFolderList({ userUuid, parentFolderUuid: parent });
  if (list.isPending) return <Loader size="xs" aria-label={t('common.loading')} />;
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.length === 0)
    return depth === 0 ? (
      <Text size="sm">{t('folders.none')}</Text>
    ) : (
      <Text size="xs" c="dimmed" pl={28}>
        {t('folders.noSubfolders')}
      </Text>
    );
  const folders = [...list.data].sort((a, b) => a.FolderName.localeCompare(b.FolderName));
  return (
    <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
      {folders.map((folder) => (
        <FolderNode
          key={folder.FolderUuid}
          userUuid={userUuid}
          folder={folder}
          path={[...path, folder.FolderName]}
          selected={selected}
          onSelect={onSelect}
          depth={depth}
        />
      ))}
    </Stack>
  );
}

function FolderNode({
  userUuid,
  folder,
  path,
  selected,
  onSelect,
  depth,
}: FolderTreeProps & { folder: PostDicomFolder; path: string[]; depth: number }) {
  const { t } = useTranslation('sharing');
  const [open, setOpen] = useState(false);
  const isSelected = selected === folder.FolderUuid;
  const childrenId = `folder-children-${folder.FolderUuid}`;
  return (
    <li>
      <Group gap={2} wrap="nowrap" pl={depth * 16}>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          onClick={() => setOpen((v) => !v)}
          aria-expanded={open}
          aria-controls={childrenId}
          aria-label={t(open ? 'folders.collapse' : 'folders.expand', { name: folder.FolderName })}
        >
          {open ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
        </ActionIcon>
        <Button
          variant={isSelected ? 'filled' : 'transparent'}
          size="compact-sm"
          justify="flex-start"
          leftSection={
            isSelected ? <IconFolderOpen size={16} aria-hidden /> : <IconFolder size={16} aria-hidden />
          }
          onClick={() => onSelect(folder, path)}
          aria-current={isSelected ? 'true' : undefined}
          data-testid="folder-node"
          data-name={folder.FolderName}
          styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
        >
          {folder.FolderName}
        </Button>
      </Group>
      {open && (
        <Box id={childrenId}>
          <FolderLevel
            userUuid={userUuid}
            parent={folder.FolderUuid}
            path={path}
            selected={selected}
            onSelect={onSelect}
            depth={depth + 1}
          />
        </Box>
      )}
    </li>
  );
}
