import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/** The schedule area's sections: booking (week and day views), the day agenda, the location time zones. */
export function ScheduleNav({ search = '' }: { search?: string }) {
  const { t } = useTranslation('schedule');
  const { pathname } = useLocation();
  const links = [
    { to: '/schedule', label: t('nav.book'), active: pathname === '/schedule' || pathname === '/schedule/' },
    { to: '/schedule/agenda', label: t('nav.agenda'), active: pathname.startsWith('/schedule/agenda') },
    { to: '/schedule/scan', label: t('nav.scan'), active: pathname.startsWith('/schedule/scan') },
    { to: '/schedule/zones', label: t('nav.zones'), active: pathname.startsWith('/schedule/zones') },
  ];
  return (
    <nav aria-label={t('nav.label')}>
      <Group gap="lg" wrap="wrap">
        {links.map((link) => (
          <Anchor
            key={link.to}
            component={Link}
            to={`${link.to}${search}`}
            aria-current={link.active ? 'page' : undefined}
            fw={link.active ? 700 : 500}
            underline={link.active ? 'always' : 'hover'}
          >
            {link.label}
          </Anchor>
        ))}
      </Group>
    </nav>
  );
}
