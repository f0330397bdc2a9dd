import { ActionIcon, CopyButton, Group, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface CopyLinkProps {
  link: string;
  label: string;
  /** Offer to open the link in a new tab. */
  openable?: boolean;
  testId?: string;
}

/** A link the user can read, select, copy (one click) and open. */
export function CopyLink({ link, label, openable = false, testId }: CopyLinkProps) {
  const { t } = useTranslation('sharing');
  return (
    <Group gap="xs" wrap="nowrap" align="flex-end">
      <TextInput
        label={label}
        value={link}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        style={{ flex: 1, minWidth: 0 }}
        data-testid={testId}
      />
      <CopyButton value={link} timeout={2000}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('link.copied') : t('link.copy')} withArrow>
            <ActionIcon
              size="lg"
              variant={copied ? 'filled' : 'light'}
              color={copied ? 'teal.9' : undefined}
              onClick={copy}
              aria-label={copied ? t('link.copied') : t('link.copyNamed', { name: label })}
            >
              {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
      {openable && (
        <Tooltip label={t('link.open')} withArrow>
          <ActionIcon
            size="lg"
            variant="light"
            component="a"
            href={link}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('link.openNamed', { name: label })}
          >
            <IconExternalLink size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
