import { MultiSelect, Switch, Textarea, TextInput } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PostDicomUserGroup } from '@/api/postdicom/account';
import type { PostDicomAccount } from '@/api/postdicom/client';
import { ErrorAlert } from '../ErrorAlert';
import { EmailRecipientsFields } from './EmailRecipientsFields';
import { PasswordField } from './PasswordField';
import {
  hasPassword,
  isEmailMode,
  SHARE_DESCRIPTION_MAX_LENGTH,
  SHARE_TITLE_MAX_LENGTH,
  type ShareFolderFormValues,
  type ShareFolderMode,
} from './share-folder-model';

/**
 * The fields of a folder share that depend on its mode: the recipients (and the second address for the
 * password), the account users or user groups, and the password, title, description and download
 * permission of a share that carries a password.
 */
export function ShareFolderFields({
  form,
  mode,
  errorOf,
  users,
  groups,
}: {
  form: UseFormReturn<ShareFolderFormValues>;
  mode: ShareFolderMode;
  errorOf: (path: string) => string | undefined;
  /** The account's users the folder can go to (not the acting user). */
  users: PostDicomAccount['UserList'];
  groups: UseQueryResult<PostDicomUserGroup[]>;
}) {
  const { t } = useTranslation('sharing');
  return (
    <>
      {isEmailMode(mode) && (
        <EmailRecipientsFields
          form={form}
          idPrefix="share-folder"
          errorOf={errorOf}
          passwordHint={t('folder.passwordToSecondHint')}
        />
      )}
      {mode === 'users' && (
        <Controller
          control={form.control}
          name="userUuids"
          render={({ field }) => (
            <MultiSelect
              id="share-folder-users"
              label={t('folder.users')}
              description={t('folder.usersHint')}
              data={users.map((u) => ({
                value: u.UserUuid,
                label: `${[u.FirstName, u.LastName].filter(Boolean).join(' ') || u.UserName} (${u.UserName})`,
              }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={errorOf('userUuids')}
              searchable
              withAsterisk
              nothingFoundMessage={t('folder.nothingFound')}
              data-field="userUuids"
            />
          )}
        />
      )}
      {mode === 'groups' && (
        <>
          {groups.isError && <ErrorAlert error={groups.error} onRetry={() => void groups.refetch()} />}
          <Controller
            control={form.control}
            name="groupUuids"
            render={({ field }) => (
              <MultiSelect
                id="share-folder-groups"
                label={t('folder.groups')}
                description={t('folder.groupsHint')}
                data={(groups.data ?? []).map((g) => ({
                  value: g.UserGroupUuid,
                  label: t('folder.groupOption', {
                    name: g.UserGroupName,
                    count: g.UserUuidList?.length ?? 0,
                  }),
                }))}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errorOf('groupUuids')}
                searchable
                withAsterisk
                disabled={groups.isPending}
                nothingFoundMessage={t('folder.nothingFound')}
                data-field="groupUuids"
              />
            )}
          />
        </>
      )}
      {hasPassword(mode) && (
        <>
          <Controller
            control={form.control}
            name="password"
            render={({ field }) => (
              <PasswordField
                id="share-folder-password"
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errorOf('password')}
              />
            )}
          />
          <TextInput
            id="share-folder-title"
            label={t('folder.shareTitle')}
            description={t('folder.shareTitleHint')}
            withAsterisk
            maxLength={SHARE_TITLE_MAX_LENGTH + 50}
            error={errorOf('title')}
            data-field="title"
            {...form.register('title')}
          />
          <Textarea
            id="share-folder-description"
            label={t('folder.description')}
            description={t('folder.shareTitleHint')}
            autosize
            minRows={2}
            maxRows={5}
            maxLength={SHARE_DESCRIPTION_MAX_LENGTH + 50}
            error={errorOf('description')}
            data-field="description"
            {...form.register('description')}
          />
          <Switch
            label={t('permissions.allowDownload')}
            description={t('permissions.allowDownloadHint')}
            {...form.register('allowDownload')}
            data-field="allowDownload"
          />
        </>
      )}
    </>
  );
}
