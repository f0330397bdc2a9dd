import { Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconWorld } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { knownTimeZones, type LocationRef, type ZoneSource } from '@/lib/scheduling/location-zones';
import { zoneName } from '@/lib/scheduling/zones';
import { AppModal } from '../Dialogs';
import { useLocationZone } from './zone-settings';

interface LocationZoneControlProps {
  location: LocationRef;
  /** The location's name as users know it. */
  name: string;
  vendorHint?: string | null;
  /** The instant whose zone abbreviation to show (default: now). */
  at?: number;
}

const sourceColor: Record<ZoneSource, string> = {
  setting: 'indigo',
  default: 'gray',
  vendor: 'gray',
  browser: 'orange',
};

/** "Times in America/New_York (EST)", where the zone came from, and a dialog to change it. */
export function LocationZoneControl({ location, name, vendorHint, at }: LocationZoneControlProps) {
  const { t, i18n } = useTranslation('schedule');
  const zone = useLocationZone(location, vendorHint);
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<string | null>(zone.timeZone);
  const zones = useMemo(() => knownTimeZones(), []);
  const moment = at ?? Date.now();

  return (
    <Group gap="xs" wrap="wrap" data-testid="location-zone">
      <IconWorld size={16} aria-hidden />
      <Text size="sm">
        {t('zone.timesIn', {
          zone: zone.timeZone,
          abbreviation: zoneName(moment, zone.timeZone, i18n.language),
        })}
      </Text>
      <Badge color={sourceColor[zone.source]} variant="light" tt="none">
        {t(`zone.source.${zone.source}`)}
      </Badge>
      <Button
        size="compact-sm"
        variant="subtle"
        onClick={() => {
          setChoice(zone.timeZone);
          setOpen(true);
        }}
        data-testid="change-zone"
      >
        {t('zone.change')}
      </Button>
      <AppModal opened={open} onClose={() => setOpen(false)} title={t('zone.dialogTitle', { name })}>
        <Stack>
          <Text size="sm">{t('zone.dialogBody')}</Text>
          <Select
            label={t('zone.field')}
            data={zones}
            value={choice}
            onChange={setChoice}
            searchable
            nothingFoundMessage={t('zone.noMatch')}
            limit={200}
            data-testid="zone-select"
            comboboxProps={{ withinPortal: false }}
          />
          <Group justify="space-between">
            <Button
              variant="default"
              onClick={() => {
                zone.set(null);
                setOpen(false);
              }}
            >
              {t('zone.reset')}
            </Button>
            <Button
              disabled={!choice}
              onClick={() => {
                zone.set(choice);
                setOpen(false);
              }}
              data-testid="save-zone"
            >
              {t('zone.save')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </Group>
  );
}
