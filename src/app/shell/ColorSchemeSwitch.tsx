import {
  ActionIcon,
  Box,
  type MantineColorScheme,
  SegmentedControl,
  useMantineColorScheme,
  useMantineTheme,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const order: MantineColorScheme[] = ['light', 'dark', 'auto'];
const icons = { light: IconSun, dark: IconMoon, auto: IconDeviceDesktop };

/**
 * Light / dark / auto: a segmented control on wide screens, one cycling button on narrow ones. Only the one
 * for this width is rendered: a hidden segmented control still measures its indicator (forced style and
 * layout work, about a quarter of a second at a phone's speed, on every page's first render).
 */
export function ColorSchemeSwitch() {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, false, {
    getInitialValueInEffect: false,
  });
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const labelId = useId();
  const Icon = icons[colorScheme];
  const next = order[(order.indexOf(colorScheme) + 1) % order.length] ?? 'light';
  return wide ? (
    <Box role="radiogroup" aria-labelledby={labelId}>
      <VisuallyHidden id={labelId}>{t('app.colorScheme.label')}</VisuallyHidden>
      <SegmentedControl
        size="xs"
        value={colorScheme}
        onChange={(value) => setColorScheme(value as MantineColorScheme)}
        data={order.map((value) => ({ value, label: t(`app.colorScheme.${value}`) }))}
        data-testid="color-scheme-switch"
      />
    </Box>
  ) : (
    <ActionIcon
      variant="default"
      size="lg"
      onClick={() => setColorScheme(next)}
      aria-label={`${t('app.colorScheme.label')}: ${t(`app.colorScheme.${colorScheme}`)}`}
    >
      <Icon size={18} aria-hidden />
    </ActionIcon>
  );
}
