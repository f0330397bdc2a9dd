import { ActionIcon, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gatewaySession, gatewaySessionMalformed } from '@/api/gateway/session-state';

/**
 * Who is signed in and the sign-out button, behind the gateway only (mock builds and the dev proxy have no
 * sign-in). When the gateway's session answer was not a session, a warning says so instead.
 */
export function StaffMenu() {
  const { t } = useTranslation();
  const [signingOut, setSigningOut] = useState(false);
  const session = gatewaySession();
  if (gatewaySessionMalformed())
    return (
      <Text size="xs" c="red.9" role="alert" maw={220} lh={1.2} data-testid="session-unknown">
        <IconAlertTriangle aria-hidden size={14} /> {t('app.staff.sessionUnknown')}
      </Text>
    );
  if (!session) return null;
  return (
    <Group gap={6} wrap="nowrap" data-testid="staff-menu">
      <Text size="sm" visibleFrom="md" data-testid="staff-name">
        <bdi>{session.staff.name}</bdi>
      </Text>
      <ActionIcon
        variant="default"
        size="lg"
        loading={signingOut}
        aria-label={t('app.staff.signOutAs', { name: session.staff.name })}
        title={t('app.staff.signOut')}
        onClick={() => {
          setSigningOut(true);
          // session.ts is loaded at boot behind the gateway: this import is already in the cache.
          void import('@/api/gateway/session')
            .then(({ signOutOfGateway }) => signOutOfGateway())
            .catch(() => setSigningOut(false));
        }}
        data-testid="sign-out"
      >
        <IconLogout aria-hidden size={18} />
      </ActionIcon>
    </Group>
  );
}
