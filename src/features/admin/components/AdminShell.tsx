import { Alert, Anchor, Group, Stack, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { hasGateway, isGatewayAdmin } from '@/api/gateway/admin';
import { useDocumentTitle } from '@/components/use-document-title';

const sections = ['overview', 'webhooks', 'deliveries', 'reports', 'settings', 'audit'] as const;
export type AdminSection = (typeof sections)[number];
const paths: Record<AdminSection, string> = {
  overview: '/admin',
  webhooks: '/admin/webhooks',
  deliveries: '/admin/deliveries',
  reports: '/admin/reports',
  settings: '/admin/settings',
  audit: '/admin/audit',
};

/** The frame of every Admin page: the page's heading and the links between the sections. */
export function AdminShell({ section, children }: { section: AdminSection; children: ReactNode }) {
  const { t } = useTranslation('admin');
  const heading = t(`sections.${section}`);
  useDocumentTitle(`${heading} · ${t('title')}`);
  return (
    <Stack>
      <Title order={1}>{heading}</Title>
      <nav aria-label={t('sections.label')}>
        <Group gap="md" wrap="wrap">
          {sections.map((name) => (
            <Anchor
              key={name}
              component={NavLink}
              to={paths[name]}
              end
              fw={name === section ? 700 : 400}
              aria-current={name === section ? 'page' : undefined}
              data-testid={`admin-nav-${name}`}
            >
              {t(`sections.${name}`)}
            </Anchor>
          ))}
        </Group>
      </nav>
      {hasGateway() && !isGatewayAdmin() ? (
        <Alert color="blue" variant="light" icon={<IconLock aria-hidden />} data-testid="needs-admin">
          {t('gatewayError.forbidden')}
        </Alert>
      ) : (
        children
      )}
    </Stack>
  );
}
