import type { TFunction } from 'i18next';
import {
  ContractError,
  isApiError,
  NetworkError,
  TimeoutError,
  VendorError,
  vendorNames,
} from '@/api/errors';

/** One sentence, in the user's language, for any error a vendor call can raise. */
export function describeError(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    const vendor = vendorNames[error.vendor];
    if (error instanceof VendorError) {
      if (error.status === 429)
        return t('errors.rateLimited', { vendor, seconds: error.retryAfterSeconds ?? 5 });
      return t('errors.vendor', { vendor, status: error.status, message: error.vendorMessage });
    }
    if (error instanceof ContractError) {
      return t('errors.contract', { vendor, endpoint: error.endpoint, field: error.fieldPath || '—' });
    }
    if (error instanceof NetworkError) return t('errors.network', { vendor });
    if (error instanceof TimeoutError) return t('errors.timeout', { vendor });
  }
  return t('errors.unknown', { message: error instanceof Error ? error.message : String(error) });
}
