import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasGateway, useGatewaySettings, useSaveGatewaySettings } from '@/api/gateway/admin';
import { AdminShell } from './components/AdminShell';
import { GatewayErrorAlert, NeedsGateway } from './components/GatewayState';
import { useNotify } from './components/use-notify';
import { formatDateTime } from './format';

type Row = { facility: string; zone: string };
type RowProblem = {
  facility?: 'settings.facilityRequired' | 'settings.duplicate';
  zone?: 'settings.zoneRequired';
};

/** Kept on the server: Eden's facility → time zone map, and the idle-lock minutes (which the server's idle timeout follows). */
export default function SettingsPage() {
  const { t, i18n } = useTranslation('admin');
  const settings = useGatewaySettings();
  const save = useSaveGatewaySettings();
  const notify = useNotify();
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const [rows, setRows] = useState<Row[]>([]);
  const [minutes, setMinutes] = useState<number | string>(15);
  const [problems, setProblems] = useState<RowProblem[]>([]);
  const [minutesProblem, setMinutesProblem] = useState(false);

  useEffect(() => {
    if (!settings.data) return;
    setRows(Object.entries(settings.data.facilityZones).map(([facility, zone]) => ({ facility, zone })));
    setMinutes(settings.data.idleLockMinutes);
  }, [settings.data]);

  if (!hasGateway()) {
    return (
      <AdminShell section="settings">
        <NeedsGateway />
      </AdminShell>
    );
  }

  const submit = () => {
    const seen = new Set<string>();
    const found = rows.map((row): RowProblem => {
      const problem: RowProblem = {};
      const facility = row.facility.trim();
      if (!facility) problem.facility = 'settings.facilityRequired';
      else if (seen.has(facility)) problem.facility = 'settings.duplicate';
      seen.add(facility);
      if (!row.zone) problem.zone = 'settings.zoneRequired';
      return problem;
    });
    const badMinutes = !(
      typeof minutes === 'number' &&
      Number.isInteger(minutes) &&
      minutes >= 1 &&
      minutes <= 60
    );
    setProblems(found);
    setMinutesProblem(badMinutes);
    const first = found.findIndex((p) => p.facility || p.zone);
    if (first >= 0) {
      document.getElementById(`facility-${first}`)?.focus();
      return;
    }
    if (badMinutes) {
      document.getElementById('idle-minutes')?.focus();
      return;
    }
    save.mutate(
      {
        facilityZones: Object.fromEntries(rows.map((row) => [row.facility.trim(), row.zone])),
        idleLockMinutes: minutes as number,
      },
      { onSuccess: () => notify(t('settings.saved')) },
    );
  };

  return (
    <AdminShell section="settings">
      {settings.isError && (
        <GatewayErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
      )}
      {settings.data && (
        <Stack>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2}>{t('settings.zonesTitle')}</Title>
              <Text size="sm">{t('settings.zonesBody')}</Text>
              {rows.map((row, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved; the index is their place
                <Group key={index} align="flex-start" wrap="wrap" data-testid="zone-row">
                  <TextInput
                    id={`facility-${index}`}
                    label={t('settings.facility')}
                    value={row.facility}
                    onChange={(e) =>
                      setRows(
                        rows.map((r, i) => (i === index ? { ...r, facility: e.currentTarget.value } : r)),
                      )
                    }
                    error={problems[index]?.facility ? t(problems[index].facility) : undefined}
                  />
                  <NativeSelect
                    label={t('settings.zone')}
                    value={row.zone}
                    onChange={(e) =>
                      setRows(rows.map((r, i) => (i === index ? { ...r, zone: e.currentTarget.value } : r)))
                    }
                    data={[{ value: '', label: '—' }, ...zones]}
                    error={problems[index]?.zone ? t(problems[index].zone) : undefined}
                  />
                  <Button
                    mt={{ base: 0, sm: 24 }}
                    variant="subtle"
                    color="red"
                    aria-label={`${t('settings.remove')} ${row.facility || index + 1}`}
                    onClick={() => setRows(rows.filter((_, i) => i !== index))}
                  >
                    {t('settings.remove')}
                  </Button>
                </Group>
              ))}
              <Group>
                <Button variant="light" onClick={() => setRows([...rows, { facility: '', zone: '' }])}>
                  {t('settings.addFacility')}
                </Button>
              </Group>
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2}>{t('settings.idleTitle')}</Title>
              <NumberInput
                id="idle-minutes"
                label={t('settings.idleMinutes')}
                value={minutes}
                onChange={setMinutes}
                min={1}
                max={60}
                allowDecimal={false}
                maw={360}
                error={minutesProblem ? t('settings.minutesRange') : undefined}
              />
            </Stack>
          </Paper>
          {(problems.some((p) => p.facility || p.zone) || minutesProblem) && (
            <Alert color="red" variant="light" role="alert">
              {t('settings.invalid')}
            </Alert>
          )}
          {save.isError && <GatewayErrorAlert error={save.error} />}
          <Group>
            <Button onClick={submit} loading={save.isPending} data-testid="settings-save">
              {t('settings.save')}
            </Button>
            {settings.data.updatedAt && (
              <Text size="sm" c="dimmed">
                {t('settings.updated', {
                  at: formatDateTime(settings.data.updatedAt, i18n.language),
                  by: settings.data.updatedBy ?? '—',
                })}
              </Text>
            )}
          </Group>
        </Stack>
      )}
    </AdminShell>
  );
}
