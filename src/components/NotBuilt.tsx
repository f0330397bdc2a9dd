import { Alert, Stack, Title } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** An area of the product that does not exist yet: says so, shows nothing fake. */
export function NotBuilt({ area }: { area: string }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1}>{area}</Title>
      <Alert icon={<IconTools aria-hidden />} title={t('notBuilt.title', { area })} color="gray">
        {t('notBuilt.body')}
      </Alert>
    </Stack>
  );
}
