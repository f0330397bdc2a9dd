import { useTranslation } from 'react-i18next';
import { sectionOf, type TextField } from '../order-form-model';

/** A form field's name as the error summary says it: its section, then its label ("Patient · Given names"). */
export function useOrderFieldLabel() {
  const { t } = useTranslation('orders');
  return (path: string): string => {
    const row = /^extra\.(\d+)\.(key|value)$/.exec(path);
    if (row) {
      const part = row[2] === 'key' ? t('fields.extraKey') : t('fields.extraValue');
      return `${t('sections.extra')} ${Number(row[1]) + 1} · ${part}`;
    }
    if (path.startsWith('extra')) return t('sections.extra');
    return `${t(`sections.${sectionOf(path)}`)} · ${t(`fields.${path as TextField}`)}`;
  };
}
