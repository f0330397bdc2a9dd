import { Alert, Button, Grid, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import {
  IconFolderPlus,
  IconLink,
  IconMail,
  IconUpload,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostDicomFolder } from '@/api/postdicom/folders';
import { usePostDicomPatientOrderListInFolder } from '@/api/postdicom/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ShareFolderDialog, type ShareFolderMode, ViewerLinkButton } from '@/components/sharing';
import { usePostDicomActingUser } from '@/components/sharing/use-acting-user';
import { FolderTree } from './components/FolderTree';
import { NewFolderForm } from './components/NewFolderForm';
import { SharingPage } from './components/SharingPage';

const actions: { mode: ShareFolderMode; icon: typeof IconMail }[] = [
  { mode: 'email', icon: IconMail },
  { mode: 'url', icon: IconLink },
  { mode: 'upload-email', icon: IconUpload },
  { mode: 'upload-url', icon: IconUpload },
  { mode: 'users', icon: IconUsers },
  { mode: 'groups', icon: IconUsersGroup },
];

/** `/sharing/folders`: browse and create (nested) folders, open them in the viewer, share them. */
export default function FoldersPage() {
  const { t } = useTranslation('sharing');
  const acting = usePostDicomActingUser();
  const [selected, setSelected] = useState<{ folder: PostDicomFolder; path: string[] } | null>(null);
  const [dialog, setDialog] = useState<ShareFolderMode | null>(null);
  const [creating, setCreating] = useState(false);

  return (
    <SharingPage section="folders">
      <Title order={2} size="h3">
        {t('folders.title')}
      </Title>
      {acting.error && <ErrorAlert error={acting.error} onRetry={() => void acting.refetch()} />}
      {acting.userUuid && (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Paper withBorder p="sm">
              <Group justify="space-between" mb="xs" gap="xs">
                <Title order={3} size="h5">
                  {t('folders.treeTitle')}
                </Title>
                <Button
                  size="compact-sm"
                  variant={creating ? 'light' : 'default'}
                  leftSection={<IconFolderPlus size={14} aria-hidden />}
                  onClick={() => setCreating((v) => !v)}
                  aria-expanded={creating}
                  aria-controls="new-folder"
                >
                  {t('folders.newTitle')}
                </Button>
              </Group>
              {creating && (
                <Paper id="new-folder" withBorder p="sm" mb="sm">
                  <NewFolderForm
                    userUuid={acting.userUuid}
                    parent={
                      selected ? { uuid: selected.folder.FolderUuid, name: selected.folder.FolderName } : null
                    }
                    onCreated={() => undefined}
                  />
                  {selected && (
                    <Button size="compact-xs" variant="default" mt={4} onClick={() => setSelected(null)}>
                      {t('folders.createAtRootInstead')}
                    </Button>
                  )}
                </Paper>
              )}
              <FolderTree
                userUuid={acting.userUuid}
                selected={selected?.folder.FolderUuid ?? null}
                onSelect={(folder, path) => setSelected({ folder, path })}
              />
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {selected ? (
              <FolderDetails
                userUuid={acting.userUuid}
                folder={selected.folder}
                path={selected.path}
                onShare={setDialog}
              />
            ) : (
              <Alert color="gray" variant="light">
                {t('folders.pick')}
              </Alert>
            )}
          </Grid.Col>
        </Grid>
      )}
      {selected && (
        <ShareFolderDialog
          folder={{ uuid: selected.folder.FolderUuid, name: selected.folder.FolderName }}
          opened={dialog !== null}
          onClose={() => setDialog(null)}
          initialMode={dialog ?? 'email'}
        />
      )}
    </SharingPage>
  );
}

function FolderDetails({
  userUuid,
  folder,
  path,
  onShare,
}: {
  userUuid: string;
  folder: PostDicomFolder;
  path: string[];
  onShare: (mode: ShareFolderMode) => void;
}) {
  const { t } = useTranslation('sharing');
  const orders = usePostDicomPatientOrderListInFolder({ userUuid, folderUuid: folder.FolderUuid });
  return (
    <Paper withBorder p="sm" data-testid="folder-details">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4">
            {folder.FolderName}
          </Title>
          <Text size="xs" c="dimmed">
            {path.join(' / ')}
          </Text>
          {folder.FolderDescription && <Text size="sm">{folder.FolderDescription}</Text>}
        </Stack>
        <Group gap="xs">
          <ViewerLinkButton kind="folder" uuid={folder.FolderUuid} subject={folder.FolderName} size="sm" />
        </Group>
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t('folders.shareTitle')}
          </Text>
          <Group gap="xs">
            {actions.map(({ mode, icon: Icon }) => (
              <Button
                key={mode}
                size="xs"
                variant="default"
                leftSection={<Icon size={14} aria-hidden />}
                onClick={() => onShare(mode)}
                data-testid={`folder-share-${mode}`}
              >
                {t(`folder.modes.${mode}`)}
              </Button>
            ))}
          </Group>
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('folders.studies')}
          </Text>
          {orders.isPending ? (
            <Text size="sm">{t('common.loading')}</Text>
          ) : orders.isError ? (
            <ErrorAlert error={orders.error} onRetry={() => void orders.refetch()} />
          ) : orders.data.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('folders.noStudies')}
            </Text>
          ) : (
            <List size="sm" spacing={4}>
              {orders.data.map((order) => (
                <List.Item key={order.PatientOrderUuid}>
                  {order.OrderModality} · {order.StudyDescription} · {order.OrderDate}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
