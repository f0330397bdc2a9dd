import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from '@/components/use-document-title';

const sections = [
  { to: '/sharing', key: 'register' },
  { to: '/sharing/studies', key: 'studies' },
  { to: '/sharing/folders', key: 'folders' },
  { to: '/sharing/visits', key: 'visits' },
  { to: '/sharing/context-links', key: 'contextLinks' },
] as const;

export type SharingSection = (typeof sections)[number]['key'];

/** Every sharing page: the area's title, its sections (links, the current one marked), then the page. */
export function SharingPage({ section, children }: { section: SharingSection; children: ReactNode }) {
  const { t } = useTranslation('sharing');
  const { pathname } = useLocation();
  useDocumentTitle(`${t(`sections.${section}`)} · ${t('title')}`);
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1}>{t('title')}</Title>
        <Text size="sm" c="dimmed">
          {t('intro')}
        </Text>
      </Stack>
      <Group component="nav" aria-label={t('sectionsLabel')} gap={6}>
        {sections.map((item) => {
          const current =
            pathname === item.to || (item.to !== '/sharing' && pathname.startsWith(`${item.to}/`));
          return (
            <Button
              key={item.to}
              component={Link}
              to={item.to}
              size="xs"
              variant={current ? 'filled' : 'default'}
              aria-current={current ? 'page' : undefined}
            >
              {t(`sections.${item.key}`)}
            </Button>
          );
        })}
      </Group>
      {children}
    </Stack>
  );
}
