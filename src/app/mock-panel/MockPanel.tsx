import { Button, Indicator, NativeSelect, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBolt } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { vendorIds, vendorNames } from '@/api/errors';
import { AppDrawer } from '@/components/Dialogs';
import { i18n } from '@/i18n';
import mockPanelEn from '@/i18n/locales/en/mock-panel';
import mockPanelEs from '@/i18n/locales/es/mock-panel';
import { mockControl } from '../../../mocks/control';
import { type FaultScenario, failures, faults, latencies } from '../../../mocks/faults';

// Mock builds only: these strings never reach a production bundle (check:prod looks for them).
i18n.addResourceBundle('en', 'mock-panel', mockPanelEn);
i18n.addResourceBundle('es', 'mock-panel', mockPanelEs);

let snapshot = faults.get();
faults.subscribe((next) => {
  snapshot = next;
});
const subscribe = (onChange: () => void) => faults.subscribe(onChange);
const getSnapshot = () => snapshot;

/** QA's switchboard for the mock back ends. Loaded only in mock builds. */
export default function MockPanel() {
  const { t } = useTranslation('mock-panel');
  const [opened, { open, close }] = useDisclosure(false);
  const scenario = useSyncExternalStore(subscribe, getSnapshot);
  const queryClient = useQueryClient();
  const set = (patch: Partial<FaultScenario>) => faults.set(patch);

  return (
    <>
      <Indicator disabled={scenario.failure === 'none' && scenario.latency === 'none'} color="red" size={10}>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconBolt size={14} aria-hidden />}
          onClick={open}
          data-testid="mock-panel-open"
          aria-label={t('open')}
        >
          <Text span visibleFrom="md" size="xs">
            {t('open')}
          </Text>
        </Button>
      </Indicator>
      <AppDrawer opened={opened} onClose={close} title={t('title')}>
        <Stack>
          <div>
            <Text size="sm" fw={500} id="mock-latency-label">
              {t('latency')}
            </Text>
            <SegmentedControl
              fullWidth
              aria-labelledby="mock-latency-label"
              value={scenario.latency}
              onChange={(value) => set({ latency: value as FaultScenario['latency'] })}
              data={latencies.map((value) => ({ value, label: t(`latencies.${value}`) }))}
            />
          </div>
          <NativeSelect
            label={t('failure')}
            value={scenario.failure}
            onChange={(event) =>
              set({ failure: event.currentTarget.value as FaultScenario['failure'], remaining: null })
            }
            data={failures.map((value) => ({ value, label: t(`failures.${value}`) }))}
            data-testid="mock-failure"
          />
          <NativeSelect
            label={t('vendor')}
            value={scenario.vendor}
            onChange={(event) => set({ vendor: event.currentTarget.value as FaultScenario['vendor'] })}
            data={[
              { value: 'all', label: t('allVendors') },
              ...vendorIds.map((v) => ({ value: v, label: vendorNames[v] })),
            ]}
          />
          <NativeSelect
            label={t('methods')}
            value={scenario.methods}
            onChange={(event) => set({ methods: event.currentTarget.value as FaultScenario['methods'] })}
            data={(['all', 'writes', 'reads'] as const).map((value) => ({
              value,
              label: t(`methodOptions.${value}`),
            }))}
          />
          <Switch
            label={t('afterProcessing')}
            checked={scenario.afterProcessing}
            onChange={(event) => set({ afterProcessing: event.currentTarget.checked })}
          />
          <Button
            variant="filled"
            color="red.9"
            onClick={() => {
              mockControl.reset();
              void queryClient.invalidateQueries();
            }}
          >
            {t('reset')}
          </Button>
        </Stack>
      </AppDrawer>
    </>
  );
}
