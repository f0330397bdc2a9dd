import { Button, Group, List, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useAssignPostDicomPatientOrderToLocation,
  useAssignPostDicomPatientOrderToUser,
  useAssignPostDicomPatientOrderToUserGroup,
  useCreatePostDicomOrderGroup,
  useRemovePostDicomOrdersFromGroup,
  useUnassignPostDicomPatientOrderFromUser,
  useUnassignPostDicomPatientOrderFromUserGroup,
} from '@/api/postdicom/order-queries';
import type { PostDicomOrderProperties, PostDicomOrderRef } from '@/api/postdicom/orders';
import {
  useAddPostDicomOrderToFolder,
  usePostDicomAccount,
  usePostDicomAccountFlagDictionary,
  usePostDicomFolderList,
  usePostDicomUserGroupList,
  useRemovePostDicomOrderFromFolder,
  useSetPostDicomFlagToPatientOrder,
} from '@/api/postdicom/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useNotifySuccess } from '../components/notify';

interface Props {
  orderRef: Required<PostDicomOrderRef>;
  properties: PostDicomOrderProperties;
}

interface Option {
  value: string;
  label: string;
}

/** A choice and a button: "Assign to user [▾] (Assign)". */
function ChooseAndRun({
  label,
  options,
  action,
  onRun,
  busy,
  testId,
}: {
  label: string;
  options: Option[];
  action: string;
  onRun: (value: string) => void;
  busy: boolean;
  testId: string;
}) {
  const { t } = useTranslation('orders');
  const [value, setValue] = useState('');
  return (
    <Group align="flex-end" wrap="nowrap">
      <NativeSelect
        label={label}
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        data={[{ value: '', label: t('choose') }, ...options]}
        style={{ flex: 1, minWidth: 0 }}
        data-testid={`${testId}-choice`}
      />
      <Button
        variant="light"
        disabled={!value}
        loading={busy}
        onClick={() => onRun(value)}
        data-testid={testId}
      >
        {action}
      </Button>
    </Group>
  );
}

/**
 * Organising a PostDICOM order: its account flag, who it is assigned to (users, user groups, a location),
 * the folders it is in and its order group. Each change is one library call; the order is read again after.
 */
