import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PageSkeleton() {
  const { t } = useTranslation('orders');
  return (
    <Stack aria-busy="true" aria-label={t('common.loading')}>
      <Skeleton h={34} w="40%" />
      <Skeleton h={120} />
      <Skeleton h={120} />
    </Stack>
  );
}
