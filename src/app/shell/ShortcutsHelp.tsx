import { Group, Kbd, Table, Text } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '@/components/Dialogs';
import { navItems } from './nav-items';

function Keys({ keys }: { keys: string[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      {keys.map((key, index) => (
        <Fragment key={key}>
          {index > 0 && (
            <Text span size="xs" c="dimmed">
              {t('shortcuts.followedBy')}
            </Text>
          )}
          <Kbd>{key}</Kbd>
        </Fragment>
      ))}
    </Group>
  );
}

/** The `?` dialog: every keyboard shortcut of the console. Loaded the first time it opens. */
export default function ShortcutsHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const rows: [string[], ReactNode][] = [
    [['/'], t('shortcuts.search')],
    [['n'], t('shortcuts.newOrder')],
    ...navItems.map((item): [string[], ReactNode] => [
      ['g', item.key],
      t('shortcuts.goTo', { area: t(item.labelKey) }),
    ]),
    [['?'], t('shortcuts.help')],
  ];
  return (
    <AppModal opened={opened} onClose={onClose} title={t('shortcuts.title')}>
      <Text size="sm" mb="sm">
        {t('shortcuts.intro')}
      </Text>
      <Table verticalSpacing={6} data-testid="shortcuts-help">
        <Table.Tbody>
          {rows.map(([keys, what]) => (
            <Table.Tr key={keys.join(' ')}>
              <Table.Td w={120}>
                <Keys keys={keys} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{what}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </AppModal>
  );
}
