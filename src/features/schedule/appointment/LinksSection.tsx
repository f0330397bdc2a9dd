import { Anchor, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useSoloMsTeamsProviderLink,
  useSoloProviderLink,
  useSoloVideoCallLinksBySaid,
} from '@/api/solo/appointment-queries';
import { ErrorAlert } from '@/components/ErrorAlert';

function ExternalLink({ href, children, testId }: { href: string; children: string; testId: string }) {
  return (
    <Anchor href={href} target="_blank" rel="noopener noreferrer" data-testid={testId} size="sm">
      <Group gap={4} wrap="nowrap" component="span">
        {children}
        <IconExternalLink size={14} aria-hidden />
      </Group>
    </Anchor>
  );
}

/** The visit's links: the provider's, the provider's and the patient's video-call links, the MS Teams link. */
export function LinksSection({ appointmentId }: { appointmentId: number }) {
  const { t } = useTranslation('schedule');
  const [wanted, setWanted] = useState(false);
  const provider = useSoloProviderLink(wanted ? appointmentId : undefined);
  const videoCall = useSoloVideoCallLinksBySaid(wanted ? appointmentId : undefined);
  const [token, setToken] = useState('');
  const [teamsToken, setTeamsToken] = useState<string | undefined>(undefined);
  const teams = useSoloMsTeamsProviderLink(teamsToken ? appointmentId : undefined, teamsToken);

  return (
    <Stack gap="sm">
      {!wanted ? (
        <Group>
          <Button variant="default" onClick={() => setWanted(true)} data-testid="get-links">
            {t('links.get')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('links.why')}
          </Text>
        </Group>
      ) : (
        <Stack gap={6} data-testid="visit-links">
          {provider.data && (
            <ExternalLink href={provider.data.providerVisitUrl} testId="provider-link">
              {t('links.provider')}
            </ExternalLink>
          )}
          {videoCall.data && (
            <>
              <ExternalLink href={videoCall.data.providerVisitUrl} testId="provider-video-link">
                {t('links.providerVideo')}
              </ExternalLink>
              <ExternalLink href={videoCall.data.patientVisitUrl} testId="patient-video-link">
                {t('links.patientVideo')}
              </ExternalLink>
            </>
          )}
          {(provider.isPending || videoCall.isPending) && <Text size="sm">{t('common.loading')}</Text>}
          {provider.isError && <ErrorAlert error={provider.error} onRetry={() => void provider.refetch()} />}
          {videoCall.isError && (
            <ErrorAlert error={videoCall.error} onRetry={() => void videoCall.refetch()} />
          )}
        </Stack>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTeamsToken(token.trim() || undefined);
        }}
      >
        <Group align="flex-end" gap="xs">
          <PasswordInput
            label={t('links.teamsToken')}
            description={t('links.teamsHint')}
            value={token}
            onChange={(event) => setToken(event.currentTarget.value)}
            autoComplete="off"
            style={{ flex: 1, minWidth: 220 }}
          />
          <Button type="submit" variant="default" disabled={!token.trim()}>
            {t('links.teamsGet')}
          </Button>
        </Group>
      </form>
      {teams.data && (
        <ExternalLink href={teams.data.msTeamsProviderVisitUrl} testId="teams-link">
          {t('links.teams')}
        </ExternalLink>
      )}
      {teams.isError && <ErrorAlert error={teams.error} />}
    </Stack>
  );
}
