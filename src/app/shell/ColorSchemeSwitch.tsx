import {
  ActionIcon,
  Box,
  type MantineColorScheme,
  SegmentedControl,
  useMantineColorScheme,
  VisuallyHidden,
} from '@mantine/core';
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const order: MantineColorScheme[] = ['light', 'dark', 'auto'];
const icons = { light: IconSun, dark: IconMoon, auto: IconDeviceDesktop };

/** Light / dark / auto: a segmented control on wide screens, one cycling button on narrow ones. */
export function ColorSchemeSwitch() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const labelId = useId();
  const Icon = icons[colorScheme];
  const next = order[(order.indexOf(colorScheme) + 1) % order.length] ?? 'light';
  return (
    <>
      <Box visibleFrom="sm" role="radiogroup" aria-labelledby={labelId}>
        <VisuallyHidden id={labelId}>{t('app.colorScheme.label')}</VisuallyHidden>
        <SegmentedControl
          size="xs"
          value={colorScheme}
          onChange={(value) => setColorScheme(value as MantineColorScheme)}
          data={order.map((value) => ({ value, label: t(`app.colorScheme.${value}`) }))}
          data-testid="color-scheme-switch"
        />
      </Box>
      <ActionIcon
        hiddenFrom="sm"
        variant="default"
        size="lg"
        onClick={() => setColorScheme(next)}
        aria-label={`${t('app.colorScheme.label')}: ${t(`app.colorScheme.${colorScheme}`)}`}
      >
        <Icon size={18} aria-hidden />
      </ActionIcon>
    </>
  );
}
