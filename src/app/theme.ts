import { createTheme } from '@mantine/core';

/** Primary shade 8 or darker: Mantine's default (6) fails WCAG AA contrast for white text (axe). */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 9 },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Badge: { defaultProps: { variant: 'light' } },
  },
});
