import { Anchor, Button, type ButtonProps, Group, Stack, Text } from '@mantine/core';
import { IconExternalLink, IconEye } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getPostDicomFolderViewUrl } from '@/api/postdicom/folders';
import { getPostDicomViewUrl } from '@/api/postdicom/orders';
import { ErrorAlert } from '../ErrorAlert';
import { openPendingTab } from './open-viewer';
import { SharingStrings } from './SharingStrings';
import { usePostDicomActingUser } from './use-acting-user';

export interface ViewerLinkButtonProps {
  kind: 'order' | 'folder';
  /** The order's (PatientOrderUuid) or folder's uuid. */
  uuid: string;
  /** The button's text; "Open in viewer" by default. Give the study or folder in `subject` for screen readers. */
  label?: string;
  /** What it opens, for the accessible name ("Open Urgencias in the viewer"). */
  subject?: string;
  size?: ButtonProps['size'];
  variant?: ButtonProps['variant'];
}

/**
 * Opens a PostDICOM order or folder in the vendor's viewer, in a new tab. The view link is asked for at the
 * click, never before (the vendor binds it to the IP address that asks, and it must not sit in a cache);
 * when the browser blocks the new tab, the link is shown for the user to click.
 *
 *   <ViewerLinkButton kind="order" uuid={order.PatientOrderUuid} subject="CT 2026-03-02" />
 */
export function ViewerLinkButton(props: ViewerLinkButtonProps) {
  return (
    <SharingStrings fallback={<Button size={props.size ?? 'xs'} variant="light" disabled loading />}>
      <ViewerLinkButtonBody {...props} />
    </SharingStrings>
  );
}

function ViewerLinkButtonBody({
  kind,
  uuid,
  label,
  subject,
  size = 'xs',
  variant = 'light',
}: ViewerLinkButtonProps) {
  const { t } = useTranslation('sharing');
  const acting = usePostDicomActingUser();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [fallback, setFallback] = useState<string | null>(null);
  const inFlight = useRef(false);

  const open = async () => {
    if (inFlight.current || !acting.userUuid) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    setFallback(null);
    const tab = openPendingTab();
    try {
      const url =
        kind === 'order'
          ? await getPostDicomViewUrl({ userUuid: acting.userUuid, patientOrderUuid: uuid })
          : await getPostDicomFolderViewUrl({ userUuid: acting.userUuid, folderUuid: uuid });
      if (!tab.navigate(url)) setFallback(url);
    } catch (failure) {
      tab.abandon();
      setError(failure);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  const name = subject ? t('viewer.openNamed', { name: subject }) : undefined;
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size={size}
        variant={variant}
        leftSection={<IconEye size={14} aria-hidden />}
        onClick={() => void open()}
        loading={busy}
        disabled={!acting.userUuid}
        aria-label={name}
        data-testid={`viewer-${kind}`}
      >
        {label ?? t('viewer.open')}
      </Button>
      {fallback && (
        <Group gap={6} wrap="nowrap" role="status" data-testid="viewer-fallback">
          <Text size="xs">{t('viewer.blocked')}</Text>
          <Anchor
            href={fallback}
            target="_blank"
            rel="noopener noreferrer"
            size="xs"
            onClick={() => setFallback(null)}
          >
            <Group gap={4} wrap="nowrap">
              {t('viewer.openLink')}
              <IconExternalLink size={12} aria-hidden />
            </Group>
          </Anchor>
        </Group>
      )}
      {error !== null && <ErrorAlert error={error} title={t('viewer.failed')} />}
    </Stack>
  );
}
