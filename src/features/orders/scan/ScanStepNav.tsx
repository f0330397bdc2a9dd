import { Box, Button, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { scanWizardSteps } from './scan-referral-model';

interface Props {
  step: number;
  /** How many steps the chosen path has (5, or 10 on the confirm path). */
  total: number;
  onGo: (step: number) => void;
  disabled: boolean;
}

/**
 * The wizard's steps as a list: the steps before the current one can be opened again (nothing typed is
 * lost: one form holds every step); the later ones are reached with Next, which checks the step.
 */
export function ScanStepNav({ step, total, onGo, disabled }: Props) {
  const { t } = useTranslation('orders');
  return (
    <Box component="nav" aria-label={t('scan.stepsLabel')}>
      <Box
        component="ol"
        m={0}
        p={0}
        style={{ listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 'var(--mantine-spacing-xs)' }}
      >
        {scanWizardSteps.slice(0, total).map((name, index) => {
          const current = index === step;
          const done = index < step;
          return (
            <li key={name}>
              <Button
                size="compact-sm"
                variant={current ? 'filled' : done ? 'light' : 'subtle'}
                color={current || done ? undefined : 'gray'}
                aria-current={current ? 'step' : undefined}
                disabled={disabled || index > step}
                onClick={() => !current && onGo(index)}
                leftSection={
                  done ? (
                    <IconCheck size={14} aria-hidden />
                  ) : (
                    <Text span size="xs" fw={700} aria-hidden>
                      {index + 1}
                    </Text>
                  )
                }
                data-testid={`scan-step-${name}`}
              >
                {t(`scan.steps.${name}`)}
              </Button>
            </li>
          );
        })}
      </Box>
    </Box>
  );
}
