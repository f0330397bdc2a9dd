import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense, startTransition, useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '@/i18n';
import { afterPaint } from '@/lib/after-paint';
import { cssVariablesResolver, theme } from './theme';

// Toasts are not needed to show the first page: their component loads after it.
const Notifications = lazy(() =>
  import('@mantine/notifications').then((m) => ({ default: m.Notifications })),
);

/** The toasts' host, mounted once the first page has painted (its chunk is fetched then). */
function LateNotifications() {
  const [ready, setReady] = useState(false);
  useEffect(() => afterPaint(() => startTransition(() => setReady(true))), []);
  if (!ready) return null;
  return (
    <Suspense fallback={null}>
      {/* Bottom left: clear of the header's controls and of every page's action buttons. */}
      <Notifications position="bottom-left" />
    </Suspense>
  );
}

const colorSchemeManager = localStorageColorSchemeManager({ key: 'console.color-scheme' });

/**
 * Mantine dates in the user's language (month and day names, first day of the week). Only the context
 * is here: the calendar, dayjs and its locales load with the first date picker (components/forms).
 */
function DatesLocale({ children }: { children: ReactNode }) {
  const { i18n: current } = useTranslation();
  const locale = current.language;
  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: locale === 'en' ? 0 : 1 }}>{children}</DatesProvider>
  );
}

export function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="auto"
        colorSchemeManager={colorSchemeManager}
      >
        <DatesLocale>
          <QueryClientProvider client={queryClient}>
            <LateNotifications />
            {children}
          </QueryClientProvider>
        </DatesLocale>
      </MantineProvider>
    </I18nextProvider>
  );
}
