import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SoloContextLinkForm } from '@/components/sharing';
import { SharingPage } from './components/SharingPage';

/** `/sharing/context-links`: Solo's context-aware link, encrypted by the console's server. */
export default function ContextLinksPage() {
  const { t } = useTranslation('sharing');
  return (
    <SharingPage section="contextLinks">
      <Title order={2} size="h3">
        {t('context.title')}
      </Title>
      <Text size="sm">{t('context.intro')}</Text>
      <SoloContextLinkForm />
    </SharingPage>
  );
}
