import { Alert, Button, Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconInfoCircle, IconShare } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InputIssue } from '@/api/errors';
import { usePostDicomUserGroupList } from '@/api/postdicom/queries';
import { AppModal } from '../Dialogs';
import { ErrorAlert } from '../ErrorAlert';
import { useFormDraft } from '../use-form-draft';
import { CopyLink } from './CopyLink';
import { ExpiryField } from './ExpiryField';
import { DraftRestored, ShareFailure } from './ShareFailure';
import { ShareFolderFields } from './ShareFolderFields';
import { ShareSummary } from './ShareSummary';
import { SharingStrings } from './SharingStrings';
import { executeShareFolderCall, runShareCalls } from './share-calls';
import {
  emptyShareFolderForm,
  hasPassword,
  isEmailMode,
  isLinkMode,
  isUploadMode,
  planShareFolder,
  type ShareFolderCall,
  type ShareFolderFormValues,
  type ShareFolderMode,
  type ShareFolderPlan,
  shareFolderFieldMap,
  shareFolderModes,
} from './share-folder-model';
import { setShareIssues, shareErrorIssues, shareResolver } from './share-form-errors';
import type { ShareEntry, ShareKind } from './share-register';
import type { ShareableFolder } from './shareable';
import { usePostDicomActingUser } from './use-acting-user';
import { useShareFieldErrors } from './use-share-field-errors';
import { useShareRegister } from './use-share-register';
import { useToday } from './use-today';

export interface ShareFolderDialogProps {
  folder: ShareableFolder;
  opened: boolean;
  onClose: () => void;
  /** How to share: by email or link, an upload request by email or link, or with account users or groups. */
  initialMode?: ShareFolderMode;
}

function isShareFolderDraft(value: unknown): value is ShareFolderFormValues {
  const v = value as Partial<ShareFolderFormValues> | null;
  return typeof v === 'object' && v !== null && Array.isArray(v.recipients) && typeof v.title === 'string';
}

const kindOf: Record<ShareFolderMode, ShareKind> = {
  email: 'folder-email',
  url: 'folder-link',
  'upload-email': 'upload-email',
  'upload-url': 'upload-link',
  users: 'folder-users',
  groups: 'folder-groups',
};

/**
 * Share a PostDICOM folder: by email or as a link (with a password, a title, a description, an expiry and
 * the download permission), ask someone to upload studies into it (by email or link), or share it with the
 * account's users or user groups. A confirmation restates the share first; each accepted share goes to the
 * share register. The password is never kept in a draft.
 *
 *   <ShareFolderDialog folder={{ uuid, name }} opened={open} onClose={close} initialMode="upload-url" />
 */
export function ShareFolderDialog(props: ShareFolderDialogProps) {
  const { t } = useTranslation('common');
  return (
    <SharingStrings opened={props.opened} onClose={props.onClose} fallbackTitle={t('common.loading')}>
      <ShareFolderDialogBody {...props} />
    </SharingStrings>
  );
}

function ShareFolderDialogBody({ folder, opened, onClose, initialMode = 'email' }: ShareFolderDialogProps) {
  const { t } = useTranslation('sharing');
  // A phone gets the whole screen: the form is long.
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t('folder.title', { name: folder.name })}
      size="lg"
      fullScreen={phone}
    >
      {opened && <ShareFolderFlow folder={folder} onClose={onClose} initialMode={initialMode} />}
    </AppModal>
  );
}

