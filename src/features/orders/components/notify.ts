import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/** A success toast whose close button has a name (Mantine's has none: axe "button-name"). */
export function useNotifySuccess() {
  const { t } = useTranslation();
  return (message: string) =>
    notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': t('common.close') } });
}
