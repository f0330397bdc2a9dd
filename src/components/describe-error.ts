import type { TFunction } from 'i18next';
import {
  ContractError,
  InputError,
  isApiError,
  NetworkError,
  SessionError,
  TimeoutError,
  VendorError,
  vendorNames,
} from '@/api/errors';

/** Whether the error is the user's own Cancel (an aborted request). */
export function isAbort(error: unknown): boolean {
  return (
    (error instanceof DOMException || error instanceof Error) &&
    (error.name === 'AbortError' || (error as { code?: unknown }).code === 20)
  );
}

/**
 * One sentence, in the user's language, for any error a vendor call can raise. Never the raw text of an
 * error alone: the vendor's own words appear only after a sentence of ours that says what happened.
 */
export function describeError(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    const vendor = vendorNames[error.vendor];
    if (error instanceof InputError) return t('errors.input', { vendor, count: error.issues.length });
    if (error instanceof VendorError) {
      if (error.status === 429)
        return t('errors.rateLimited', { vendor, seconds: error.retryAfterSeconds ?? 5 });
      if (error.status === 404) return t('errors.notFound', { vendor });
      // A role the account lacks (the gateway's refusal, or the vendor's): no vendor wording helps here.
      if (error.status === 403) return t('errors.forbidden', { vendor });
      if (Object.keys(error.fieldErrors).length > 0)
        return t('errors.vendorFields', { vendor, status: error.status });
      return t('errors.vendor', { vendor, status: error.status, message: error.vendorMessage });
    }
    if (error instanceof ContractError) {
      return t('errors.contract', { vendor, endpoint: error.endpoint, field: error.fieldPath || '—' });
    }
    if (error instanceof SessionError) return t(error.messageKey, { vendor });
    if (error instanceof NetworkError) return t('errors.network', { vendor });
    if (error instanceof TimeoutError) return t('errors.timeout', { vendor });
  }
  if (isAbort(error)) return t('errors.cancelled');
  return t('errors.unknown');
}
