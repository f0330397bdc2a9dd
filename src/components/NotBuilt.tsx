import { Alert, Stack, Title } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from './use-document-title';

export type AreaKey = 'nav.patients' | 'nav.schedule' | 'nav.uploads' | 'nav.sharing' | 'nav.admin';

/** An area of the product that does not exist yet: says so, shows nothing fake. */
export function NotBuilt({ areaKey }: { areaKey: AreaKey }) {
  const { t } = useTranslation();
  const area = t(areaKey);
  useDocumentTitle(area);
  return (
    <Stack>
      <Title order={1}>{area}</Title>
      <Alert icon={<IconTools aria-hidden />} title={t('notBuilt.title', { area })} color="gray">
        {t('notBuilt.body')}
      </Alert>
    </Stack>
  );
}
