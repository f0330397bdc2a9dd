import { useTranslation } from 'react-i18next';
import { NotBuilt } from '@/components/NotBuilt';
import { useDocumentTitle } from '@/components/use-document-title';

export function NotBuiltPage({
  areaKey,
}: {
  areaKey: 'nav.patients' | 'nav.schedule' | 'nav.uploads' | 'nav.sharing' | 'nav.admin';
}) {
  const { t } = useTranslation();
  useDocumentTitle(t(areaKey));
  return <NotBuilt area={t(areaKey)} />;
}