export function PostDicomOrderOrganize({ orderRef, properties }: Props) {
  const { t } = useTranslation('orders');
  const notifySuccess = useNotifySuccess();
  const { userUuid, patientOrderUuid, patientOrderInstitutionUuid } = orderRef;
  const account = usePostDicomAccount();
  const flags = usePostDicomAccountFlagDictionary(userUuid);
  const groups = usePostDicomUserGroupList(userUuid);
  const folders = usePostDicomFolderList({ userUuid });
  const done = {
    onSuccess: () => notifySuccess(t('postdicomDetail.changed')),
  };
  const setFlag = useSetPostDicomFlagToPatientOrder({ mutationConfig: done });
  const assignUser = useAssignPostDicomPatientOrderToUser({ mutationConfig: done });
  const unassignUser = useUnassignPostDicomPatientOrderFromUser({ mutationConfig: done });
  const assignGroup = useAssignPostDicomPatientOrderToUserGroup({ mutationConfig: done });
  const unassignGroup = useUnassignPostDicomPatientOrderFromUserGroup({ mutationConfig: done });
  const assignLocation = useAssignPostDicomPatientOrderToLocation({ mutationConfig: done });
  const addToFolder = useAddPostDicomOrderToFolder({ mutationConfig: done });
  const removeFromFolder = useRemovePostDicomOrderFromFolder({ mutationConfig: done });
  const createGroup = useCreatePostDicomOrderGroup({ mutationConfig: done });
  const leaveGroup = useRemovePostDicomOrdersFromGroup({ mutationConfig: done });
  const mutations = [
    setFlag,
    assignUser,
    unassignUser,
    assignGroup,
    unassignGroup,
    assignLocation,
    addToFolder,
    removeFromFolder,
    createGroup,
    leaveGroup,
  ];
  const failed = mutations.find((m) => m.isError);

  const users = account.data?.UserList ?? [];
  const userName = (uuid: string) => users.find((u) => u.UserUuid === uuid)?.UserName ?? uuid;
  const groupName = (uuid: string) =>
    groups.data?.find((g) => g.UserGroupUuid === uuid)?.UserGroupName ?? uuid;
  const folderName = (uuid: string) => folders.data?.find((f) => f.FolderUuid === uuid)?.FolderName ?? uuid;
  const flagOptions = (flags.data ?? []).flatMap((group) =>
    group.FlagList.map((flag) => ({
      value: `${group.FlagGroupId}|${flag.FlagId}`,
      label: `${group.FlagGroupName}: ${flag.FlagName}`,
    })),
  );
  const currentFlag = flagOptions.find(
    (o) => o.value === `${properties.FlagGroupId}|${properties.FlagId}`,
  )?.label;
  const assignedUsers = properties.AssignedUserUuidList ?? [];
  const assignedGroups = properties.AssignedUserGroupUuidList ?? [];
  const inFolders = properties.FolderUuidList ?? [];
  const base = { userUuid, patientOrderUuid };

  const remove = (label: string, onClick: () => void, testId: string) => (
    <Button size="compact-xs" variant="default" onClick={onClick} aria-label={label} data-testid={testId}>
      {t('postdicomDetail.remove')}
    </Button>
  );

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('postdicomDetail.organize')}
      </Title>
      {failed && <ErrorAlert error={failed.error} />}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" mt="sm">
        <Stack gap="xs">
          <Text size="sm">{t('postdicomDetail.currentFlag', { flag: currentFlag ?? t('notSet') })}</Text>
          <ChooseAndRun
            label={t('postdicomDetail.flag')}
            options={flagOptions}
            action={t('postdicomDetail.setFlag')}
            busy={setFlag.isPending}
            testId="set-flag"
            onRun={(value) => {
              const [flagGroupId = '', flagId = ''] = value.split('|');
              setFlag.mutate({ ...base, flagGroupId, flagId });
            }}
          />
        </Stack>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('postdicomDetail.assignedUsers')}
          </Text>
          {assignedUsers.length === 0 ? (
            <Text size="sm">{t('notSet')}</Text>
          ) : (
            <List size="sm">
              {assignedUsers.map((uuid) => (
                <List.Item key={uuid}>
                  {userName(uuid)}{' '}
                  {remove(
                    t('postdicomDetail.unassign', { name: userName(uuid) }),
                    () => unassignUser.mutate({ ...base, unassignedUserUuid: uuid }),
                    'unassign-user',
                  )}
                </List.Item>
              ))}
            </List>
          )}
          <ChooseAndRun
            label={t('postdicomDetail.user')}
            options={users.map((u) => ({ value: u.UserUuid, label: u.UserName }))}
            action={t('postdicomDetail.assign')}
            busy={assignUser.isPending}
            testId="assign-user"
            onRun={(value) => assignUser.mutate({ ...base, assignedUserUuid: value })}
          />
        </Stack>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('postdicomDetail.assignedGroups')}
          </Text>
          {assignedGroups.length === 0 ? (
            <Text size="sm">{t('notSet')}</Text>
          ) : (
            <List size="sm">
              {assignedGroups.map((uuid) => (
                <List.Item key={uuid}>
                  {groupName(uuid)}{' '}
                  {remove(
                    t('postdicomDetail.unassign', { name: groupName(uuid) }),
                    () => unassignGroup.mutate({ ...base, unassignedUserGroupUuid: uuid }),
                    'unassign-group',
                  )}
                </List.Item>
              ))}
            </List>
          )}
          <ChooseAndRun
            label={t('postdicomDetail.userGroup')}
            options={(groups.data ?? []).map((g) => ({ value: g.UserGroupUuid, label: g.UserGroupName }))}
            action={t('postdicomDetail.assign')}
            busy={assignGroup.isPending}
            testId="assign-group"
            onRun={(value) => assignGroup.mutate({ ...base, assignedUserGroupUuid: value })}
          />
        </Stack>
        <Stack gap="xs">
          <ChooseAndRun
            label={t('postdicomDetail.location')}
            options={(account.data?.InstitutionList ?? []).map((i) => ({
              value: i.InstitutionUuid,
              label: i.InstitutionName,
            }))}
            action={t('postdicomDetail.assign')}
            busy={assignLocation.isPending}
            testId="assign-location"
            onRun={(value) => assignLocation.mutate({ ...base, institutionUuid: value })}
          />
        </Stack>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('postdicomDetail.folders')}
          </Text>
          {inFolders.length === 0 ? (
            <Text size="sm">{t('notSet')}</Text>
          ) : (
            <List size="sm">
              {inFolders.map((uuid) => (
                <List.Item key={uuid}>
                  {folderName(uuid)}{' '}
                  {remove(
                    t('postdicomDetail.removeFromFolder', { name: folderName(uuid) }),
                    () =>
                      removeFromFolder.mutate({
                        userUuid,
                        folderUuid: uuid,
                        patientOrderUuidList: [patientOrderUuid],
                      }),
                    'remove-folder',
                  )}
                </List.Item>
              ))}
            </List>
          )}
          <ChooseAndRun
            label={t('postdicomDetail.folder')}
            options={(folders.data ?? [])
              .filter((f) => !inFolders.includes(f.FolderUuid))
              .map((f) => ({ value: f.FolderUuid, label: f.FolderName }))}
            action={t('postdicomDetail.addToFolder')}
            busy={addToFolder.isPending}
            testId="add-folder"
            onRun={(value) =>
              addToFolder.mutate({
                userUuid,
                patientOrderInstitutionUuid,
                patientOrderUuid,
                folderUuidList: [value],
              })
            }
          />
        </Stack>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('postdicomDetail.orderGroup')}
          </Text>
          <Text size="sm">
            {properties.ConnectedGroupUuid
              ? t('postdicomDetail.inGroup', { id: properties.ConnectedGroupUuid })
              : t('postdicomDetail.noGroup')}
          </Text>
          <Group>
            {properties.ConnectedGroupUuid ? (
              <Button
                variant="default"
                loading={leaveGroup.isPending}
                data-testid="leave-group"
                onClick={() =>
                  leaveGroup.mutate({
                    userUuid,
                    patientOrderInstitutionUuid,
                    patientOrderUuidList: [patientOrderUuid],
                  })
                }
              >
                {t('postdicomDetail.leaveGroup')}
              </Button>
            ) : (
              <Button
                variant="light"
                loading={createGroup.isPending}
                // A long label wraps on a phone instead of running out of the card.
                maw="100%"
                styles={{
                  root: { height: 'auto', minHeight: 36, paddingBlock: 6 },
                  label: { whiteSpace: 'normal', textAlign: 'start' },
                }}
                data-testid="create-group"
                onClick={() =>
                  createGroup.mutate({
                    userUuid,
                    patientOrderInstitutionUuid,
                    patientOrderUuidList: [patientOrderUuid],
                  })
                }
              >
                {t('postdicomDetail.createGroup')}
              </Button>
            )}
          </Group>
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}
