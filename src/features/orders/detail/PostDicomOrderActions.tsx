import { Anchor, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink, IconShare, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PostDicomOrderProperties, PostDicomOrderRef } from '@/api/postdicom/orders';
import { useDeletePostDicomOrder, useGetPostDicomViewUrl } from '@/api/postdicom/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ShareOrdersDialog, shareableOrderFrom } from '@/components/sharing';
import { useNotifySuccess } from '../components/notify';
import { PostDicomOrderOrganize } from './PostDicomOrderOrganize';

interface Props {
  orderRef: Required<PostDicomOrderRef>;
  properties: PostDicomOrderProperties;
}

/**
 * What can be done with a PostDICOM order: open it in the viewer (the link is asked for at the click,
 * from this browser, because PostDICOM binds it to the caller's IP; it opens in a new tab, with a link
 * to click when the browser blocked the tab), share it (by email or as a quick link: the sharing area's
 * dialog), move it to the recycle bin, and organise it.
 */
export function PostDicomOrderActions({ orderRef, properties }: Props) {
  const { t } = useTranslation('orders');
  const notifySuccess = useNotifySuccess();
  const navigate = useNavigate();
  const viewUrl = useGetPostDicomViewUrl();
  const remove = useDeletePostDicomOrder();
  const [blockedUrl, setBlockedUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [sharing, setSharing] = useState(false);
  const shareable = useMemo(() => [shareableOrderFrom(properties)], [properties]);

  const openViewer = async () => {
    setBlockedUrl(null);
    // Opened now, inside the click, so that a pop-up blocker lets it through; filled when the link arrives.
    const tab = window.open('', '_blank');
    try {
      const url = await viewUrl.mutateAsync({
        userUuid: orderRef.userUuid,
        patientOrderUuid: orderRef.patientOrderUuid,
      });
      if (tab) {
        tab.opener = null;
        tab.location.href = url;
      } else setBlockedUrl(url);
    } catch {
      tab?.close();
    }
  };

  const moveToBin = async () => {
    try {
      await remove.mutateAsync(orderRef);
      setConfirming(false);
      notifySuccess(
        t('postdicomDetail.binned', { id: properties.AccessionNumber || orderRef.patientOrderUuid }),
      );
      void navigate('/orders');
    } catch {
      // shown in the dialog
    }
  };

  return (
    <Stack>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('postdicomDetail.actions')}
        </Title>
        <Group>
          <Button
            leftSection={<IconExternalLink size={16} aria-hidden />}
            onClick={() => void openViewer()}
            loading={viewUrl.isPending}
            data-testid="open-viewer"
          >
            {t('postdicomDetail.openViewer')}
          </Button>
          <Button
            variant="outline"
            color="red.9"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => setConfirming(true)}
          >
            {t('postdicomDetail.moveToBin')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconShare size={16} aria-hidden />}
            onClick={() => setSharing(true)}
            data-testid="share-order"
          >
            {t('postdicomDetail.share')}
          </Button>
        </Group>
        {viewUrl.isError && <ErrorAlert error={viewUrl.error} />}
        {blockedUrl && (
          <Text size="sm" mt="sm" data-testid="viewer-fallback">
            {t('postdicomDetail.popupBlocked')}{' '}
            <Anchor href={blockedUrl} target="_blank" rel="noopener noreferrer">
              {t('postdicomDetail.openViewerLink')}
            </Anchor>
          </Text>
        )}
      </Paper>
      <PostDicomOrderOrganize orderRef={orderRef} properties={properties} />
      <ShareOrdersDialog orders={shareable} opened={sharing} onClose={() => setSharing(false)} />
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('postdicomDetail.moveToBinTitle')}
      >
        <Stack>
          <Text size="sm">{t('postdicomDetail.moveToBinBody')}</Text>
          {remove.isError && <ErrorAlert error={remove.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('postdicomDetail.keep')}
            </Button>
            <Button
              color="red.9"
              loading={remove.isPending}
              onClick={() => void moveToBin()}
              data-testid="confirm-bin"
            >
              {t('postdicomDetail.moveToBin')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
