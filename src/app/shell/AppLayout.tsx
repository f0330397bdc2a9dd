import { Anchor, AppShell, Burger, Group, Kbd, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKeyboard, IconStethoscope } from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { RouteErrorBoundary } from '../RouteErrorBoundary';
import { ColorSchemeSwitch } from './ColorSchemeSwitch';
import { useKeyboardShortcuts } from './keyboard-shortcuts';
import { LanguageSwitch } from './LanguageSwitch';
import { ModeBadge } from './ModeBadge';
import { type NavItem, navItems } from './nav-items';
import { PageLoader } from './PageLoader';
import { StaffMenu } from './StaffMenu';
import { useHeadingFocusOnNavigate } from './use-heading-focus';

// The fault panel exists only in mock builds; in production this is `null` and the import is dropped.
const MockPanel = __MOCKS__ ? lazy(() => import('../mock-panel/MockPanel')) : null;
// The shortcut list loads the first time someone asks for it.
const ShortcutsHelp = lazy(() => import('./ShortcutsHelp'));

/**
 * The last query string of each area's own page (the worklist's filters), in memory only: the sidebar
 * link returns to the view the user left, a reload starts afresh.
 */
const isAreaPage = (pathname: string) => navItems.some((item) => item.to === pathname);

function useRememberedSearch() {
  const { pathname, search } = useLocation();
  // Starts with the page the tab opened at: the effect below then changes nothing on the first render
  // (a change there would render the whole shell a second time).
  const [remembered, setRemembered] = useState<Record<string, string>>(() =>
    isAreaPage(pathname) ? { [pathname]: search } : {},
  );
  useEffect(() => {
    if (isAreaPage(pathname))
      setRemembered((current) =>
        current[pathname] === search ? current : { ...current, [pathname]: search },
      );
  }, [pathname, search]);
  return useCallback((item: NavItem) => `${item.to}${remembered[item.to] ?? ''}`, [remembered]);
}

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const [helpWanted, setHelpWanted] = useState(false);
  const [helpOpened, setHelpOpened] = useState(false);
  const { pathname } = useLocation();
  const hrefOf = useRememberedSearch();
  const openHelp = useCallback(() => {
    setHelpWanted(true);
    setHelpOpened(true);
  }, []);
  useKeyboardShortcuts({ onHelp: openHelp, hrefOf });
  useHeadingFocusOnNavigate();

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
        {/* Narrower padding below `sm`: at 390 px the Spanish badge and controls need every pixel. */}
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.toggleNavigation')}
            />
            {/* Named at every width: below `xs` only the icon shows. */}
            <Anchor component={Link} to="/patients" underline="never" c="inherit" aria-label={t('app.home')}>
              <Group gap={6} wrap="nowrap">
                <IconStethoscope aria-hidden size={22} />
                <Text fw={700} visibleFrom="xs" aria-hidden>
                  {t('app.shortName')}
                </Text>
              </Group>
            </Anchor>
            <ModeBadge />
          </Group>
          <Group gap={6} wrap="nowrap">
            {MockPanel && (
              <Suspense fallback={null}>
                <MockPanel />
              </Suspense>
            )}
            <ColorSchemeSwitch />
            <LanguageSwitch />
            <StaffMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('app.mainNavigation')}>
        <AppShell.Section grow>
          {navItems.map((item) => {
            const current = pathname === item.to || pathname.startsWith(`${item.to}/`);
            return (
              <NavLink
                key={item.to}
                component={Link}
                to={hrefOf(item)}
                label={t(item.labelKey)}
                leftSection={<item.icon size={18} aria-hidden />}
                active={current}
                aria-current={current ? 'page' : undefined}
                onClick={close}
              />
            );
          })}
        </AppShell.Section>
        <AppShell.Section>
          <NavLink
            component="button"
            label={t('shortcuts.open')}
            leftSection={<IconKeyboard size={18} aria-hidden />}
            rightSection={<Kbd size="xs">?</Kbd>}
            onClick={() => {
              close();
              openHelp();
            }}
            data-testid="shortcuts-open"
          />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <RouteErrorBoundary>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </AppShell.Main>
      {helpWanted && (
        <Suspense fallback={null}>
          <ShortcutsHelp opened={helpOpened} onClose={() => setHelpOpened(false)} />
        </Suspense>
      )}
    </AppShell>
  );
}
