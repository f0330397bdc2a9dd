import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/** Primary shade 8 or darker: Mantine's default (6) fails WCAG AA contrast for white text (axe). */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 9 },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  // The user's "reduce motion" setting turns Mantine's transitions (toasts, dialogs, collapses) off.
  respectReducedMotion: true,
  components: {
    Badge: { defaultProps: { variant: 'light' } },
  },
});

/** Mantine's "dimmed" text (gray 6 / dark 2) and error red (red 6) are below WCAG AA contrast: stronger shades. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
  },
});
