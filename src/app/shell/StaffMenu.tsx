import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gatewaySession, gatewaySessionMalformed, signOutOfGateway } from '@/api/gateway/session';

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
      <Tooltip label={t('app.staff.sessionUnknown')}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('app.staff.sessionUnknown')}
          data-testid="session-unknown"
        >
          <IconAlertTriangle aria-hidden size={18} />
        </ActionIcon>
      </Tooltip>
    );
  if (!session) return null;
  return (
    <Group gap={6} wrap="nowrap" data-testid="staff-menu">
      <Text size="sm" visibleFrom="md" data-testid="staff-name">
        <bdi>{session.staff.name}</bdi>
      </Text>
      <Tooltip label={t('app.staff.signOut')}>
        <ActionIcon
          variant="default"
          size="lg"
          loading={signingOut}
          aria-label={t('app.staff.signOutAs', { name: session.staff.name })}
          onClick={() => {
            setSigningOut(true);
            void signOutOfGateway().catch(() => setSigningOut(false));
          }}
          data-testid="sign-out"
        >
          <IconLogout aria-hidden size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
