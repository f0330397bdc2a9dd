import { Stack, Tabs, Title } from '@mantine/core';
import { IconFileText, IconStack2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/components/use-document-title';
import { DicomUploads } from './DicomUploads';
import { DocumentUploads } from './documents/DocumentUploads';

export default function UploadsPage() {
  const { t } = useTranslation('uploads');
  useDocumentTitle(t('title'));
  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      {/* keepMounted: switching tabs never loses the selected files or an upload in progress. */}
      <Tabs defaultValue="dicom" keepMounted>
        <Tabs.List aria-label={t('tabs.label')}>
          <Tabs.Tab value="dicom" leftSection={<IconStack2 size={16} aria-hidden />}>
            {t('tabs.dicom')}
          </Tabs.Tab>
          <Tabs.Tab value="documents" leftSection={<IconFileText size={16} aria-hidden />}>
            {t('tabs.documents')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="dicom" pt="md">
          <DicomUploads />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <DocumentUploads />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
