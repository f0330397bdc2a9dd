import { Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  soloEpisodeAppointmentsQuery,
  useAssignSoloAppointmentEpisode,
  useSoloEpisodes,
} from '@/api/solo/queries';
import { ErrorAlert } from '@/components/ErrorAlert';

/**
 * The episode of care the appointment belongs to, and assigning it to another of the patient's episodes (or
 * none). Solo's appointment answer does not name its episode: each of the patient's episodes is asked for
 * its appointments.
 */
export function EpisodeSection({ appointmentId, patientId }: { appointmentId: number; patientId: string }) {
  const { t } = useTranslation('schedule');
  const episodes = useSoloEpisodes(patientId);
  const lists = useQueries({
    queries: (episodes.data ?? []).map((episode) => soloEpisodeAppointmentsQuery(episode.id)),
  });
  const assign = useAssignSoloAppointmentEpisode();
  const [choice, setChoice] = useState<string | null>(null);

  if (episodes.isPending) return <Text size="sm">{t('common.loading')}</Text>;
  if (episodes.isError) return <ErrorAlert error={episodes.error} onRetry={() => void episodes.refetch()} />;
  const listsReady = lists.every((list) => list.isSuccess);
  const current = lists
    .map((list) => list.data)
    .find((list) => list?.appointments.some((a) => a.appointmentId === appointmentId))?.episode;

  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text size="sm">{t('episode.current')}</Text>
        {!listsReady ? (
          <Text size="sm">{t('common.loading')}</Text>
        ) : current ? (
          <Badge variant="light" tt="none" data-testid="current-episode">
            {current.name} · {current.status}
          </Badge>
        ) : (
          <Text size="sm" data-testid="current-episode">
            {t('episode.none')}
          </Text>
        )}
      </Group>
      {episodes.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('episode.patientHasNone')}
        </Text>
      ) : (
        <Group align="flex-end" gap="xs">
          <Select
            label={t('episode.assign')}
            data={[
              { value: '', label: t('episode.noEpisode') },
              ...episodes.data.map((episode) => ({
                value: episode.id,
                label: `${episode.name} (${episode.status}, ${episode.from})`,
              })),
            ]}
            value={choice ?? current?.id ?? ''}
            onChange={(value) => setChoice(value ?? '')}
            allowDeselect={false}
            w={{ base: '100%', sm: 380 }}
            data-testid="episode-select"
          />
          <Button
            variant="default"
            loading={assign.isPending}
            disabled={choice === null || choice === (current?.id ?? '')}
            onClick={() =>
              assign.mutate(
                { appointmentId, input: choice ? { episodeId: choice } : {} },
                { onSuccess: () => setChoice(null) },
              )
            }
            data-testid="assign-episode"
          >
            {t('episode.save')}
          </Button>
        </Group>
      )}
      {assign.isError && <ErrorAlert error={assign.error} />}
      {lists.find((list) => list.isError)?.error && (
        <ErrorAlert error={lists.find((list) => list.isError)?.error} />
      )}
    </Stack>
  );
}
