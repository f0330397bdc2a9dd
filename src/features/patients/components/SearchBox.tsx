import { CloseButton, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { forwardRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localeDatePattern, type RecognizedQuery } from '@/lib/patients/query-recognition';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  /** ↓ from the box: to the first result. */
  onArrowDown: () => void;
  onFocus: () => void;
  typed: RecognizedQuery;
}

/** The one box. `/` focuses it (the shell's shortcut: `data-shortcut="search"`), Esc clears it, ↓ goes to the results. */
export const SearchBox = forwardRef<HTMLInputElement, SearchBoxProps>(function SearchBox(
  { value, onChange, onArrowDown, onFocus, typed },
  ref,
) {
  const { t, i18n } = useTranslation('patients');
  const pattern = localeDatePattern(i18n.language);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && value) {
      event.preventDefault();
      onChange('');
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      onArrowDown();
    }
  };
  const recognised = typed.kinds.map((kind) => t(`search.kinds.${kind}`)).join(' · ');
  return (
    <div>
      <TextInput
        ref={ref}
        size="md"
        type="search"
        label={t('search.boxLabel')}
        placeholder={t('search.placeholder')}
        description={t('search.help', { pattern })}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={
          value ? <CloseButton aria-label={t('search.clear')} onClick={() => onChange('')} /> : undefined
        }
        autoComplete="off"
        spellCheck={false}
        data-shortcut="search"
        data-testid="patient-search-box"
      />
      <Text
        size="sm"
        c="dimmed"
        mt={4}
        mih="1.4em"
        aria-live="polite"
        data-testid="patient-search-recognised"
      >
        {typed.hint
          ? t(`search.hints.${typed.hint}`, { pattern })
          : recognised
            ? t('search.recognisedAs', { kinds: recognised })
            : ''}
      </Text>
    </div>
  );
});
