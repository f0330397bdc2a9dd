import { Button, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconBrandTeams, IconLink, IconVideo } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  getSoloMsTeamsProviderLink,
  getSoloProviderLink,
  getSoloVideoCallLinksByExternalId,
  getSoloVideoCallLinksBySaid,
} from '@/api/solo/appointments';
import { ErrorAlert } from '../ErrorAlert';
import { CopyLink } from './CopyLink';
import type { ShareSubject } from './de-identify';
import { SharingStrings } from './SharingStrings';
import type { ShareEntry } from './share-register';
import { useShareRegister } from './use-share-register';

export interface SoloVisitLinksProps {
  /** The Solo appointment: its SAID (`id`) and, when it has one, its external id (at least one of them). */
  appointment: { id?: number | null; externalId?: string | null };
  /** The patient, for the share register (shown de-identified there). */
  patient?: ShareSubject;
  /** Heading level of the block's title (2 on a page of its own, 3 inside a section). */
  headingOrder?: 2 | 3 | 4;
}

type LinkKey = 'provider' | 'said' | 'external' | 'teams';
interface FetchedLink {
  key: string;
  label: string;
  url: string;
}

/**
 * The video-visit links of a Solo appointment, each fetched when asked for: the provider's link, the
 * provider's and patient's links by SAID and by external id, and the provider's Microsoft Teams link, which
 * needs the provider's Teams auth token. The token is typed into a password field, sent with that one
 * request, and then cleared: it is never kept in state, a draft, a cache or browser storage.
 *
 *   <SoloVisitLinks appointment={{ id: 3110001, externalId: 'a1b2…' }} />
 */
export function SoloVisitLinks(props: SoloVisitLinksProps) {
  return (
    <SharingStrings fallback={null}>
      <SoloVisitLinksBody {...props} />
    </SharingStrings>
  );
}

function SoloVisitLinksBody({ appointment, patient, headingOrder = 3 }: SoloVisitLinksProps) {
  const { t } = useTranslation('sharing');
  const register = useShareRegister();
  const [links, setLinks] = useState<FetchedLink[]>([]);
  const [busy, setBusy] = useState<LinkKey | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [teamsOpen, setTeamsOpen] = useState(false);
  const [tokenMissing, setTokenMissing] = useState(false);
  const tokenInput = useRef<HTMLInputElement>(null);
  const subjects = patient ? [patient] : [];
  const externalId = appointment.externalId?.trim() || null;
  const said = appointment.id ?? null;
  const visitId = said !== null ? String(said) : (externalId ?? '');

  const record = (kind: ShareEntry['kind'], audience: 'provider' | 'patient', url: string) =>
    register.add({
      vendor: 'solo',
      kind,
      target: { type: 'visit', ids: [visitId], label: t('visit.target', { id: visitId }) },
      subjects,
      recipients: [{ kind: audience, label: '' }],
      expiresOn: null,
      permissions: { download: null, upload: false, password: 'none' },
      link: url,
    });

  const show = (fetched: FetchedLink[]) =>
    setLinks((current) => [...fetched, ...current.filter((l) => !fetched.some((f) => f.key === l.key))]);

  const run = async (key: LinkKey, work: () => Promise<void>) => {
    if (busy) return;
    setBusy(key);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  const provider = () =>
    run('provider', async () => {
      const { providerVisitUrl } = await getSoloProviderLink(said ?? 0);
      await record('visit-provider-link', 'provider', providerVisitUrl);
      show([{ key: 'provider', label: t('visit.providerLink'), url: providerVisitUrl }]);
    });

  const both = (key: 'said' | 'external') =>
    run(key, async () => {
      const answer =
        key === 'said'
          ? await getSoloVideoCallLinksBySaid(said ?? 0)
          : await getSoloVideoCallLinksByExternalId(externalId ?? '');
      await record('visit-provider-link', 'provider', answer.providerVisitUrl);
      await record('visit-patient-link', 'patient', answer.patientVisitUrl);
      const via = key === 'said' ? t('visit.bySaid') : t('visit.byExternalId');
      show([
        { key: `${key}-provider`, label: t('visit.providerLinkVia', { via }), url: answer.providerVisitUrl },
        { key: `${key}-patient`, label: t('visit.patientLinkVia', { via }), url: answer.patientVisitUrl },
      ]);
    });

  const teams = (event: FormEvent) => {
    event.preventDefault();
    const input = tokenInput.current;
    const token = input?.value.trim() ?? '';
    setTokenMissing(!token);
    if (!token) {
      input?.focus();
      return;
    }
    void run('teams', async () => {
      try {
        const { msTeamsProviderVisitUrl } = await getSoloMsTeamsProviderLink(said ?? 0, token);
        await record('visit-teams-link', 'provider', msTeamsProviderVisitUrl);
        show([{ key: 'teams', label: t('visit.teamsLink'), url: msTeamsProviderVisitUrl }]);
        setTeamsOpen(false);
      } finally {
        // Used for this one request only.
        if (input) input.value = '';
      }
    });
  };

  return (
    <Stack gap="sm" data-testid="solo-visit-links">
      <Title order={headingOrder} size="h4">
        {t('visit.linksTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('visit.linksHint')}
      </Text>
      <Group gap="xs">
        <Button
          size="xs"
          variant="light"
          leftSection={<IconLink size={14} aria-hidden />}
          loading={busy === 'provider'}
          disabled={said === null}
          onClick={() => void provider()}
        >
          {t('visit.getProviderLink')}
        </Button>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconVideo size={14} aria-hidden />}
          loading={busy === 'said'}
          disabled={said === null}
          onClick={() => void both('said')}
        >
          {t('visit.getBothBySaid')}
        </Button>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconVideo size={14} aria-hidden />}
          loading={busy === 'external'}
          disabled={!externalId}
          onClick={() => void both('external')}
        >
          {t('visit.getBothByExternalId')}
        </Button>
        <Button
          size="xs"
          variant={teamsOpen ? 'filled' : 'light'}
          leftSection={<IconBrandTeams size={14} aria-hidden />}
          disabled={said === null}
          onClick={() => setTeamsOpen((open) => !open)}
          aria-expanded={teamsOpen}
          aria-controls="solo-teams-token-form"
        >
          {t('visit.teams')}
        </Button>
      </Group>
      {said === null && (
        <Text size="xs" c="dimmed">
          {t('visit.noSaid')}
        </Text>
      )}
      {!externalId && (
        <Text size="xs" c="dimmed">
          {t('visit.noExternalId')}
        </Text>
      )}
      {teamsOpen && (
        <form id="solo-teams-token-form" onSubmit={teams} noValidate>
          <Group align="flex-end" gap="xs">
            <PasswordInput
              ref={tokenInput}
              label={t('visit.teamsToken')}
              description={t('visit.teamsTokenHint')}
              autoComplete="off"
              spellCheck={false}
              style={{ flex: 1, minWidth: 220 }}
              data-testid="teams-token"
              error={tokenMissing ? t('validation.required') : undefined}
              aria-invalid={tokenMissing ? true : undefined}
              visibilityToggleButtonProps={{ 'aria-label': t('visit.teamsTokenToggle') }}
            />
            <Button type="submit" loading={busy === 'teams'} data-testid="teams-submit">
              {t('visit.getTeamsLink')}
            </Button>
          </Group>
        </form>
      )}
      {error !== null && <ErrorAlert error={error} title={t('visit.failed')} />}
      {links.length > 0 && (
        <Stack gap="xs" data-testid="solo-links">
          {links.map((link) => (
            <CopyLink key={link.key} link={link.url} label={link.label} openable />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
