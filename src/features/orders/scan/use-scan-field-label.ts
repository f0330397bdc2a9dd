import { useTranslation } from 'react-i18next';
import type en from '@/i18n/locales/en/orders-parts/scan';

type Fields = (typeof en)['scan']['fields'];
type Section = 'account' | 'patient' | 'gp';

/** A wizard field's label as the user reads it next to the input, with its step ("Patient · Email"). */
export function useScanFieldLabel() {
  const { t } = useTranslation('orders');
  return (path: string): string => {
    const [top = '', sub = '', field = ''] = path.split('.');
    if (top === 'patient' || top === 'account' || top === 'gp') {
      const section = top as Section;
      const key = `scan.fields.${section}.${sub}` as `scan.fields.patient.${keyof Fields['patient']}`;
      return `${t(`scan.sections.${section}`)} · ${t(key)}`;
    }
    if (top === 'safety')
      return sub
        ? `${t('scan.steps.safety')} ${Number(sub) + 1} · ${t(field === 'details' ? 'scan.fields.safety.details' : 'scan.fields.safety.answer')}`
        : t('scan.steps.safety');
    return t(`scan.fields.${top as Exclude<keyof Fields, Section | 'safety'>}`);
  };
}
