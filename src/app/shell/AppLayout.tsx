import { Anchor, AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconStethoscope } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { RouteErrorBoundary } from '../RouteErrorBoundary';
import { ColorSchemeSwitch } from './ColorSchemeSwitch';
import { LanguageSwitch } from './LanguageSwitch';
import { ModeBadge } from './ModeBadge';
import { navItems } from './nav-items';
import { PageLoader } from './PageLoader';

// The fault panel exists only in mock builds; in production this is `null` and the import is dropped.
const MockPanel = __MOCKS__ ? lazy(() => import('../mock-panel/MockPanel')) : null;

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.toggleNavigation')}
            />
            <Anchor component={Link} to="/patients" underline="never" c="inherit">
              <Group gap={6} wrap="nowrap">
                <IconStethoscope aria-hidden size={22} />
                <Text fw={700} visibleFrom="xs">
                  {t('app.shortName')}
                </Text>
              </Group>
            </Anchor>
            <ModeBadge />
          </Group>
          <Group gap="xs" wrap="nowrap">
            {MockPanel && (
              <Suspense fallback={null}>
                <MockPanel />
              </Suspense>
            )}
            <ColorSchemeSwitch />
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('app.mainNavigation')}>
        {navItems.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={t(item.labelKey)}
            leftSection={<item.icon size={18} aria-hidden />}
            active={pathname === item.to || pathname.startsWith(`${item.to}/`)}
            aria-current={pathname === item.to || pathname.startsWith(`${item.to}/`) ? 'page' : undefined}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <RouteErrorBoundary>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
