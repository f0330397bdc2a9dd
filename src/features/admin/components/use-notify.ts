import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A short confirmation toast whose close button has a name (axe: button-name). */
export function useNotify(): (message: string) => void {
  const { t } = useTranslation();
  return useCallback(
    (message: string) =>
      notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': t('common.close') } }),
    [t],
  );
}
