import { Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SoloAppointment } from '@/api/solo/appointments';
import { type SoloLinkSex, soloLinkSexes } from '@/api/solo/linking';
import { type ContextLinkFormValues, SoloContextLinkForm, SoloVisitLinks } from '@/components/sharing';
import { userTimeZone } from '@/components/sharing/share-expiry';
import { instantToLocal } from '@/lib/mappings/datetime';

const sexOf = (gender: string | undefined): SoloLinkSex | '' =>
  (soloLinkSexes as readonly string[]).includes(gender ?? '') ? (gender as SoloLinkSex) : '';

/**
 * Sharing a visit, with the sharing area's own components: its video-visit links (provider, patient,
 * Teams; each fetched when asked for, added to the share register) and Solo's context-aware link, started
 * from this appointment (its visit id, its time on the user's clock, as the form reads it, and its
 * patient). One draft of the context link per appointment.
 */
export function ShareSection({
  appointment,
  patientName,
}: {
  appointment: SoloAppointment;
  patientName: string | null;
}) {
  const { t } = useTranslation('schedule');
  const defaults = useMemo((): Partial<ContextLinkFormValues> => {
    const { demographics } = appointment.patient;
    const name = demographics.name?.[0];
    const local = instantToLocal(new Date(appointment.date * 1000), userTimeZone());
    return {
      visit: String(appointment.id),
      visitDay: local.date,
      visitTime: local.time.slice(0, 5),
      patient: {
        id: appointment.patient.id,
        sex: sexOf(demographics.gender),
        dob: demographics.birthDate ?? '',
        firstName: name?.firstName ?? '',
        lastName: name?.lastName ?? '',
      },
    };
  }, [appointment]);

  return (
    <Stack gap="xl">
      <SoloVisitLinks
        appointment={{ id: appointment.id, externalId: appointment.externalId }}
        patient={{ patientName: patientName ?? undefined, patientId: appointment.patient.id }}
        headingOrder={3}
      />
      <Stack gap="xs" component="section" aria-labelledby="appointment-context-link">
        <Title order={3} size="h4" id="appointment-context-link">
          {t('links.contextTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('links.contextIntro')}
        </Text>
        <SoloContextLinkForm defaults={defaults} draftName={`solo-context-link-${appointment.id}`} />
      </Stack>
    </Stack>
  );
}
