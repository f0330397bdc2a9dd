import { Badge, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconCircleDashed, IconPointFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SoloAppointment } from '@/api/solo/appointments';
import { flowStep, SOLO_STATUS_FLOW, statusKey } from '../status-flow';

/** The documented flow with where this visit is; cancelled and no-show are exits from it. */
export function StatusFlow({ appointment }: { appointment: SoloAppointment }) {
  const { t } = useTranslation('schedule');
  const step = flowStep(appointment.status);
  return (
    <Stack gap="xs" data-testid="status-flow">
      {step === null && (
        <Badge color={appointment.status === 'cancelled' ? 'gray' : 'red'} variant="filled" tt="none">
          {t(`status.${statusKey(appointment.status)}` as 'status.scheduled')}
        </Badge>
      )}
      <List spacing={4} size="sm" center aria-label={t('appointment.flowLabel')}>
        {SOLO_STATUS_FLOW.map((status, index) => {
          const done = step !== null && index < step;
          const current = step === index;
          return (
            <List.Item
              key={status}
              aria-current={current ? 'step' : undefined}
              icon={
                <ThemeIcon
                  size={18}
                  radius="xl"
                  color={current ? 'indigo' : done ? 'teal' : 'gray'}
                  variant={current || done ? 'filled' : 'light'}
                >
                  {done ? (
                    <IconCheck size={12} aria-hidden />
                  ) : current ? (
                    <IconPointFilled size={12} aria-hidden />
                  ) : (
                    <IconCircleDashed size={12} aria-hidden />
                  )}
                </ThemeIcon>
              }
            >
              <Text
                span
                size="sm"
                fw={current ? 700 : 400}
                c={step !== null && index > step ? 'dimmed' : undefined}
              >
                {t(`status.${statusKey(status)}` as 'status.scheduled')}
                {current ? ` — ${t('appointment.now')}` : ''}
              </Text>
            </List.Item>
          );
        })}
      </List>
      <Group gap="xs">
        <Text size="xs" c="dimmed">
          {t('appointment.videoCall')}
        </Text>
        <Badge variant="light" tt="none" data-testid="video-call-status">
          {appointment.videoCall ? appointment.videoCall.status : t('appointment.noVideoCall')}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {t('appointment.platformNote')}
      </Text>
    </Stack>
  );
}
