import type { i18n as I18n } from 'i18next';
import { config } from 'zod/v4/core';

/**
 * Localised zod messages. Schemas use i18n keys (`validation.*`) as custom messages; zod's own issues
 * (too long, required, wrong enum…) get a message in the current language from their issue code.
 */
export function installZodMessages(i18n: I18n) {
  config({
    customError: (issue) => {
      const t = i18n.t.bind(i18n);
      if (typeof issue.message === 'string' && issue.message.startsWith('validation.')) return undefined;
      switch (issue.code) {
        case 'invalid_type':
          if (issue.input === undefined || issue.input === null || issue.input === '')
            return t('validation.required');
          return issue.expected === 'number' ? t('validation.number') : t('validation.invalid');
        case 'too_big':
          return issue.origin === 'string'
            ? t('validation.tooLong', { maximum: Number(issue.maximum) })
            : t('validation.tooBig', { maximum: Number(issue.maximum) });
        case 'too_small':
          if (issue.origin === 'string' && Number(issue.minimum) === 1) return t('validation.required');
          return issue.origin === 'string'
            ? t('validation.tooShort', { minimum: Number(issue.minimum) })
            : t('validation.tooSmall', { minimum: Number(issue.minimum) });
        case 'invalid_value':
          if (issue.input === undefined || issue.input === '') return t('validation.required');
          return t('validation.invalidChoice', { values: issue.values.map(String).join(', ') });
        case 'invalid_format':
          return issue.format === 'email' ? t('validation.email') : t('validation.invalid');
        default:
          return undefined;
      }
    },
  });
}

/** Renders a field message: an i18n key from a schema, or an already localised zod / vendor message. */
export function translateMessage(i18n: I18n, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return message.startsWith('validation.') ? i18n.t(message as 'validation.required') : message;
}
