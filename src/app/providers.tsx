import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '@/i18n';
import { theme } from './theme';

const colorSchemeManager = localStorageColorSchemeManager({ key: 'console.color-scheme' });

function LocalisedDates({ children }: { children: ReactNode }) {
  const { i18n: current } = useTranslation();
  return <DatesProvider settings={{ locale: current.language, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

export function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager}>
        <LocalisedDates>
          <QueryClientProvider client={queryClient}>
            <ModalsProvider>
              <Notifications position="top-right" />
              {children}
            </ModalsProvider>
          </QueryClientProvider>
        </LocalisedDates>
      </MantineProvider>
    </I18nextProvider>
  );
}