function ShareFolderFlow({
  folder,
  onClose,
  initialMode,
}: {
  folder: ShareableFolder;
  onClose: () => void;
  initialMode: ShareFolderMode;
}) {
  const { t } = useTranslation('sharing');
  const acting = usePostDicomActingUser();
  const groups = usePostDicomUserGroupList(acting.userUuid);
  const { today, timeZone } = useToday();
  const register = useShareRegister();
  const context = useRef({ userUuid: '', folderUuid: folder.uuid, today });
  context.current = { userUuid: acting.userUuid ?? '', folderUuid: folder.uuid, today };
  const resolver = useMemo(
    () => shareResolver((values: ShareFolderFormValues) => planShareFolder(values, context.current)),
    [],
  );
  const defaultTitle = (mode: ShareFolderMode) =>
    isUploadMode(mode) ? t('folder.defaultUploadTitle') : t('folder.defaultTitle');
  const form = useForm<ShareFolderFormValues>({
    defaultValues: emptyShareFolderForm(initialMode, defaultTitle(initialMode)),
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const draft = useFormDraft(form, `share-folder:${folder.uuid}`, isShareFolderDraft, {
    omit: ['password', 'mode'],
  });
  const errorOf = useShareFieldErrors(form.formState.errors);
  const [step, setStep] = useState<'form' | 'confirm' | 'done'>('form');
  const [plan, setPlan] = useState<ShareFolderPlan | null>(null);
  const [failure, setFailure] = useState<{ error: unknown; unplaced: InputIssue[] } | null>(null);
  const [links, setLinks] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);

  const mode = form.watch('mode');
  const otherUsers = acting.users.filter((u) => u.UserUuid !== acting.userUuid);
  const userName = (uuid: string) => {
    const user = acting.users.find((u) => u.UserUuid === uuid);
    return user ? [user.FirstName, user.LastName].filter(Boolean).join(' ') || user.UserName : uuid;
  };
  const groupName = (uuid: string) =>
    groups.data?.find((g) => g.UserGroupUuid === uuid)?.UserGroupName ?? uuid;

  const changeMode = (next: ShareFolderMode) => {
    const title = form.getValues('title');
    // The proposed title follows the mode, unless the user typed their own.
    if (title === defaultTitle(form.getValues('mode'))) form.setValue('title', defaultTitle(next));
    form.setValue('mode', next);
    form.clearErrors();
  };

  const review = form.handleSubmit((values) => {
    const result = planShareFolder(values, context.current);
    if (!result.ok) return;
    setFailure(null);
    setPlan(result.value);
    setStep('confirm');
  });

  const entryFor = (p: ShareFolderPlan, call: ShareFolderCall, link: string | null): ShareEntry => ({
    vendor: 'postdicom',
    kind: kindOf[p.mode],
    target: { type: 'folder', ids: [p.folderUuid], label: folder.name },
    subjects: [],
    recipients:
      'recipient' in call
        ? [
            { kind: 'email', label: call.recipient },
            ...(p.passwordEmail ? [{ kind: 'password-email' as const, label: p.passwordEmail }] : []),
          ]
        : p.mode === 'users'
          ? p.userUuids.map((uuid) => ({ kind: 'user' as const, label: userName(uuid) }))
          : p.mode === 'groups'
            ? p.groupUuids.map((uuid) => ({ kind: 'group' as const, label: groupName(uuid) }))
            : [{ kind: 'link', label: '' }],
    expiresOn: p.expiresOn,
    permissions: {
      download: hasPassword(p.mode) ? p.allowDownload : null,
      upload: isUploadMode(p.mode),
      password: hasPassword(p.mode) ? 'set' : 'none',
    },
    link,
  });

  const share = async () => {
    if (!plan || inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setFailure(null);
    try {
      const result = await runShareCalls(plan.calls, executeShareFolderCall, (call, link) =>
        register.add(entryFor(plan, call, link)),
      );
      const found = result.done.flatMap(({ link }) => (link ? [link] : []));
      setLinks(found);
      if (result.failed) {
        const sentTo = result.done.flatMap(({ call }) => ('recipient' in call ? [call.recipient] : []));
        form.setValue(
          'recipients',
          form.getValues('recipients').filter((r) => !sentTo.includes(r.trim())),
        );
        const unplaced = setShareIssues(
          form.setError,
          shareErrorIssues(result.failed.error, shareFolderFieldMap, result.failed.call.input),
        );
        setFailure({ error: result.failed.error, unplaced });
        setStep('form');
        return;
      }
      draft.clear();
      setStep('done');
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  if (draft.status === 'loading') return null;
  if (acting.error) return <ErrorAlert error={acting.error} onRetry={() => void acting.refetch()} />;

  const withWhom = (p: ShareFolderPlan) =>
    isEmailMode(p.mode)
      ? p.recipients
      : p.mode === 'users'
        ? p.userUuids.map(userName)
        : p.mode === 'groups'
          ? p.groupUuids.map(groupName)
          : [t('confirm.anyoneWithLink')];
  const permissionsOf = (p: ShareFolderPlan) => [
    isUploadMode(p.mode) ? t('permissions.upload') : t('permissions.view'),
    ...(hasPassword(p.mode)
      ? [p.allowDownload ? t('permissions.download') : t('permissions.noDownload')]
      : []),
    hasPassword(p.mode) ? t('permissions.passwordSet') : t('permissions.accountSignIn'),
  ];

  if (step === 'done' && plan) {
    return (
      <Stack data-testid="share-done">
        <Alert color="teal" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
          {t(`folder.done.${plan.mode}`, { name: folder.name })} {t('register.added')}
        </Alert>
        {links.map((link) => (
          <CopyLink
            key={link}
            link={link}
            label={isUploadMode(plan.mode) ? t('link.uploadLink') : t('link.folderLink')}
            openable
            testId="share-link"
          />
        ))}
        {isLinkMode(plan.mode) && <Text size="sm">{t('folder.sendPasswordApart')}</Text>}
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus data-testid="share-close">
            {t('actions.done')}
          </Button>
        </Group>
      </Stack>
    );
  }

  if (step === 'confirm' && plan) {
    return (
      <Stack>
        <ShareSummary
          what={t(`folder.what.${plan.mode}`, { name: folder.name })}
          withWhom={withWhom(plan)}
          passwordTo={plan.passwordEmail}
          expiresOn={plan.expiresOn}
          today={today}
          timeZone={timeZone}
          permissions={permissionsOf(plan)}
          extra={
            hasPassword(plan.mode) ? <Text size="sm">{t('confirm.title', { title: plan.title })}</Text> : null
          }
        />
        <Group justify="space-between">
          <Button variant="default" onClick={() => setStep('form')} disabled={busy}>
            {t('actions.back')}
          </Button>
          <Button
            onClick={() => void share()}
            loading={busy}
            leftSection={<IconShare size={16} aria-hidden />}
            data-testid="share-send"
          >
            {isLinkMode(plan.mode) ? t('actions.createLink') : t('actions.sendShare')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={review} noValidate>
      <Stack>
        {draft.status === 'restored' && (
          <DraftRestored message={t('draftRestoredNoPassword')} onDiscard={draft.discard} />
        )}
        {failure && (
          <ShareFailure error={failure.error} unplaced={failure.unplaced} partlyDone={links.length > 0} />
        )}
        <Radio.Group
          label={t('folder.modeLabel')}
          value={mode}
          onChange={(value) => changeMode(value as ShareFolderMode)}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt={6}>
            {shareFolderModes.map((value) => (
              <Radio key={value} value={value} label={t(`folder.modes.${value}`)} />
            ))}
          </SimpleGrid>
        </Radio.Group>
        <Text size="sm" c="dimmed">
          {t(`folder.modeHints.${mode}`)}
        </Text>
        <ShareFolderFields form={form} mode={mode} errorOf={errorOf} users={otherUsers} groups={groups} />
        <Controller
          control={form.control}
          name="expiry"
          render={({ field }) => (
            <ExpiryField
              idPrefix="share-folder"
              choice={field.value}
              onChoiceChange={field.onChange}
              date={form.watch('expiryDate')}
              onDateChange={(value) =>
                form.setValue('expiryDate', value, { shouldValidate: form.formState.isSubmitted })
              }
              dateError={errorOf('expiryDate')}
              today={today}
              timeZone={timeZone}
            />
          )}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button
            type="submit"
            disabled={!acting.userUuid}
            loading={acting.isPending}
            data-testid="share-review"
          >
            {t('actions.review')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
