import {
  type MantineColorScheme,
  SegmentedControl,
  useMantineColorScheme,
  VisuallyHidden,
} from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function ColorSchemeSwitch() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const labelId = useId();
  return (
    <div role="radiogroup" aria-labelledby={labelId}>
      <VisuallyHidden id={labelId}>{t('app.colorScheme.label')}</VisuallyHidden>
      <SegmentedControl
        size="xs"
        value={colorScheme}
        onChange={(value) => setColorScheme(value as MantineColorScheme)}
        data={[
          { value: 'light', label: t('app.colorScheme.light') },
          { value: 'dark', label: t('app.colorScheme.dark') },
          { value: 'auto', label: t('app.colorScheme.auto') },
        ]}
        data-testid="color-scheme-switch"
      />
    </div>
  );
}
