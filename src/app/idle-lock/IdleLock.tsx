import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useIdle } from '@mantine/hooks';
import { IconLock } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProvidedShareRegister } from '@/components/sharing/share-register-context';
import { clearRecentPatients } from '@/features/patients/recent-patients';

export const DEFAULT_IDLE_LOCK_MINUTES = 15;

export function idleLockMinutes(): number {
  const configured = Number(import.meta.env.VITE_IDLE_LOCK_MINUTES);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_IDLE_LOCK_MINUTES;
}

const activityEvents: (keyof DocumentEventMap)[] = [
  'keydown',
  'mousemove',
  'mousedown',
  'touchstart',
  'wheel',
];

/**
 * After `minutes` without input the console locks: the page under it is unmounted (nothing on screen),
 * and the query cache, the share register and the recently opened patients, which hold patient data, are cleared. Typed drafts live encrypted (see
 * lib/drafts), so unlocking returns to the same place with the same input.
 */
export function IdleLock({
  children,
  minutes = idleLockMinutes(),
}: {
  children: ReactNode;
  minutes?: number;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const shareRegister = useProvidedShareRegister();
  const idle = useIdle(minutes * 60_000, { events: activityEvents, initialState: false });
  const [locked, setLocked] = useState(false);

  useEffect(() => {
    if (idle && !locked) {
      setLocked(true);
      queryClient.cancelQueries();
      queryClient.clear();
      // The share register names patients and recipients: it goes too (it lives only in memory).
      shareRegister.clear();
      clearRecentPatients();
    }
  }, [idle, locked, queryClient, shareRegister]);

  if (!locked) return children;
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="md" p="xl" maw={460} data-testid="idle-lock">
        <Stack align="center" ta="center">
          <IconLock size={40} aria-hidden />
          <Title order={1} size="h2">
            {t('idle.title')}
          </Title>
          <Text>{t('idle.body', { minutes })}</Text>
          <Button onClick={() => setLocked(false)} data-autofocus autoFocus>
            {t('idle.unlock')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
