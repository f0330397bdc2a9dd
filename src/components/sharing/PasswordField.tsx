import { Button, Group, PasswordInput, Progress, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessSharePassword, generateSharePassword, SHARE_PASSWORD_MIN_LENGTH } from './share-password';

interface PasswordFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
}

const meterColors = ['red.9', 'red.9', 'orange.9', 'teal.9', 'teal.9'] as const;
const meterLabels = ['empty', 'weak', 'fair', 'good', 'strong'] as const;

/**
 * The password recipients type to open a share: hidden by default (a toggle shows it), a generator
 * (WebCrypto) and a strength meter. A generated password is shown, since the user has to pass it on. It is
 * never kept in a draft or in browser storage.
 */
export function PasswordField({ id, value, onChange, onBlur, error }: PasswordFieldProps) {
  const { t } = useTranslation('sharing');
  const { score } = assessSharePassword(value);
  const [visible, setVisible] = useState(false);
  return (
    <Stack gap={6}>
      <PasswordInput
        id={id}
        label={t('password.label')}
        description={t('password.hint', { count: SHARE_PASSWORD_MIN_LENGTH })}
        value={value}
        visible={visible}
        onVisibilityChange={setVisible}
        onChange={(event) => onChange(event.currentTarget.value)}
        onBlur={onBlur}
        error={error}
        // Mantine's PasswordInput marks the error with data-invalid only.
        aria-invalid={error ? true : undefined}
        withAsterisk
        autoComplete="new-password"
        spellCheck={false}
        data-field="password"
        visibilityToggleButtonProps={{
          'aria-label': t('password.toggle'),
        }}
      />
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="xs" wrap="nowrap" style={{ flex: 1, minWidth: 160 }}>
          <Progress.Root style={{ flex: 1 }}>
            <Progress.Section
              value={score * 25}
              color={meterColors[score]}
              aria-label={t('password.strength')}
              aria-valuetext={t(`password.meter.${meterLabels[score]}`)}
            />
          </Progress.Root>
          <Text size="xs" data-testid="password-strength" miw={60}>
            {t(`password.meter.${meterLabels[score]}`)}
          </Text>
        </Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconKey size={14} aria-hidden />}
          onClick={() => {
            onChange(generateSharePassword());
            setVisible(true);
          }}
        >
          {t('password.generate')}
        </Button>
      </Group>
    </Stack>
  );
}
