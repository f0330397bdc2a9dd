import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEdenFacilities } from '@/api/eden/queries';
import { useSoloWaitingRooms } from '@/api/solo/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { LocationZoneControl } from '@/components/scheduling/LocationZoneControl';
import { useDocumentTitle } from '@/components/use-document-title';
import { ScheduleNav } from './components/ScheduleNav';

/** Every location the console knows and the time zone its times are shown and entered in. */
export default function ZonesPage() {
  const { t } = useTranslation('schedule');
  useDocumentTitle(t('zones.title'));
  const rooms = useSoloWaitingRooms();
  const facilities = useEdenFacilities();
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1}>{t('zones.title')}</Title>
        <ScheduleNav />
      </Stack>
      <Text size="sm">{t('zones.intro')}</Text>
      <Title order={2} size="h4">
        {t('zones.soloRooms')}
      </Title>
      {rooms.isError && <ErrorAlert error={rooms.error} onRetry={() => void rooms.refetch()} />}
      <Table data-testid="room-zones">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('zones.location')}</Table.Th>
            <Table.Th>{t('zones.zone')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(rooms.data ?? []).map((room) => (
            <Table.Tr key={room.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {room.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {room.serviceLine} · {room.serviceType}
                </Text>
              </Table.Td>
              <Table.Td>
                <LocationZoneControl location={{ kind: 'solo-room', id: room.name }} name={room.name} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={2} size="h4">
        {t('zones.edenFacilities')}
      </Title>
      {facilities.isError && (
        <ErrorAlert error={facilities.error} onRetry={() => void facilities.refetch()} />
      )}
      <Table data-testid="facility-zones">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('zones.location')}</Table.Th>
            <Table.Th>{t('zones.zone')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(facilities.data ?? []).map((facility) => (
            <Table.Tr key={facility.id} data-facility={facility.identifier}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {facility.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {facility.identifier}
                </Text>
              </Table.Td>
              <Table.Td>
                <LocationZoneControl
                  location={{ kind: 'eden-facility', id: facility.identifier }}
                  name={facility.name}
                  vendorHint={facility.time_zone}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
