import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** MOCK or LIVE: whether the vendors on the other end are real. */
export function ModeBadge() {
  const { t } = useTranslation();
  const mock = __MOCKS__;
  // Mock builds register the mock-panel strings before the first render (mocks/browser.ts).
  const hint = mock ? t('badge.hint', { ns: 'mock-panel' }) : t('app.mode.liveHint');
  return (
    <Badge
      color={mock ? 'yellow.4' : 'teal.9'}
      autoContrast
      variant="filled"
      data-testid="mode-badge"
      title={hint}
      // Never cut ("SIM…" at 390 px in Spanish): the header's other controls give way instead.
      styles={{ root: { flexShrink: 0, maxWidth: 'none' }, label: { overflow: 'visible' } }}
    >
      {mock ? t('badge.label', { ns: 'mock-panel' }) : t('app.mode.live')}
      <VisuallyHidden>{` — ${hint}`}</VisuallyHidden>
    </Badge>
  );
}
