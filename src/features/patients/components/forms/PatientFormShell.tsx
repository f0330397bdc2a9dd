import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Props {
  title: string;
  /** Where "back" goes: the search, or the record being edited. */
  back: { to: string; label: string };
  draftRestored: boolean;
  onDiscardDraft: () => void;
  children: ReactNode;
}

/** The frame of both patient forms: title, way back, the restored-draft notice. */
export function PatientFormShell({ title, back, draftRestored, onDiscardDraft, children }: Props) {
  const { t } = useTranslation('patient-forms');
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{title}</Title>
        <Anchor component={Link} to={back.to} size="sm">
          <Group gap={4}>
            <IconArrowBackUp size={16} aria-hidden />
            {back.label}
          </Group>
        </Anchor>
      </Group>
      {draftRestored && (
        <Alert icon={<IconInfoCircle aria-hidden />} color="blue" data-testid="draft-restored">
          <Group justify="space-between">
            <Text size="sm">{t('forms.draftRestored')}</Text>
            <Button size="xs" variant="default" onClick={onDiscardDraft}>
              {t('forms.discardDraft')}
            </Button>
          </Group>
        </Alert>
      )}
      {children}
    </Stack>
  );
}

/** Whether a stored draft has the shape of a form's values (a draft of an older version is ignored). */
export function hasShape<T>(value: unknown, sample: T): value is T {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return Object.entries(sample as Record<string, unknown>).every(([key, expected]) =>
    Array.isArray(expected) ? Array.isArray(record[key]) : typeof record[key] === typeof expected,
  );
}
